#pragma once

#include <QString>
#include <optional>

namespace csr::print {

// The text of a published report's PDF, for the importer: its lines page by page in reading
// order, with running headers, footers and page numbers (lines on most pages, lone numbers)
// dropped. A table's row is one line, its cells separated by tabs. Empty with `error` set for a
// damaged, encrypted or scanned (text-less) PDF.
std::optional<QString> pdfReportText(const QString &path, QString *error);

} // namespace csr::print
