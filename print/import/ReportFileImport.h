#pragma once

#include "ReportImport.h"

#include <QString>

namespace csr::print {

// Last year's published report from a file, whatever it is: a PDF (by its signature), a Word
// document (a ZIP, or named .docx) or text (UTF-8 or GBK). The command line and the editor
// both import through here. On failure `error` names the file and the problem; nothing is
// written anywhere.
ImportResult importReportFile(const QString &path, const Template &tmpl, int year = 0);

} // namespace csr::print
