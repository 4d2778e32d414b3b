#include "LayoutEngine.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <thread>

using namespace csr;
using namespace csr::print;
using namespace csr::test;

namespace {

QStringList textsOn(const Page &page)
{
    QStringList out;
    for (const Primitive &p : page.primitives)
        if (const auto *t = std::get_if<TextRun>(&p))
            out << t->text;
    return out;
}

QString allText(const PageLayout &layout)
{
    QString s;
    for (const Page &p : layout.pages)
        s += textsOn(p).join(QLatin1Char('\n')) + QLatin1Char('\n');
    return s;
}

const ChapterStart &startOf(const PageLayout &layout, const QString &text)
{
    const auto it = std::find_if(layout.chapters.begin(), layout.chapters.end(),
                                 [&](const ChapterStart &c) { return c.text == text; });
    REQUIRE(it != layout.chapters.end());
    return *it;
}

// A report whose prose lengths move every break around, so the rules meet many situations.
Document variedDocument(int seed)
{
    Document doc = printDocument();
    Chapter extra;
    extra.id = QStringLiteral("x1");
    extra.title = QStringLiteral("附加章节");
    for (int i = 0; i < 14; ++i) {
        Chapter sub;
        sub.id = QStringLiteral("x1.%1").arg(i);
        sub.title = QStringLiteral("小节%1").arg(i + 1);
        sub.blocks = {Block{QStringLiteral("xb%1").arg(i),
                            {},
                            Paragraph{prose(40 + (seed * 37 + i * 53) % 260, seed + i)}},
                      Block{QStringLiteral("xc%1").arg(i),
                            {},
                            Paragraph{prose(20 + (seed * 11 + i * 29) % 90, i)}}};
        extra.children.append(sub);
    }
    doc.chapters.append(extra);
    return doc;
}

} // namespace

TEST_CASE("layout: cover - contents - then chapters each starting a page", "[print][layout]")
{
    const Document doc = printDocument();
    const PageLayout layout = layoutOf(doc);
    REQUIRE(layout.pages.size() >= 8);
    CHECK(layout.tocPageCount == 1);
    CHECK(textsOn(layout.pages[0]).contains(doc.metadata.reportTitle));
    CHECK(textsOn(layout.pages[0]).contains(doc.metadata.unitName));
    CHECK(textsOn(layout.pages[1]).contains(QStringLiteral("目  录")));

    int previousPage = 0;
    for (const ChapterStart &c : layout.chapters) {
        INFO(c.text.toStdString());
        CHECK(c.page > layout.tocPageCount);
        CHECK(c.page >= previousPage); // document order is page order
        previousPage = c.page;
        if (c.depth == 0)
            CHECK(c.y == layout.geometry.content().top());
    }
    CHECK(startOf(layout, QStringLiteral("报告编写说明")).page == 2);
    CHECK(startOf(layout, QStringLiteral("一、公开陈述")).page == 3);
    CHECK(startOf(layout, QStringLiteral("（一）企业概述")).page ==
          startOf(layout, QStringLiteral("二、基本情况")).page);
    // Numbering follows the guideline at every depth.
    CHECK(startOf(layout, QStringLiteral("（五）社会评价")).depth == 1);
    CHECK(startOf(layout, QStringLiteral("1.社会荣誉")).depth == 2);
}

TEST_CASE("layout: levels numbered by indicator code print the codes", "[print][layout]")
{
    Document doc = printDocument();
    doc.metadata.numbering = {NumberingStyle::Code, NumberingStyle::None};
    Chapter &statement = doc.chapters[1];
    statement.code = QStringLiteral("I");
    REQUIRE_FALSE(doc.chapters[2].children.isEmpty());
    doc.chapters[2].code = QStringLiteral("II");
    const PageLayout layout = layoutOf(doc);
    const QString statementText = QStringLiteral("I ") + statement.title;
    CHECK(startOf(layout, statementText).depth == 0);
    CHECK(startOf(layout, QStringLiteral("II ") + doc.chapters[2].title).depth == 0);
    // Level 2 has no numbers at all; the headings and the running text say the same.
    CHECK(startOf(layout, doc.chapters[2].children[0].title).depth == 1);
    CHECK(allText(layout).contains(statementText));
}

