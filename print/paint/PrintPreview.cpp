#include "PrintPreview.h"

#include "LayoutEngine.h"
#include "ReportPrinter.h"
#include "ReportStyle.h"

#include <QPainter>
#include <memory>
#include <optional>

namespace csr::print {

void PrintPreview::attach(QPrintPreviewDialog &dialog, const Document &doc, Edition edition)
{
    ReportPrinter::prepare(*dialog.printer(), doc);
    auto cached = std::make_shared<std::optional<PageLayout>>();
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [doc, edition, cached](QPrinter *printer) {
                         if (!*cached) {
                             const ReportStyle style = ReportStyle::prepare(doc);
                             if (!style.ok()) {
                                 // Show the reason on the page rather than a blank preview.
                                 QPainter painter(printer);
                                 painter.drawText(QRectF(printer->pageRect(QPrinter::DevicePixel)),
                                                  Qt::AlignCenter | Qt::TextWordWrap, style.error);
                                 return;
                             }
                             *cached = LayoutEngine::layout(doc, style.options(edition));
                         }
                         ReportPrinter::print(**cached, *printer);
                     });
}

} // namespace csr::print
