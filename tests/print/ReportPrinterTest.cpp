#include "ReportPrinter.h"
#include "PdfExporter.h"
#include "PrintPreview.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>

using namespace csr;
using namespace csr::test;

// A QPrinter writing to a PDF file stands in for a real printer: the same QPrinter paint path,
// checked the way a reader would.
TEST_CASE("printer: prints every page of the same layout", "[print][printer]")
{
    QTemporaryDir dir;
    const Document doc = printDocument();
    const auto layout = layoutOf(doc, Edition::Internal);
    // Whatever the device's resolution, the printed lines are the measured ones.
    const auto mode = GENERATE(QPrinter::HighResolution, QPrinter::ScreenResolution);
    QPrinter printer(mode);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    CHECK(print::ReportPrinter::print(doc, Edition::Internal, printer).isEmpty());
    CHECK(printer.fullPage());

    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.exitCode == 0);
    CHECK(
        info.out.contains(QStringLiteral("Pages:           %1").arg(layout.pages.size()).toUtf8()));
    CHECK(info.out.contains("A4"));
    const QString text = pdftotext(path);
    CHECK(text.contains(QStringLiteral("一、公开陈述")));
    CHECK(text.contains(SecretRevenue)); // internal edition
    CHECK(text.contains(QStringLiteral("%1 / %1").arg(layout.pages.size())));

    // Line for line what the PDF export shows.
    print::ExportOptions options;
    options.edition = Edition::Internal;
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    REQUIRE(print::PdfExporter::exportPdf(doc, exported, options).ok());
    CHECK(text == pdftotext(exported));
}

TEST_CASE("printer: a page range from the print dialog is honoured", "[print][printer]")
{
    QTemporaryDir dir;
    const Document doc = printDocument();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(QStringLiteral("range.pdf"));
    printer.setOutputFileName(path);
    printer.setFromTo(3, 4);
    CHECK(print::ReportPrinter::print(doc, Edition::Public, printer).isEmpty());
    const QString text = pdftotext(path);
    CHECK(text.contains(QStringLiteral("报告编写说明")));
    CHECK(text.contains(QStringLiteral("一、公开陈述")));
    CHECK_FALSE(text.contains(QStringLiteral("目  录")));
    CHECK_FALSE(text.contains(QStringLiteral("二、基本情况")));
}

TEST_CASE("printer: an unknown printer is named in the message", "[print][printer]")
{
    QPrinter printer;
    QString error;
    CHECK_FALSE(
        print::ReportPrinter::usePrinter(printer, QStringLiteral("no-such-printer"), &error));
    CHECK(error.contains(QStringLiteral("no-such-printer")));
}

TEST_CASE("preview: shows the pages of the layout", "[print][preview]")
{
    const Document doc = printDocument();
    const auto layout = layoutOf(doc);
    QPrintPreviewDialog dialog;
    print::PrintPreview::attach(dialog, doc, Edition::Public);
    auto *preview = dialog.findChild<QPrintPreviewWidget *>();
    REQUIRE(preview);
    preview->updatePreview();
    CHECK(preview->pageCount() == layout.pages.size());
    CHECK(dialog.printer()->fullPage());
}
