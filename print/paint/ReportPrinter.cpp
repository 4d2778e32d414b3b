#include "ReportPrinter.h"

#include "LayoutEngine.h"
#include "PagePainter.h"
#include "ReportFont.h"
#include "ReportStyle.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinterInfo>

namespace csr::print {

bool ReportPrinter::usePrinter(QPrinter &printer, const QString &name, QString *error)
{
    const QPrinterInfo info =
        name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
    if (info.isNull()) {
        const QStringList available = QPrinterInfo::availablePrinterNames();
        const QString which = name.isEmpty() ? tr("There is no default printer.")
                                             : tr("There is no printer named \"%1\".").arg(name);
        if (error)
            *error =
                available.isEmpty()
                    ? which + QLatin1Char(' ') +
                          tr("No printer is installed; export a PDF instead.")
                    : which + QLatin1Char(' ') +
                          tr("Available printers: %1.").arg(available.join(QStringLiteral(", ")));
        return false;
    }
    printer.setPrinterName(info.printerName());
    return true;
}

void ReportPrinter::prepare(QPrinter &printer, const Document &doc)
{
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer.setDocName(QStringList{doc.metadata.unitName, doc.metadata.reportTitle}
                           .join(QLatin1Char(' '))
                           .trimmed());
}

QString ReportPrinter::print(const Document &doc, Edition edition, QPrinter &printer)
{
    const ReportStyle style = ReportStyle::prepare(doc);
    if (!style.ok())
        return style.error;
    prepare(printer, doc);
    return print(LayoutEngine::layout(doc, style.options(edition)), printer);
}

QString ReportPrinter::print(const PageLayout &layout, QPrinter &printer)
{
    printer.setFullPage(true);
    // The style's paper (A4 unless a style says otherwise).
    const QPageSize paper(layout.geometry.size, QPageSize::Point);
    if (!printer.pageLayout().pageSize().isEquivalentTo(paper))
        printer.setPageLayout(QPageLayout(paper, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&printer))
        return tr("The printer \"%1\" could not be started.").arg(printer.printerName());
    const PagePainter pagePainter(PagePainter::Options::of(layout));
    // Honour a page range chosen in the print dialog (1-based, inclusive; 0 = all).
    const int from = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    const int to = printer.toPage() > 0 ? std::min<int>(printer.toPage(), layout.pages.size())
                                        : int(layout.pages.size());
    for (int i = from; i < to; ++i) {
        if (i > from && !printer.newPage()) {
            painter.end();
            return tr("The printer \"%1\" stopped at page %2.")
                .arg(printer.printerName())
                .arg(i + 1);
        }
        pagePainter.paint(painter, layout.pages[i]);
    }
    painter.end();
    return {};
}

} // namespace csr::print