TEST_CASE("layout: the contents show the real start page of every chapter and section",
          "[print][layout]")
{
    const int seed = GENERATE(0, 1, 2);
    const PageLayout layout = layoutOf(variedDocument(seed));
    int entries = 0;
    for (const TocEntry &t : layout.toc) {
        const auto &start =
            *std::find_if(layout.chapters.begin(), layout.chapters.end(),
                          [&](const ChapterStart &c) { return c.chapterId == t.chapterId; });
        INFO(start.text.toStdString());
        CHECK(t.shownPage == start.page + 1);
        CHECK(t.depth <= 1);
        // The number printed on the TOC line is that page.
        bool printed = false;
        for (const Primitive &p : layout.pages[t.tocPage].primitives)
            if (const auto *r = std::get_if<TextRun>(&p))
                printed |= r->text == QString::number(t.shownPage) &&
                           t.rect.contains(r->baseline - QPointF(0, 1));
        CHECK(printed);
        ++entries;
    }
    int expected = 0;
    for (const ChapterStart &c : layout.chapters)
        expected += c.depth <= 1;
    CHECK(entries == expected);
}

TEST_CASE("layout: no page ends with a heading - an orphan or a unit that keeps with the next",
          "[print][layout]")
{
    const int seed = GENERATE(range(0, 8));
    const PageLayout layout = layoutOf(variedDocument(seed));
    for (int p = layout.tocPageCount + 1; p + 1 < layout.pages.size(); ++p) {
        const auto &placed = layout.placed[p];
        REQUIRE(!placed.isEmpty());
        INFO("seed " << seed << " page " << p + 1);
        // Headings, table titles and headers, a paragraph's first line and its next-to-last line
        // all keep with the next unit: none of them may close a page.
        CHECK_FALSE(placed.last().keepWithNext);
        CHECK(placed.last().kind != UnitKind::Heading);
    }
}

TEST_CASE("layout: a table broken across pages repeats its header row", "[print][layout]")
{
    Document doc = printDocument();
    Timeline &media =
        std::get<Timeline>(doc.chapters[3].children.last().children.last().blocks[0].content);
    for (int i = 0; i < 60; ++i)
        media.entries.append(TimelineEntry{QDate(2023, 6, 1 + i % 28),
                                           QStringLiteral("追加报道%1").arg(i),
                                           category::MediaReport,
                                           QStringLiteral("《文汇报》"),
                                           {}});
    const PageLayout layout = layoutOf(doc);
    QMap<int, QList<int>> pagesOfGroup; // table -> pages with its rows
    for (int p = 0; p < layout.placed.size(); ++p)
        for (const PlacedInfo &i : layout.placed[p])
            if (i.kind == UnitKind::TableRow && !pagesOfGroup[i.group].contains(p))
                pagesOfGroup[i.group].append(p);
    int continued = 0;
    for (auto it = pagesOfGroup.begin(); it != pagesOfGroup.end(); ++it) {
        const QList<int> &pages = it.value();
        for (int k = 1; k < pages.size(); ++k) {
            const auto &first = layout.placed[pages[k]].first();
            INFO("table " << it.key() << " page " << pages[k] + 1);
            CHECK(first.kind == UnitKind::TableHeader);
            CHECK(first.repeated);
            CHECK(first.group == it.key());
            ++continued;
        }
    }
    CHECK(continued >= 2); // 90 rows take three pages at least
    // The repeated header has the column titles again.
    const QStringList headerTexts{QStringLiteral("日期"), QStringLiteral("事项"),
                                  QStringLiteral("媒体")};
    int headerPages = 0;
    for (const Page &page : layout.pages) {
        const QStringList texts = textsOn(page);
        headerPages += texts.contains(headerTexts[0]) && texts.contains(headerTexts[1]) &&
                       texts.contains(headerTexts[2]);
    }
    CHECK(headerPages >= 3);
}

