#include "ReportFileImport.h"

#include "DocxReportText.h"
#include "PdfReportText.h"

#include <QCoreApplication>
#include <QFile>

namespace csr::print {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::ReportFileImport)
};
} // namespace

ImportResult importReportFile(const QString &path, const Template &tmpl, int year)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Tr::tr("cannot read \"%1\": %2").arg(path, file.errorString());
        return result;
    }
    // One byte more than allowed, so a larger file is told apart without reading all of it
    // (a Word document may be larger than a text: pictures).
    const QByteArray bytes = file.read(MaxImportBytes * 4 + 1);
    if (bytes.startsWith("%PDF")) {
        QString error;
        const auto text = pdfReportText(path, &error);
        if (!text) {
            result.error = error; // names the file
            return result;
        }
        result = importReportText(text->toUtf8(), tmpl, year);
        result.encoding = QStringLiteral("PDF");
    } else if (bytes.startsWith("PK") ||
               path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive)) {
        QString error;
        const auto paragraphs = docxReportParagraphs(bytes, &error);
        if (!paragraphs) {
            result.error = QStringLiteral("%1: %2").arg(path, error);
            return result;
        }
        result = importReportParagraphs(*paragraphs, tmpl, year);
        result.encoding = QStringLiteral("Word");
    } else {
        result = importReportText(bytes, tmpl, year);
    }
    if (!result.ok() && !result.error.startsWith(path))
        result.error = QStringLiteral("%1: %2").arg(path, result.error);
    return result;
}

} // namespace csr::print
