#include "PdfExporter.h"

#include "LayoutEngine.h"
#include "PagePainter.h"
#include "PdfMetadata.h"
#include "PdfOutline.h"
#include "ReportStyle.h"
#include "SealImage.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace csr::print {

namespace {
// QPdfWriter's own default; fine enough that rounding never shows.
constexpr int Resolution = 1200;
} // namespace

QByteArray PdfExporter::paintPdf(const PageLayout &layout, const PdfDocumentInfo &info, bool pdfa,
                                 const PageProgress &progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(layout.geometry.size, QPageSize::Point),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        if (pdfa)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        writer.setDocumentXmpMetadata(xmpMetadata(info, pdfa));
        // PDF/A-1 forbids embedded files; exportLayout() says they were left out.
        // Qt writes the name as Latin-1 only ("花名册.csv" would become "???.csv"): it gets an
        // ASCII name here, and finishPdf adds the real one as /UF.
        if (!pdfa)
            for (int i = 0; i < layout.attachments.size(); ++i)
                writer.addFileAttachment(attachmentAsciiName(layout.attachments[i], i),
                                         layout.attachments[i].data,
                                         layout.attachments[i].mimeType);
        QPainter painter(&writer);
        const PagePainter pagePainter(PagePainter::Options::of(layout, pdfa));
        for (int i = 0; i < layout.pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            pagePainter.paint(painter, layout.pages[i]);
            if (progress)
                progress(i + 1, int(layout.pages.size()));
        }
        painter.end();
    }
    return bytes;
}

ExportResult PdfExporter::exportPdf(const Document &doc, const QString &path,
                                    const ExportOptions &options)
{
    const ReportStyle style = ReportStyle::prepare(doc, options.style, options.fontPath);
    if (!style.ok()) {
        ExportResult failed;
        failed.error = style.error;
        return failed;
    }
    LayoutOptions layoutOptions = style.options(options.edition);
    layoutOptions.review = options.review;
    ExportResult result =
        exportLayout(doc, LayoutEngine::layout(doc, layoutOptions), path, options.pdfa);
    result.warnings = style.messages + result.warnings;
    return result;
}

ExportResult PdfExporter::exportLayout(const Document &doc, const PageLayout &layout,
                                       const QString &path, bool pdfa, const PageProgress &progress)
{
    ExportResult result;
    // Open the target first: an unwritable folder is reported before any work is done.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString folder = QFileInfo(path).absolutePath();
        result.error = QFileInfo(folder).isDir()
                           ? tr("Cannot write %1: %2").arg(path, file.errorString())
                           : tr("Cannot write %1: the folder %2 does not exist.").arg(path, folder);
        return result;
    }
    // The seal comes from the report file as it was saved, maybe by another program: it is
    // checked again as when it was chosen, and refused the same way.
    QStringList sealWarnings;
    if (layout.signature && !doc.signatory.sealImage.isEmpty()) {
        const SealCheck seal = checkSealBytes(doc.signatory.sealImage, tr("seal"));
        if (!seal.error.isEmpty()) {
            file.cancelWriting();
            result.error = tr("The report's seal cannot be printed: %1 Choose another seal image "
                              "for the signatory.")
                               .arg(seal.error);
            return result;
        }
        sealWarnings = seal.warnings;
    }
    // One instant for the XMP packet and the information dictionary: PDF/A wants them equal.
    const PdfDocumentInfo info = PdfDocumentInfo::forReport(doc, layout.edition, layout.wording);
    const QByteArray painted = paintPdf(layout, info, pdfa, progress);
    if (painted.isEmpty()) {
        file.cancelWriting();
        result.error = tr("Qt could not write the PDF for %1.").arg(path);
        return result;
    }
    QByteArray finished;
    const QString error = finishPdf(painted, finished, Navigation::forLayout(layout), info);
    if (!error.isEmpty()) {
        file.cancelWriting();
        result.error = error;
        return result;
    }
    if (file.write(finished) != finished.size() || !file.commit()) {
        file.cancelWriting();
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.pageCount = int(layout.pages.size());
    result.signature = layout.signature;
    result.warnings = layout.warnings + sealWarnings;
    const auto evidence = std::count_if(
        layout.attachments.begin(), layout.attachments.end(),
        [](const PdfAttachment &a) { return a.relationship != QLatin1String("Data"); });
    if (pdfa && evidence > 0)
        result.warnings << tr("PDF/A-1b does not allow attached files: the %1 evidence file(s) are "
                              "listed in the evidence index but not embedded.")
                               .arg(evidence);
    if (pdfa && evidence < layout.attachments.size())
        result.warnings << tr("PDF/A-1b does not allow attached files: the report's figures are "
                              "not embedded as open data; export them with --data.");
    return result;
}

} // namespace csr::print