TEST_CASE("layout: the signature anchor is on the statement - around the signatory",
          "[print][layout][signature]")
{
    const Document doc = printDocument();
    const PageLayout layout = layoutOf(doc);
    REQUIRE(layout.signature);
    const SignatureAnchor &a = *layout.signature;
    CHECK(a.page == startOf(layout, QStringLiteral("一、公开陈述")).page);
    CHECK(layout.geometry.content().contains(a.rectTopDown));
    // PDF user space: the same box measured from the bottom edge.
    CHECK(a.rectPt.left() == a.rectTopDown.left());
    CHECK(a.rectPt.width() == a.rectTopDown.width());
    CHECK(a.rectPt.height() == a.rectTopDown.height());
    CHECK(a.rectPt.top() == Approx(layout.geometry.size.height() - a.rectTopDown.bottom()));
    int inside = 0;
    for (const Primitive &p : layout.pages[a.page].primitives)
        if (const auto *t = std::get_if<TextRun>(&p))
            if (t->text.contains(doc.signatory.name) ||
                t->text.contains(QStringLiteral("2024年1月15日"))) {
                CHECK(a.rectTopDown.contains(t->bounds()));
                ++inside;
            }
    CHECK(inside == 2);
}

TEST_CASE("layout: a seal image sits inside the signature anchor - and inside the margins",
          "[print][layout][signature]")
{
    // The sample's signatory is short enough that a seal centred on it reached past the margin.
    Document doc = GENERATE(printDocument(), loadSample());
    doc.signatory.sealImage =
        QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                          "<circle cx='5' cy='5' r='4' fill='none' stroke='red'/></svg>");
    doc.signatory.sealMimeType = QStringLiteral("image/svg+xml");
    const PageLayout layout = layoutOf(doc);
    REQUIRE(layout.signature);
    int seals = 0;
    for (const Primitive &p : layout.pages[layout.signature->page].primitives)
        if (const auto *i = std::get_if<ImageBox>(&p)) {
            CHECK(layout.signature->rectTopDown.contains(i->rect));
            CHECK(i->rect.right() <= layout.geometry.content().right());
            CHECK(i->data == doc.signatory.sealImage);
            ++seals;
        }
    CHECK(seals == 1);
    CHECK(layout.geometry.content().contains(layout.signature->rectTopDown));
}

TEST_CASE("layout: editions mask confidential figures and mark internal pages",
          "[print][layout][edition]")
{
    const Document doc = printDocument();
    const PageLayout pub = layoutOf(doc, Edition::Public);
    const PageLayout internal = layoutOf(doc, Edition::Internal);
    const QString pubText = allText(pub);
    const QString internalText = allText(internal);
    for (const QString &secret : {SecretRevenue, SecretProfit, SecretPreviousRevenue}) {
        CHECK_FALSE(pubText.contains(secret));
        CHECK(internalText.contains(secret));
    }
    CHECK(pubText.contains(QStringLiteral("经营收入 ** 万元")));
    // Charts in the public edition carry no masked value either.
    for (const Page &page : pub.pages)
        for (const Primitive &p : page.primitives)
            if (const auto *c = std::get_if<ChartBox>(&p))
                for (const ChartSeries &s : c->chart.series)
                    for (double v : s.values)
                        CHECK(QString::number(v, 'f', 4) != SecretRevenue);
    for (int p = 0; p < internal.pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(textsOn(internal.pages[p]).contains(QStringLiteral("内部版 Internal")));
        CHECK_FALSE(textsOn(pub.pages[p]).contains(QStringLiteral("内部版 Internal")));
    }
}

