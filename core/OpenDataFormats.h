#pragma once

#include "OpenData.h"

#include <QByteArray>
#include <QStringList>

namespace csr {

// The open data set as files (docs/open-data.md). Both are byte-stable: the same report and
// edition give the same bytes, so the copy embedded in the PDF equals an exported file.

// The CSV columns, in order: id, chapter, label, unit, year, value, last_year, change,
// change_unit, source, confidential, then value_YYYY for each history year (newest first).
QStringList openDataColumns(const OpenDataSet &data);

// RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
// doubled), UTF-8 with a byte order mark so Excel reads Chinese correctly. A text field that
// starts with = + - or @ gets a leading apostrophe, so a spreadsheet shows it as text instead
// of running it as a formula.
QByteArray openDataCsv(const OpenDataSet &data);

// One JSON object: format, formatVersion, edition, report, metrics (keys sorted, indented).
QByteArray openDataJson(const OpenDataSet &data);

// A number as the data files write it: the shortest exact form, "1184", "37.37".
QString openDataNumber(double value);

} // namespace csr
