#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace csr {

struct Document;

// One saved change of a figure: who changed what of which metric, from what to what, and when.
// Reviewers check figures against last year's and against each other; when one moved, this
// says who moved it. Kept in the report file, never printed.
struct ChangeRecord
{
    QDateTime when; // UTC
    QString who;
    QString metricId;
    QString field;  // "value", "previousValue", "unit", "label", "confidential", "metric"
    QString before; // as text; "" for none (for "metric": "" when the figure was added)
    QString after;  // as text; "" for none (for "metric": "" when the figure was removed)
    bool operator==(const ChangeRecord &) const = default;
};

// The figures' differences from `before` to `after`, one record per changed field, in the
// order of `after`'s metrics (removed ones last).
QList<ChangeRecord> metricChanges(const Document &before, const Document &after, const QString &who,
                                  const QDateTime &when);

} // namespace csr
