#include "ChartBuilder.h"
#include "ReportFont.h"
#include "StyleReader.h"

#include "PrintTestSupport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QImage>
#include <QPieSeries>
#include <QPieSlice>
#include <catch2/catch.hpp>

using namespace csr;
using namespace csr::print;
using namespace csr::test;

namespace {

PageLayout layoutIn(const Document &doc, const PrintStyle &style, Edition edition = Edition::Public)
{
    const ReportFont font = ReportFont::load(style.font);
    INFO(font.error.toStdString());
    REQUIRE(font.ok());
    LayoutOptions options;
    options.edition = edition;
    options.fontFamily = font.family;
    options.style = style;
    return LayoutEngine::layout(doc, options);
}

PrintStyle builtIn(const char *id)
{
    const StyleRead r = StyleReader::readFile(QStringLiteral(":/styles/%1.json").arg(id));
    REQUIRE(r.usable);
    return r.style;
}

QList<TextRun> runsOn(const Page &page)
{
    QList<TextRun> out;
    for (const Primitive &p : page.primitives)
        if (const auto *t = std::get_if<TextRun>(&p))
            out << *t;
    return out;
}

QList<TextRun> runsIn(const PageLayout &layout, TextStyle style)
{
    QList<TextRun> out;
    for (const Page &page : layout.pages)
        for (const TextRun &t : runsOn(page))
            if (t.style == style)
                out << t;
    return out;
}

QByteArray pngOf(const QSize &size, QColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST_CASE("style: the default style lays out exactly as without one", "[style][layout]")
{
    const Document doc = printDocument();
    LayoutOptions plain;
    plain.fontFamily = reportFamily();
    const PageLayout a = LayoutEngine::layout(doc, plain);
    const PageLayout b = layoutIn(doc, builtIn("default"));
    REQUIRE(a.pages.size() == b.pages.size());
    for (int i = 0; i < a.pages.size(); ++i) {
        const QList<TextRun> ra = runsOn(a.pages[i]), rb = runsOn(b.pages[i]);
        REQUIRE(ra.size() == rb.size());
        for (int j = 0; j < ra.size(); ++j) {
            CHECK(ra[j].text == rb[j].text);
            CHECK(ra[j].baseline == rb[j].baseline);
            CHECK(ra[j].color == rb[j].color);
        }
    }
}

TEST_CASE("style: other margins move the text frame", "[style][layout]")
{
    const Document doc = printDocument();
    PrintStyle style;
    style.page.marginLeft = 110;
    style.page.marginRight = 60;
    style.page.marginTop = 100;
    const PageLayout layout = layoutIn(doc, style);
    CHECK(layout.geometry.content() == QRectF(110, 100, 595 - 170, 842 - 172));
    const QList<TextRun> body = runsIn(layout, TextStyle::Body);
    REQUIRE(!body.isEmpty());
    qreal left = 1e9, right = 0;
    for (const TextRun &t : body) {
        left = std::min(left, t.baseline.x());
        right = std::max(right, t.baseline.x() + t.width);
    }
    const QList<TextRun> headings = runsIn(layout, TextStyle::Heading1);
    REQUIRE(!headings.isEmpty());
    for (const TextRun &h : headings)
        CHECK(h.baseline.x() == 110);
    CHECK(left >= 110);
    CHECK(right <= 595 - 60 + 0.5);
    CHECK(right > 595 - 76 + 0.5); // justified lines reach past the default frame's right edge
    // Chapters start at the new top margin.
    for (const ChapterStart &c : layout.chapters)
        if (c.depth == 0)
            CHECK(c.y == 100);
}

TEST_CASE("style: civic-blue's colours, sizes and table look reach the primitives",
          "[style][layout]")
{
    const Document doc = printDocument();
    const PageLayout plain = layoutIn(doc, PrintStyle{});
    const PageLayout civic = layoutIn(doc, builtIn("civic-blue"));
    const QList<TextRun> h1 = runsIn(civic, TextStyle::Heading1);
    REQUIRE(!h1.isEmpty());
    for (const TextRun &t : h1)
        CHECK(t.color == QColor(0x0b, 0x4f, 0x8a));
    for (const TextRun &t : runsIn(plain, TextStyle::Heading1))
        CHECK(t.color == QColor(0x1f, 0x3a, 0x5f));
    CHECK(civic.fontFamily == QStringLiteral("WenQuanYi Zen Hei"));
    CHECK(civic.style.type.size(TextStyle::Heading1) == 20);

    // Table header cells are filled blue with white text; body rows alternate with the zebra.
    int headerFills = 0, zebra = 0, white = 0;
    for (const Page &page : civic.pages) {
        for (const Primitive &p : page.primitives) {
            if (const auto *b = std::get_if<Box>(&p)) {
                headerFills += b->fill == QColor(0x0b, 0x4f, 0x8a);
                zebra += b->fill == QColor(0xee, 0xf4, 0xfa);
            } else if (const auto *t = std::get_if<TextRun>(&p)) {
                white += t->style == TextStyle::TableHeader && t->color == QColor(Qt::white);
            }
        }
    }
    CHECK(headerFills > 0);
    CHECK(zebra > 0);
    CHECK(white > 0);
}

TEST_CASE("style: the running header and footer show what the style says", "[style][layout]")
{
    const Document doc = printDocument();
    PrintStyle style;
    style.header.pageNumbers = false;
    style.header.reportTitle = false;
    const PageLayout layout = layoutIn(doc, style);
    const int n = int(layout.pages.size());
    for (int i = 1; i < n; ++i) {
        bool folio = false, header = false;
        for (const TextRun &t : runsOn(layout.pages[i])) {
            folio |= t.text == QStringLiteral("%1 / %2").arg(i + 1).arg(n);
            if (t.style == TextStyle::RunningHeader) {
                header = true;
                CHECK(t.text == doc.metadata.unitName);
            }
        }
        CHECK_FALSE(folio);
        CHECK(header);
    }
}

TEST_CASE("cover: the year printed once, the date labelled", "[style][cover]")
{
    Document doc = printDocument();
    doc.metadata.year = 2024;
    doc.metadata.reportTitle = QStringLiteral("2024 年度社会责任报告");
    doc.signatory.date = QDate(2025, 1, 20);
    const auto coverText = [](const PageLayout &l) {
        QStringList texts;
        for (const TextRun &t : runsOn(l.pages[0]))
            texts << t.text;
        return texts.join(QLatin1Char('\n'));
    };
    const QString text = coverText(layoutIn(doc, PrintStyle{}));
    CHECK(text.count(QStringLiteral("2024")) == 1);
    CHECK(text.contains(QStringLiteral("发布日期：2025年1月20日")));

    // A title without the year keeps the year line.
    doc.metadata.reportTitle = QStringLiteral("社会责任报告");
    const QString untitled = coverText(layoutIn(doc, PrintStyle{}));
    CHECK(untitled.count(QStringLiteral("2024")) == 1);
    CHECK(untitled.contains(QStringLiteral("报告年度 2024")));
}

TEST_CASE("cover: the style's logo and picture are placed in their boxes, in proportion",
          "[style][cover]")
{
    const Document doc = printDocument();
    PrintStyle style = builtIn("civic-blue");
    const StyleImageCheck logo = StyleImages::check(pngOf({200, 100}, Qt::red), QString());
    REQUIRE(logo.error.isEmpty());
    style.cover.logo = logo.image;
    style.cover.logoRect = QRectF(70, 270, 80, 80);
    const PageLayout layout = layoutIn(doc, style);
    QList<ImageBox> images;
    for (const Primitive &p : layout.pages[0].primitives)
        if (const auto *i = std::get_if<ImageBox>(&p))
            images << *i;
    REQUIRE(images.size() == 2);
    // The cover picture (1000×420) fills the width of its 595×250 box.
    CHECK(images[0].rect.width() == Approx(595));
    CHECK(images[0].rect.height() == Approx(595 * 420.0 / 1000));
    CHECK(images[0].mimeType == QStringLiteral("image/png"));
    // The logo (2:1) fits its square box's width, centred vertically.
    CHECK(images[1].rect == QRectF(70, 290, 80, 40));
    // The cover's lines start at the left margin in this style.
    for (const TextRun &t : runsOn(layout.pages[0]))
        CHECK(t.baseline.x() == style.page.marginLeft);
}

TEST_CASE("style: the chart palette comes from the style", "[style][chart]")
{
    ChartData data;
    data.type = ChartType::Pie;
    data.categories = {QStringLiteral("硕士"), QStringLiteral("本科"), QStringLiteral("大专")};
    data.series.append({QStringLiteral("2023"), {25, 293, 124}});
    const PrintStyle civic = builtIn("civic-blue");
    const auto chart = buildChart(data, ChartStyle::of(civic.chart, reportFamily()));
    auto *pie = qobject_cast<QPieSeries *>(chart->series().first());
    REQUIRE(pie);
    REQUIRE(pie->count() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(pie->slices().at(i)->color() == civic.chart.palette.at(i));
    CHECK(civic.chart.palette != ChartLook().palette);

    data.type = ChartType::Bar;
    const auto bars = buildChart(data, ChartStyle::of(civic.chart, reportFamily()));
    auto *series = qobject_cast<QAbstractBarSeries *>(bars->series().first());
    REQUIRE(series);
    CHECK(series->barSets().first()->color() == civic.chart.palette.at(1)); // one series: 2nd
}
