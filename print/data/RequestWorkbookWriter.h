#pragma once

#include "Document.h"
#include "FigureRequest.h"

#include <QString>
#include <QStringList>

namespace csr::data {

// Writes one data-request workbook (.xlsx, libxlsxwriter): a first sheet of instructions in
// the report's language, then a sheet per metric table with the metric id (a hidden, locked
// column), label, unit, this year's value (the input column, numbers only by data validation,
// prefilled when the report has one), last year's value and a source/note column. The sheets
// are protected except the input and note cells. Written beside `path` and renamed over it, so
// an existing file is replaced whole or not at all. Returns the error, or "".
QString writeRequestWorkbook(const Document &doc, const FigureRequest &request,
                             const QString &path);

struct DataRequestResult
{
    QStringList files; // written, in the report's order
    QString error;     // the first failure; files written before it stay
};

// `csrstudio collect` and File › Request Figures…: one workbook per person or chapter in
// `folder` (created if missing), named after them.
DataRequestResult writeDataRequest(const Document &doc, RequestGrouping grouping,
                                   const QString &folder);

} // namespace csr::data
