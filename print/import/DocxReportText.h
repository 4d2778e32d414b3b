#pragma once

#include "ReportImport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace csr::print {

// The paragraphs of a Word document (.docx), for the importer: word/document.xml read through
// QuaZip (bounded: entries, unpacked sizes) and QXmlStreamReader (no DTD), each paragraph with
// its heading level (word/styles.xml) and its list number written out (word/numbering.xml), a
// table's row as one paragraph with its cells separated by tabs. Deleted text of tracked
// changes and fallback copies of text boxes are left out. Empty with `error` set for a damaged,
// encrypted or foreign file.
std::optional<QList<SourceParagraph>> docxReportParagraphs(const QByteArray &bytes, QString *error);

} // namespace csr::print
