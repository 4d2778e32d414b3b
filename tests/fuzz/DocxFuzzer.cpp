// libFuzzer target: the Word document reader of the report import (.docx through QuaZip and
// QXmlStreamReader: paragraphs, heading styles, list numbers, tables) and the importer on what
// it read; an input that is no ZIP is the XML parts.
#include "DocxReportText.h"
#include "FuzzSupport.h"
#include "FuzzTemplate.h"
#include "FuzzZip.h"
#include "ReportImport.h"
#include "Template.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const csr::Template &tmpl = csr::fuzz::builtinTemplate();
    // An input that is no ZIP holds the parts instead: document, styles and numbering XML
    // separated by NUL bytes (which XML never holds), read from a stored archive (FuzzZip.h).
    QByteArray bytes = csr::fuzz::bytesOf(data, size);
    if (!bytes.startsWith("PK")) {
        const QList<QByteArray> parts = bytes.split('\0');
        bytes = csr::fuzz::storedZip({{QStringLiteral("word/document.xml"), parts.value(0)},
                                      {QStringLiteral("word/styles.xml"), parts.value(1)},
                                      {QStringLiteral("word/numbering.xml"), parts.value(2)}});
    }
    QString error;
    const auto paragraphs = csr::print::docxReportParagraphs(bytes, &error);
    // Unreadable: a message and no paragraphs; readable: some text, and an import that either
    // makes a report or says why not.
    csr::fuzz::require(paragraphs ? !paragraphs->isEmpty() : !error.isEmpty());
    if (paragraphs) {
        const csr::ImportResult result = csr::importReportParagraphs(*paragraphs, tmpl, 2023);
        csr::fuzz::require(result.ok() || !result.error.isEmpty());
    }
    return 0;
}
