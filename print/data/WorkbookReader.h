#pragma once

#include "SheetData.h"

#include <QByteArray>
#include <QString>

namespace csr::data {

// Reads a workbook of figures, .xlsx or .csv, told apart by its first bytes (a ZIP is an
// .xlsx, whatever its name says). Files are read only when regular and at most MaxFileBytes.
constexpr qint64 MaxWorkbookFileBytes = 32ll << 20;

Workbook readWorkbook(const QString &path);
Workbook readWorkbookBytes(const QByteArray &bytes, const QString &name);

} // namespace csr::data
