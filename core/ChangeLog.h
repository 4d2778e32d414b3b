#pragma once

#include <QDateTime>
#include <QHash>
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
    QString field;  // "value", "previousValue", "history.2021", "unit", "label", "confidential",
                    // "metric"
    QString before; // as text; "" for none (for "metric": "" when the figure was added)
    QString after;  // as text; "" for none (for "metric": "" when the figure was removed)
    QString source = {}; // where the new value came from when not typed: "hr.xlsx: 员工!D7"
    bool operator==(const ChangeRecord &) const = default;
};

// The figures' differences from `before` to `after`, one record per changed field, in the
// order of `after`'s metrics (removed ones last).
QList<ChangeRecord> metricChanges(const Document &before, const Document &after, const QString &who,
                                  const QDateTime &when);

// Figures taken from a workbook (import-data, File › Import Figures): `importedKey` → where the
// value came from and the value as the log writes it. A value changed again by hand since is no
// longer the workbook's, so only a record whose new value is still that text names the source.
struct ImportedValue
{
    QString source;
    QString value;
    bool operator==(const ImportedValue &) const = default;
};
using ImportedValues = QHash<QString, ImportedValue>;

// The key of a field's imported value: the metric id for "value" (this year's), else
// "id field" ("staff.total history.2021"); ids have no spaces.
QString importedKey(const QString &metricId, const QString &field);

// Sets `source` on the value records of `records` that the import gave.
void nameSources(QList<ChangeRecord> &records, const ImportedValues &imported);

} // namespace csr
