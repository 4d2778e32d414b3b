#pragma once

#include "Document.h"
#include "Edition.h"
#include "PageLayout.h"
#include "PdfMetadata.h"
#include "ReportFont.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace csr::print {

struct ExportOptions
{
    Edition edition = Edition::Public;
    bool pdfa = false; // PDF/A-1b for archiving: XMP + sRGB output intent, no transparency
    // With Edition::Internal: the review edition (comments as PDF notes, review status on
    // each chapter's first page).
    bool review = false;
    QString fontPath = QString::fromLatin1(ReportFont::DefaultPath);
    // A style id or style file instead of the report's own (metadata.style); empty: the report's.
    QString style;
};

struct ExportResult
{
    QString error; // empty on success; otherwise says what failed, and nothing was written
    int pageCount = 0;
    // Where the signing stage puts the signature field (see SignatureAnchor for the units).
    std::optional<SignatureAnchor> signature;
    QStringList warnings;

    bool ok() const { return error.isEmpty(); }
};

// Writes the finished report as a PDF.
//
// API for the editor and the command line:
//   ExportResult r = PdfExporter::exportPdf(doc, "/path/report.pdf", {Edition::Public});
//   if (!r.ok()) show(r.error);            // nothing was written; an old file is untouched
//   r.signature -> page + rectangle for print/sign
//
// The file is written atomically (QSaveFile in the target folder): a failure at any stage leaves
// no partial file and an existing file as it was.
//
// Threads: LayoutEngine::layout, the part that grows with the report, is reentrant and may run
// on a worker thread; call exportLayout() with its result on the GUI thread. Painting must stay on
// the GUI thread because the charts are Qt Charts items (QGraphicsScene/QGraphicsWidget), which Qt
// supports there only. exportPdf() does both steps and so must be called on the GUI thread.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::PdfExporter)

public:
    static ExportResult exportPdf(const Document &doc, const QString &path,
                                  const ExportOptions &options);

    // Called after each painted page (1-based) of `pages`. Painting stays on the GUI thread, so
    // the editor uses this to advance its progress bar and let the window repaint between
    // pages instead of freezing for a long report.
    using PageProgress = std::function<void(int page, int pages)>;

    // The same from a layout made beforehand (it fixes the edition and the font).
    static ExportResult exportLayout(const Document &doc, const PageLayout &layout,
                                     const QString &path, bool pdfa,
                                     const PageProgress &progress = {});

    // The PDF bytes alone, before post-processing (for benchmarks and tests of the stages).
    static QByteArray paintPdf(const PageLayout &layout, const PdfDocumentInfo &info, bool pdfa,
                               const PageProgress &progress = {});
};

} // namespace csr::print