TEST_CASE("layout: a metric table gets the chart its definition asks for", "[print][layout][chart]")
{
    const auto [type, charts] = GENERATE(table<ChartType, int>({{ChartType::None, 0},
                                                                {ChartType::Bar, 1},
                                                                {ChartType::Pie, 1},
                                                                {ChartType::YearOverYear, 1}}));
    Document doc = smallDocument();
    auto &table = std::get<MetricTable>(doc.chapters[1].blocks[1].content);
    table.chart = type;
    std::get<Timeline>(doc.chapters[1].blocks[0].content).showChart = false;
    const PageLayout layout = layoutOf(doc);
    int found = 0;
    for (const Page &page : layout.pages)
        for (const Primitive &p : page.primitives)
            if (const auto *c = std::get_if<ChartBox>(&p)) {
                CHECK(c->chart.type == type);
                // The confidential revenue is left out of the public chart.
                CHECK(c->chart.categories == QStringList{QStringLiteral("全口径员工")});
                ++found;
            }
    CHECK(found == charts);
}

TEST_CASE("layout: the notes give period - scope - real length and standards", "[print][layout]")
{
    const Document doc = printDocument();
    const PageLayout layout = layoutOf(doc);
    const QStringList notes =
        textsOn(layout.pages[startOf(layout, QStringLiteral("报告编写说明")).page]);
    CHECK(notes.contains(QStringLiteral("2023年1月1日至2023年12月31日")));
    CHECK(notes.contains(doc.metadata.scope));
    CHECK(notes.contains(QStringLiteral("本报告共 %1 页。").arg(layout.pages.size())));
    CHECK(notes.join(QString()).contains(
        QStringLiteral("《2022-2023 年度上海市文明单位社会责任报告编制说明")));
    CHECK(notes.contains(QStringLiteral("参考依据：")));

    Document without = doc;
    without.chapters.removeFirst();
    const PageLayout synthesized = layoutOf(without);
    CHECK(startOf(synthesized, QStringLiteral("报告编写说明")).page == 2);
}

TEST_CASE("layout: justified text never runs past the right margin", "[print][layout]")
{
    const PageLayout layout = layoutOf(variedDocument(3));
    const QRectF content = layout.geometry.content();
    int justified = 0;
    for (const Page &page : layout.pages)
        for (const Primitive &p : page.primitives)
            if (const auto *t = std::get_if<TextRun>(&p)) {
                INFO(t->text.toStdString());
                CHECK(t->baseline.x() >= content.left() - 0.01);
                CHECK(t->baseline.x() + t->width <= content.right() + 0.5);
                if (t->letterSpacing > 0) {
                    CHECK(t->baseline.x() + t->width == Approx(content.right()).margin(0.5));
                    ++justified;
                }
            }
    CHECK(justified > 20);
}

TEST_CASE("layout: every page but the cover has the running header and n / N", "[print][layout]")
{
    const Document doc = printDocument();
    const PageLayout layout = layoutOf(doc);
    const int n = int(layout.pages.size());
    for (int p = 1; p < n; ++p) {
        INFO("page " << p + 1);
        const QStringList texts = textsOn(layout.pages[p]);
        CHECK(texts.contains(QStringLiteral("%1 / %2").arg(p + 1).arg(n)));
        CHECK(texts.contains(doc.metadata.unitName + QLatin1Char(' ') + doc.metadata.reportTitle));
    }
    CHECK_FALSE(textsOn(layout.pages[0]).contains(QStringLiteral("1 / %1").arg(n)));
}

TEST_CASE("layout: runs on a worker thread with the same result", "[print][layout][thread]")
{
    const Document doc = printDocument();
    const QString family = reportFamily(); // the font is registered on the main thread first
    const PageLayout here = layoutOf(doc);
    PageLayout there;
    std::thread worker([&] {
        LayoutOptions options;
        options.fontFamily = family;
        there = LayoutEngine::layout(doc, options);
    });
    worker.join();
    REQUIRE(there.pages.size() == here.pages.size());
    CHECK(allText(there) == allText(here));
    CHECK(there.signature->rectPt == here.signature->rectPt);
}

