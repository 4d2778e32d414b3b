#pragma once

#include "TeamReviewRows.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

namespace csr::team {

// The review rows of one report on the server (schema version 3), read and written inside the
// caller's transaction. Each function returns a message naming the problem, empty on success.
namespace TeamReviewStore {

// Reads threads, comments, steps and explanations; the evidence files too when `withEvidence`
// (otherwise `out.evidence` stays as it was). Each file's size and SHA-256 are checked.
QString read(QSqlQuery &q, qint64 report, ReviewRows &out, bool withEvidence);

// Writes a report's review as it is being published (its records keep their authors and
// times); chapters and metrics are found by their document ids.
QString publish(QSqlQuery &q, qint64 report, const ReviewRows &rows,
                const QHash<QString, qint64> &chapters, const QHash<QString, qint64> &metrics);

// A server time as the file writes it ("2024-03-01T09:00:00Z"), in SQL.
QString utcText(const QString &column);

} // namespace TeamReviewStore
} // namespace csr::team
