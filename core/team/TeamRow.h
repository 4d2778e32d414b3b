#pragma once

#include <QJsonValue>
#include <QString>

namespace csr::team {

// One row of a team report as the client holds it. `data` is the piece of the .csreport JSON
// the row stands for (a block without its timeline entries or list items, a chapter without
// its blocks and sub-chapters, …), so the file format stays the one description of a report.
struct Row
{
    qint64 id = 0;
    qint64 parent = 0; // chapter: parent chapter (0 = top); block: chapter; metric: owning
                       // chapter (0 = none); entry and item: block
    int position = 0;
    QString docId; // the document's id (chapter, block, metric); empty for entries and items
    QJsonValue data;
    int version = 0;
};

} // namespace csr::team
