#pragma once

#include "Document.h"
#include "DocumentFormat.h"
#include "TeamReviewRows.h"
#include "TeamRow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace csr::team {

// Which table a row lives in.
enum class RowKind { Report, Chapter, Block, Metric, TimelineEntry, ListItem };

QString tableName(RowKind kind); // "csr_blocks", ...
std::optional<RowKind> kindOfTable(const QString &table);

// A whole report as rows, in the order the server gave them.
struct ReportRows
{
    qint64 reportId = 0;
    QString name;
    QString role; // the reader's: owner, editor, reviewer, reader ("" for the administrator)
    Row report;   // metadata, signatory and every other top-level part of the file
    QList<Row> chapters, blocks, metrics, entries, items;
    QJsonArray changeLog; // in the file's form, oldest first
    ReviewRows review;

    QList<Row> &rows(RowKind kind);
    const QList<Row> &rows(RowKind kind) const;
    Row *find(RowKind kind, qint64 id);
    Row *findDoc(RowKind kind, const QString &docId);
};

// The report's rows cut from a document (ids 0, positions set, parents as indices + 1 into
// the chapter and block lists, for the publisher to map to row ids).
ReportRows splitDocument(const Document &doc);
// The document the rows make up, read through the file format's reader, so rows from the
// server are checked as strictly as a file from disk.
DocumentFormat::ReadResult assembleDocument(const ReportRows &rows);

// The row data of one piece of a document, as splitDocument cuts it.
QJsonObject metricData(const Metric &metric);
QJsonObject chapterData(const Chapter &chapter);
QJsonObject blockData(const Block &block);
QJsonObject entryData(const TimelineEntry &entry);
// The report row with the document's metadata, signatory and import review, other top-level
// parts kept.
QJsonObject reportData(const QJsonObject &current, const Document &doc);

} // namespace csr::team
