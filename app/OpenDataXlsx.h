#pragma once

#include "OpenData.h"

#include <QString>

namespace csr::cli {

// The open data set as an Excel workbook (libxlsxwriter): one sheet "figures" with the CSV's
// columns, numbers as numbers and text as text cells (never formulas), the header row frozen.
// Writes `path` atomically; returns an empty string or what went wrong.
QString writeOpenDataXlsx(const OpenDataSet &data, const QString &path);

} // namespace csr::cli
