#pragma once

#include "Document.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace csr {

// One metric table as it goes out in a data request: a sheet of its own.
struct RequestedTable
{
    QString chapterId;
    QString chapterTitle; // "员工录用"
    QString title;        // the table's title, else the chapter's
    QStringList metricIds;
};

// One workbook of a data request: who (or which chapter) it goes to, and its tables.
struct FigureRequest
{
    QString name; // the assignee, or "（一）员工录用" for a chapter
    QList<RequestedTable> tables;
};

enum class RequestGrouping { Assignee, Chapter };

// The data request of a report: one workbook per person (a chapter's assignee, else its
// nearest ancestor's; nobody's tables go to one workbook named `unassignedName`), or one per
// chapter with metric tables, in the order of the report. Tables without figures are left out.
QList<FigureRequest> figureRequests(const Document &doc, RequestGrouping grouping,
                                    const QString &unassignedName);

// A file name for a workbook of this name: characters no file system takes replaced by "_".
QString requestFileName(const QString &name);

} // namespace csr
