#include "TextBreaker.h"
#include "LongRunBreaker.h"
#include "PdfExporter.h"
#include "PointDevice.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <QFontMetricsF>
#include <QTemporaryDir>

using namespace csr;
using namespace csr::print;
using namespace csr::test;

namespace {
QString joined(const QList<BrokenLine> &lines, const QString &separator = {})
{
    QStringList texts;
    for (const BrokenLine &l : lines)
        texts << l.text;
    return texts.join(separator);
}
} // namespace

TEST_CASE("text breaking: a 100,000-character word is broken anywhere into full lines",
          "[print][layout]")
{
    const TextBreaker breaker(reportFamily());
    const QString word(100000, QLatin1Char('W'));
    const qreal width = 60;
    const auto lines = breaker.breakLines(word, TextStyle::TableCell, width);

    const PointDevice device;
    const QFontMetricsF metrics(styleFont(TextStyle::TableCell, reportFamily()), &device);
    const qreal w = metrics.horizontalAdvance(QLatin1Char('W'));
    const int perLine = int(width / w);
    REQUIRE(perLine >= 2);
    CHECK(joined(lines) == word); // nothing lost, nothing added
    CHECK(lines.size() == (word.size() + perLine - 1) / perLine);
    for (int i = 0; i + 1 < lines.size(); ++i) {
        CHECK(lines[i].naturalWidth <= width + 0.01);
        CHECK(lines[i].naturalWidth + w > width); // full: one more would not fit
    }
}

TEST_CASE("text breaking: around a long run, words still break at spaces and the first line "
          "keeps its indent",
          "[print][layout]")
{
    const TextBreaker breaker(reportFamily());
    const QString run(5000, QLatin1Char('x'));
    const QString text = QStringLiteral("前言 ") + run + QStringLiteral(" 后记。结束");
    REQUIRE(LongRunBreaker::needed(text));
    CHECK_FALSE(LongRunBreaker::needed(prose(3000)));
    const qreal width = 200;
    const auto lines = breaker.breakLines(text, TextStyle::Body, width, 40);
    REQUIRE(lines.size() > 10);
    CHECK(lines.first().text == QStringLiteral("前言")); // the run starts on a line of its own
    CHECK(lines.first().naturalWidth <= width - 40);
    CHECK(lines.last().text.endsWith(QStringLiteral("后记。结束")));
    QString all = joined(lines);
    all.remove(QLatin1Char(' '));
    CHECK(all == QString(text).remove(QLatin1Char(' ')));
    for (const BrokenLine &l : lines)
        CHECK(l.naturalWidth <= width + 0.01);
}

TEST_CASE("export: a metric unit that is one 100,000-character word is laid out and exported",
          "[print][pdf]")
{
    Document doc = printDocument();
    REQUIRE_FALSE(doc.metrics.isEmpty());
    doc.metrics[0].unit = QString(100000, QLatin1Char('W'));
    const PageLayout layout = layoutOf(doc);
    qsizetype longest = 0, runs = 0;
    for (const Page &page : layout.pages)
        for (const Primitive &p : page.primitives)
            if (const auto *t = std::get_if<TextRun>(&p);
                t && t->text.startsWith(QLatin1Char('W'))) {
                longest = std::max(longest, t->text.size());
                runs += t->text.size();
            }
    CHECK(longest < 200);  // broken into lines that fit a cell
    CHECK(runs >= 100000); // every character of the unit is laid out (in the table at least)

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("word.pdf"));
    const print::ExportResult result = print::PdfExporter::exportLayout(doc, layout, pdf, false);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.exitCode == 0);
    CHECK(QString::fromUtf8(info.out).contains(
        QStringLiteral("Pages:           %1").arg(layout.pages.size())));
}

TEST_CASE("text breaking: a cell measured to fit is the line breakLines gives - or is left to it",
          "[print][layout]")
{
    const TextBreaker breaker(reportFamily());
    const TextStyle style = TextStyle::TableCell;
    SECTION("texts that fit: the same text and widths, to the bit")
    {
        for (const QString &text :
             {QStringLiteral("1184"), QStringLiteral("全口径员工人数"),
              QStringLiteral("《西区发布》公众号"), QStringLiteral("  2,345.6 万元 (2023)")}) {
            INFO(text.toStdString());
            const qreal measured = breaker.width(text, style);
            const auto line = TextBreaker::oneLine(text, measured, measured + 20);
            REQUIRE(line);
            const auto broken = breaker.breakLines(text, style, measured + 20);
            REQUIRE(broken.size() == 1);
            CHECK(line->text == broken[0].text);
            CHECK(line->naturalWidth == broken[0].naturalWidth);
            CHECK(line->width == broken[0].width);
            CHECK(line->letterSpacing == broken[0].letterSpacing);
        }
    }
    SECTION("anything breakLines might break or trim is left to it")
    {
        const auto declines = [&](const QString &text, qreal room) {
            return !TextBreaker::oneLine(text, breaker.width(text, style), room);
        };
        CHECK(
            declines(QStringLiteral("员工人数"), breaker.width(QStringLiteral("员工人数"), style)));
        CHECK(declines(QStringLiteral("第一行\n第二行"), 500));
        CHECK(declines(QStringLiteral("人数 "), 500));
        CHECK(declines(QStringLiteral("软\u00ad连字符"), 500));
        CHECK(declines(QString(), 500));
    }
}
