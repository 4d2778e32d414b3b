#pragma once

#include "TeamJson.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace csr::team {

// Whole-report operations on a team database: publish a file's report, read one back, list
// them, grant people their role. Each runs as one transaction, so a failure leaves nothing
// half-written. Every function returns (or sets) a message naming the problem when it fails.
namespace TeamStore {

struct ReportInfo
{
    QString name;
    QString title;
    int year = 0;
    QString role; // the caller's: owner, editor, reviewer, reader ("" for the administrator)
};

QList<ReportInfo> list(QSqlDatabase db, QString *error);

// The document becomes the team report `name`, owned by the person publishing it.
QString publish(QSqlDatabase db, const Document &doc, const QString &name);

struct Loaded
{
    ReportRows rows;
    Document document;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
// One consistent snapshot (a repeatable-read transaction), checked by the file reader.
Loaded load(QSqlDatabase db, const QString &name);

// `person` (an existing PostgreSQL login) gets `role` on the report; an editor also gets the
// chapters named by id or guideline key, with their sub-chapters.
QString grant(QSqlDatabase db, const QString &report, const QString &role, const QString &person,
              const QStringList &chapterKeys);

inline const QStringList Roles{QStringLiteral("owner"), QStringLiteral("editor"),
                               QStringLiteral("reviewer"), QStringLiteral("reader")};

// The server's message for a failed query (without Qt's "QPSQL: Unable to …" prefix).
QString errorText(const QSqlQuery &q);
// A jsonb column read as `jsonb_build_array(x)::text`, so scalars parse too.
QJsonValue jsonColumn(const QVariant &value);
QString jsonText(const QJsonValue &value);

} // namespace TeamStore
} // namespace csr::team
