#pragma once

#include "Document.h"
#include "Validator.h"

#include <QHash>
#include <optional>

namespace csr {

// Where a finding points, in the words a person sees in the editor: "三、主要内容 › 员工情况 ›
// 全口径员工 › value", never the validator's ids ("block b23", "entries[0].date"). The chapter
// path, then the table, timeline or list by its title, the row by its label (a figure's name,
// an event's description), and the field by its name.
QString describeLocation(const Location &at, const Document &doc);

// The same words for many findings of one document: the chapters are walked once, on the first
// finding that needs a figure's table or a block, not once per finding (a report with
// thousands of warnings on figures would walk its chapters thousands of times). Holds a
// reference to the document: use it while the document stays as it is.
class LocationNamer
{
public:
    explicit LocationNamer(const Document &doc) : m_doc(doc) {}
    QString describe(const Location &at) const;

private:
    struct TablePlace
    {
        QStringList path;
        QString table;
    };
    void index() const;
    std::optional<TablePlace> tableOf(const QString &metricId) const;

    const Document &m_doc;
    mutable bool m_indexed = false;
    mutable int m_walks = 0;
    mutable QHash<QString, TablePlace> m_tableOf;   // metric id → the first table listing it
    mutable QHash<QString, const Block *> m_blocks; // block id → the first block with it
};

} // namespace csr