TEST_CASE("layout: a long table of contents runs over several pages", "[print][layout]")
{
    const PageLayout layout = layoutOf(printDocument(12));
    CHECK(layout.tocPageCount >= 2);
    QSet<int> tocPages;
    for (const TocEntry &t : layout.toc) {
        tocPages.insert(t.tocPage);
        const auto &start =
            *std::find_if(layout.chapters.begin(), layout.chapters.end(),
                          [&](const ChapterStart &c) { return c.chapterId == t.chapterId; });
        CHECK(t.shownPage == start.page + 1);
        CHECK(t.rect.bottom() <= layout.geometry.content().bottom());
    }
    CHECK(tocPages.size() == layout.tocPageCount);
    // The notes follow the last TOC page.
    CHECK(layout.chapters.first().page == layout.tocPageCount + 1);
}

TEST_CASE("layout: the sample report keeps its published shape", "[print][layout][sample]")
{
    const Document sample = loadSample();
    const PageLayout layout = layoutOf(sample);
    // Published at 22 pages; our type and margins land close to it.
    CHECK(layout.pages.size() >= 20);
    CHECK(layout.pages.size() <= 25);
    const ChapterStart &statement = startOf(layout, QStringLiteral("一、公开陈述"));
    REQUIRE(layout.signature);
    CHECK(layout.signature->page == statement.page);
    for (const TocEntry &t : layout.toc) {
        const auto &start =
            *std::find_if(layout.chapters.begin(), layout.chapters.end(),
                          [&](const ChapterStart &c) { return c.chapterId == t.chapterId; });
        CHECK(t.shownPage == start.page + 1);
    }
    // Every table with a chart type gets a chart per unit (unless all its figures are masked).
    int tables = 0, charts = 0;
    forEachChapter(sample.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *t = std::get_if<MetricTable>(&b.content); t && !b.isEmpty()) {
                for (const ChartData &data : chartsForTable(sample, *t, Edition::Public).charts)
                    tables += !data.isEmpty();
            } else if (const auto *tl = std::get_if<Timeline>(&b.content); tl && !b.isEmpty()) {
                tables += tl->showChart;
            }
    });
    for (const Page &page : layout.pages)
        for (const Primitive &p : page.primitives)
            charts += std::holds_alternative<ChartBox>(p);
    CHECK(charts == tables);
    CHECK(charts > 5);
    const QString text = allText(layout);
    CHECK(text.contains(QStringLiteral("党委书记、总经理  朱樱")));
    for (int p = layout.tocPageCount + 1; p + 1 < layout.pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK_FALSE(layout.placed[p].last().keepWithNext);
    }
}

TEST_CASE("layout: a table never leaves a single row at either end of a page break",
          "[print][layout][sample]")
{
    const Document doc = GENERATE(loadSample(), variedDocument(3));
    const PageLayout layout = layoutOf(doc);
    for (int p = 0; p < layout.placed.size(); ++p) {
        // Rows of each table on this page, repeated headers aside.
        QHash<int, int> rows;
        QHash<int, bool> continues, continued;
        for (const PlacedInfo &u : layout.placed[p])
            if (u.kind == UnitKind::TableRow)
                ++rows[u.group];
        const auto &units = layout.placed[p];
        if (!units.isEmpty() && units.back().kind == UnitKind::TableRow)
            continues[units.back().group] = p + 1 < layout.placed.size() &&
                                            !layout.placed[p + 1].isEmpty() &&
                                            layout.placed[p + 1].size() > 1 &&
                                            layout.placed[p + 1][1].group == units.back().group;
        if (!units.isEmpty() && units.first().repeated)
            continued[units.first().group] = true;
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            INFO("page " << p + 1 << ", table " << it.key());
            if (continues.value(it.key()) || continued.value(it.key()))
                CHECK(it.value() >= 2);
        }
    }
}
