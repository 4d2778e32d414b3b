#pragma once

#include "OpenData.h"

#include <QString>
#include <QStringList>

namespace csr::data {

// The open data set as a file of the kind its name says (.csv, .json or .xlsx; see
// OpenDataFormats and docs/open-data.md), written atomically: an empty string or what went
// wrong, and then an older file is left as it was.
QString writeOpenDataFile(const OpenDataSet &data, const QString &path);
QStringList openDataSuffixes();
// "csv", "json" or "xlsx" when the path names one of them, else empty.
QString openDataFileSuffix(const QString &path);

// The open data set as an Excel workbook (libxlsxwriter): one sheet "figures" with the CSV's
// columns, numbers as numbers and text as text cells (never formulas), the header row frozen.
// Writes `path` atomically; returns an empty string or what went wrong.
QString writeOpenDataXlsx(const OpenDataSet &data, const QString &path);

} // namespace csr::data
