#include "CliRun.h"
#include "DocumentFile.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

using namespace csr;
using namespace csr::test;

namespace {

QString saveReport(const QTemporaryDir &dir, const Document &doc)
{
    const QString path = dir.filePath(QStringLiteral("r.csreport"));
    REQUIRE(DocumentFile::save(doc, path).isEmpty());
    return path;
}

CliRun exportWith(const QString &report, const QString &pdf, const QStringList &extra = {})
{
    CliRun r = runCsrstudio(
        QStringList{QStringLiteral("export"), report, QStringLiteral("-o"), pdf} + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r;
}

QString firstPageText(const QString &pdf)
{
    const ToolRun r = runTool(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("1"), pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

QString fonts(const QString &pdf)
{
    const ToolRun r = runTool(QStringLiteral("pdffonts"), {pdf});
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

// The cover rendered by poppler at 36 dpi (half a point per pixel).
QImage coverImage(const QTemporaryDir &dir, const QString &pdf)
{
    const QString prefix = dir.filePath(QStringLiteral("cover"));
    const ToolRun r = runTool(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-r"), QStringLiteral("36"), QStringLiteral("-f"),
                               QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                               QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    REQUIRE(r.exitCode == 0);
    const QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(!image.isNull());
    return image;
}

Document coverDocument()
{
    Document doc = printDocument();
    doc.metadata.year = 2024;
    doc.metadata.reportTitle = QStringLiteral("2024 年度社会责任报告");
    doc.metadata.periodStart = QDate(2024, 1, 1);
    doc.metadata.periodEnd = QDate(2024, 12, 31);
    doc.signatory.date = QDate(2025, 1, 20);
    return doc;
}

} // namespace

TEST_CASE("style pdf: the cover names the year once, labels the date and draws the unit's logo",
          "[print][style][pdf]")
{
    QTemporaryDir dir;
    const QString report = saveReport(dir, coverDocument());
    QImage logo(100, 100, QImage::Format_RGB32);
    logo.fill(QColor(0xd0, 0x10, 0x10));
    REQUIRE(logo.save(dir.filePath(QStringLiteral("logo.png")), "PNG"));
    const QString style = dir.filePath(QStringLiteral("our-unit.json"));
    QFile f(style);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"cover": {"logo": {"file": "logo.png", "x": 257, "y": 110, "width": 80,
                                   "height": 80}}})");
    f.close();
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const CliRun r = exportWith(report, pdf, {QStringLiteral("--style"), style});
    CHECK_FALSE(r.err.contains(QStringLiteral("warning: our-unit.json")));

    const QString cover = firstPageText(pdf);
    INFO(cover.toStdString());
    CHECK(cover.count(QStringLiteral("2024")) == 3); // the title, and the period's two dates
    CHECK(cover.contains(QStringLiteral("2024 年度社会责任报告")));
    CHECK_FALSE(cover.contains(QStringLiteral("报告年度")));
    CHECK(cover.contains(QStringLiteral("发布日期：2025年1月20日")));

    const ToolRun images =
        runTool(QStringLiteral("pdfimages"),
                {QStringLiteral("-list"), QStringLiteral("-f"), QStringLiteral("1"),
                 QStringLiteral("-l"), QStringLiteral("1"), pdf});
    CHECK(QString::fromUtf8(images.out).count(QStringLiteral("image")) >= 1);
    const QImage page = coverImage(dir, pdf);
    // The middle of the logo's box is the logo's red; beside the box, the white page.
    const QColor inside = page.pixelColor(297 / 2, 150 / 2);
    CHECK(inside.red() > 180);
    CHECK(inside.green() < 60);
    CHECK(page.pixelColor(100 / 2, 150 / 2) == QColor(Qt::white));
}

TEST_CASE("style pdf: the report's style is used, --style overrides it, an unknown one warns",
          "[print][style][pdf]")
{
    QTemporaryDir dir;
    Document doc = coverDocument();
    doc.metadata.style = QStringLiteral("civic-blue");
    const QString report = saveReport(dir, doc);

    const QString civic = dir.filePath(QStringLiteral("civic.pdf"));
    exportWith(report, civic);
    CHECK(fonts(civic).contains(QStringLiteral("WenQuanYiZenHei")));
    // The cover picture across the top: blue-grey where the default cover is white.
    const QImage page = coverImage(dir, civic);
    const QColor sky = page.pixelColor(20, 10);
    CHECK(sky != QColor(Qt::white));
    CHECK(sky.blue() > sky.red());
    // Zen Hei's text extracts exactly, as Micro Hei's does: no Kangxi radicals.
    const QString text = pdftotext(civic);
    CHECK(text.contains(doc.chapters[0].title));
    for (const QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF));

    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    exportWith(report, plain, {QStringLiteral("--style"), QStringLiteral("default")});
    CHECK(fonts(plain).contains(QStringLiteral("WenQuanYiMicroHei")));
    CHECK_FALSE(fonts(plain).contains(QStringLiteral("ZenHei")));

    const CliRun unknown =
        exportWith(report, plain, {QStringLiteral("--style"), QStringLiteral("no-such-style")});
    CHECK(unknown.err.contains(QStringLiteral("no-such-style")));
    CHECK(fonts(plain).contains(QStringLiteral("WenQuanYiMicroHei")));
}
