#pragma once

#include "SheetData.h"

#include <QByteArray>
#include <QString>

namespace csr::data {

// Reads an .xlsx (Office Open XML spreadsheet: a ZIP of XML parts) into cells: shared and
// inline strings, numbers, dates (numbers in a date format), booleans, errors and formulas'
// cached values, as Excel, WPS, LibreOffice and openpyxl write them. Hostile-input code: the
// ZIP is read with limits (ZipParts), XML with a DTD is refused (no entity expansion), and at
// most MaxCells filled cells are kept; any problem gives an error, never a partial workbook.
struct XlsxLimits
{
    static constexpr int MaxSheets = 255;
    static constexpr qsizetype MaxCells = 500000;
    static constexpr qsizetype MaxSharedStrings = 500000;
};

Workbook readXlsx(const QByteArray &bytes, const QString &name);

} // namespace csr::data
