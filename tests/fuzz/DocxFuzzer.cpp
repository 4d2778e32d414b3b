// libFuzzer target: the Word document reader of the report import (.docx through QuaZip and
// QXmlStreamReader: paragraphs, heading styles, list numbers, tables) and the importer on what
// it read.
#include "DocxReportText.h"
#include "FuzzSupport.h"
#include "ReportImport.h"
#include "Template.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const csr::Template tmpl = [] {
        QFile file(QStringLiteral(CSR_FUZZ_TEMPLATE));
        file.open(QIODevice::ReadOnly);
        QString error;
        const auto t = csr::templateFromJson(file.readAll(), file.fileName(), &error);
        csr::fuzz::require(t.has_value());
        return *t;
    }();
    QString error;
    const auto paragraphs =
        csr::print::docxReportParagraphs(csr::fuzz::bytesOf(data, size), &error);
    // Unreadable: a message and no paragraphs; readable: some text, and an import that either
    // makes a report or says why not.
    csr::fuzz::require(paragraphs ? !paragraphs->isEmpty() : !error.isEmpty());
    if (paragraphs) {
        const csr::ImportResult result = csr::importReportParagraphs(*paragraphs, tmpl, 2023);
        csr::fuzz::require(result.ok() || !result.error.isEmpty());
    }
    return 0;
}
