#pragma once

#include "SheetData.h"

#include <QByteArray>
#include <QString>

namespace csr::data {

// Reads a .csv as one sheet named after the file: UTF-8 with or without a byte order mark,
// UTF-16 with one (Excel's "Unicode text"), else GB18030 (what Excel and WPS on Chinese
// Windows save as "CSV"); separated by commas, semicolons or tabs (whichever the first line
// uses most), fields quoted as RFC 4180 says. Every field is text: the import decides what is
// a number. Bounded: at most MaxCells filled fields, each at most MaxFieldChars long, inside a
// spreadsheet's grid.
struct CsvLimits
{
    static constexpr qsizetype MaxCells = 500000;
    static constexpr qsizetype MaxFieldChars = 32767; // a spreadsheet cell's limit
    static constexpr int MaxColumns = 16384;          // and its grid's
    static constexpr int MaxRows = 1048576;
};

Workbook readCsv(const QByteArray &bytes, const QString &name);

} // namespace csr::data
