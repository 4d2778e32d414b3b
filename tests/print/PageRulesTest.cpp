// The pages rules on real flow units: keeps for lists, tables, charts and paragraph lines (as
// data rows, like the paginator's own test), column widths from content, charts per unit with
// the note naming what no chart shows, rates in points, coded captions and the TOC's depth.
#include "BlockLayouter.h"
#include "Caption.h"
#include "ColumnWidths.h"
#include "FigureWording.h"
#include "LayoutEngine.h"
#include "Paginator.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <string>

using namespace csr;
using namespace csr::print;
using namespace csr::test;

namespace {

Metric metric(const QString &id, std::optional<double> value, const QString &unit,
              std::optional<double> previous = std::nullopt)
{
    Metric m;
    m.id = id;
    m.label = id;
    m.value = value;
    m.unit = unit;
    m.previousValue = previous;
    return m;
}

Document rulesDocument()
{
    Document doc = smallDocument();
    doc.metadata.year = 2023;
    doc.metadata.periodStart = QDate(2023, 1, 1);
    doc.metadata.periodEnd = QDate(2023, 12, 31);
    doc.metrics = {metric(QStringLiteral("staff"), 120, QStringLiteral("人"), 110),
                   metric(QStringLiteral("hours"), 3600, QStringLiteral("小时"), 3000),
                   metric(QStringLiteral("rate"), 96.8, QStringLiteral("%"), 95.2),
                   metric(QStringLiteral("party"), 40, QStringLiteral("名"), 38),
                   metric(QStringLiteral("empty"), std::nullopt, QStringLiteral("人"))};
    for (int i = 0; i < 12; ++i)
        doc.metrics.append(metric(QStringLiteral("m%1").arg(i), 10 + i, QStringLiteral("人")));
    return doc;
}

enum class Shape { List, Table, TableWithChart, Paragraph };

struct KeepRow
{
    std::string why;
    Shape shape;
    int size;    // items, rows or (for a paragraph) lines
    int fitting; // how many of the block's units the page has room for
    int onFirst; // how many of them the rules leave on the first page
};

QList<FlowUnit> shapeUnits(BlockLayouter &blocks, Shape shape, int size)
{
    switch (shape) {
    case Shape::List: {
        ItemList list{QStringLiteral("荣誉"), {}};
        for (int i = 0; i < size; ++i)
            list.items << QStringLiteral("荣誉%1").arg(i + 1);
        return blocks.itemList(list);
    }
    case Shape::Table:
    case Shape::TableWithChart: {
        MetricTable t{
            QStringLiteral("表"), {}, shape == Shape::Table ? ChartType::None : ChartType::Bar};
        for (int i = 0; i < size; ++i)
            t.metricIds << QStringLiteral("m%1").arg(i);
        return blocks.metricTable(t);
    }
    case Shape::Paragraph:
        for (int n = 20; n < 2000; n += 10) { // prose of exactly `size` lines
            const auto units = blocks.paragraph(prose(n, 3));
            if (units.size() == size)
                return units;
        }
        FAIL("no prose of " << size << " lines");
    }
    return {};
}

} // namespace

// A page holds a filler and then `fitting` units of the block (one more would not fit); the
// rules decide how many really stay. Heights come from the real layout.
TEST_CASE("pages: no single item, row or line alone at a page's top or bottom, a chart stays "
          "with its table",
          "[print][layout][paginate][pages]")
{
    const KeepRow row = GENERATE(values<KeepRow>({
        {"a list's title goes with its first item", Shape::List, 6, 1, 0},
        {"a list's first item is not alone at a page bottom", Shape::List, 6, 2, 0},
        {"two items may stay at a page bottom", Shape::List, 6, 3, 3},
        {"a list's last item is not alone at a page top", Shape::List, 6, 6, 5},
        {"a list of two items moves whole", Shape::List, 2, 2, 0},
        {"a table's header goes with two rows", Shape::Table, 6, 3, 0},
        {"a table may break after its second row", Shape::Table, 6, 4, 4},
        {"a table's last row is not alone at a page top", Shape::Table, 6, 7, 6},
        {"a chart never starts a page after its table: the last two rows go with it",
         Shape::TableWithChart, 6, 8, 6},
        {"a paragraph's first line is not alone at a page bottom", Shape::Paragraph, 5, 1, 0},
        {"a paragraph breaks after its second line", Shape::Paragraph, 5, 2, 2},
        {"a paragraph's last line is not alone at a page top", Shape::Paragraph, 5, 4, 3},
    }));
    INFO(row.why);
    const Document doc = rulesDocument();
    BlockLayouter blocks(doc, Edition::Public, reportFamily(), PageGeometry{});
    const QList<FlowUnit> units = shapeUnits(blocks, row.shape, row.size);
    REQUIRE(units.size() > row.fitting);
    const QRectF content = PageGeometry{}.content();
    qreal used = 0;
    for (int i = 0; i < row.fitting; ++i)
        used += units[i].spaceBefore + units[i].height;
    const qreal nextNeeds = units[row.fitting].spaceBefore + units[row.fitting].height;
    FlowUnit filler;
    filler.kind = UnitKind::Space;
    filler.height = content.height() - used - nextNeeds / 2; // room for `fitting`, not one more
    QList<FlowUnit> flow{filler};
    flow += units;
    const auto pages = paginate(flow, content.top(), content.bottom());
    REQUIRE(pages.size() >= 2);
    CHECK(int(pages[0].size()) - 1 == row.onFirst);

    // Whatever the row: a page never begins with a chart, and neither page holds a single
    // row or item of the block (the unit at a page's top and bottom has a neighbour of its
    // kind on the same page).
    for (const auto &page : pages) {
        CHECK(flow[page.first().unit].kind != UnitKind::Chart);
        if (row.shape != Shape::Paragraph) {
            const UnitKind item = row.shape == Shape::List ? UnitKind::Line : UnitKind::TableRow;
            int items = 0;
            for (const PlacedUnit &p : page)
                items += !p.repeated && flow[p.unit].kind == item;
            CHECK(items != 1);
        }
    }
}

TEST_CASE("pages: column widths come from the content", "[print][layout][table][pages]")
{
    // Everything fits: natural widths, the rest by shares.
    auto w = columnWidths({100, 50, 50}, {2, 1, 1}, 400);
    CHECK(w[0] == Approx(200));
    CHECK(w[1] == Approx(100));
    // The media column (130) fits beside a long event column: it gets its width, the event
    // column the rest; by shares alone it would have had 99 and wrapped.
    w = columnWidths({100, 1000, 130}, {1.6, 4.0, 1.45}, 480);
    CHECK(w[0] == Approx(100));
    CHECK(w[2] == Approx(130));
    CHECK(w[1] == Approx(250));
    // Two long columns share what the short one leaves by their shares.
    w = columnWidths({60, 900, 900}, {1, 1, 3}, 460);
    CHECK(w[0] == Approx(60));
    CHECK(w[1] == Approx(100));
    CHECK(w[2] == Approx(300));
    // A short column is not fixed when it would starve the others below 3/4 of their share.
    w = columnWidths({300, 900}, {1, 1}, 400);
    CHECK(w[0] == Approx(200));

    // The timeline's media column keeps 《…》公众号 on one line while the events wrap.
    Document doc = rulesDocument();
    Timeline media{QStringLiteral("媒体报道"), category::MediaReport, {}, false};
    for (int i = 0; i < 4; ++i)
        media.entries.append(TimelineEntry{QDate(2023, 3, 1 + i),
                                           prose(60 + 20 * i, i),
                                           category::MediaReport,
                                           QStringLiteral("《上海教育》微信公众号"),
                                           {}});
    BlockLayouter blocks(doc, Edition::Public, reportFamily(), PageGeometry{});
    int rows = 0;
    for (const FlowUnit &u : blocks.timeline(media)) {
        if (u.kind != UnitKind::TableRow)
            continue;
        ++rows;
        const QStringList texts = textsOf(u);
        CHECK(texts.contains(QStringLiteral("《上海教育》微信公众号")));
        CHECK(texts.first().startsWith(QStringLiteral("2023年3月"))); // the date on one line
        CHECK(texts.size() > 3);                                      // the event wrapped
    }
    CHECK(rows == 4);
}

TEST_CASE("pages: a mixed-unit table is charted per unit, with what is left out named under it",
          "[print][layout][chart][pages]")
{
    const Document doc = rulesDocument();
    BlockLayouter blocks(doc, Edition::Public, reportFamily(), PageGeometry{});
    MetricTable t{QStringLiteral("情况"),
                  {QStringLiteral("staff"), QStringLiteral("hours"), QStringLiteral("rate"),
                   QStringLiteral("party"), QStringLiteral("empty")},
                  ChartType::Bar};
    auto layOut = [&] {
        QList<UnitKind> kinds;
        QStringList units, rateRow, note;
        for (const FlowUnit &u : blocks.metricTable(t)) {
            kinds << u.kind;
            for (const Primitive &p : u.primitives)
                if (const auto *c = std::get_if<ChartBox>(&p)) {
                    units << c->chart.unit;
                    // Small multiples: half the text width each, labels wrapped to fit.
                    CHECK(c->chart.halfWidth == (t.chartUnit.isEmpty()));
                    const bool narrow =
                        c->rect.width() <= PageGeometry{}.content().width() / 2 + 0.01;
                    CHECK(narrow == c->chart.halfWidth);
                }
            if (u.kind == UnitKind::TableRow && textsOf(u).contains(QStringLiteral("rate")))
                rateRow = textsOf(u);
            if (u.kind == UnitKind::Line)
                note += textsOf(u);
        }
        return std::tuple{kinds, units, rateRow, note.join(QString())};
    };
    auto [kinds, units, rateRow, note] = layOut();
    CHECK(units == QStringList{QStringLiteral("人"), QStringLiteral("小时"), QStringLiteral("%"),
                               QStringLiteral("名")});
    // Title, header, five rows, four charts two by two, then the note.
    CHECK(kinds.mid(0, 7) == QList<UnitKind>{UnitKind::TableTitle, UnitKind::TableHeader,
                                             UnitKind::TableRow, UnitKind::TableRow,
                                             UnitKind::TableRow, UnitKind::TableRow,
                                             UnitKind::TableRow});
    CHECK(kinds.mid(7, 2) == QList<UnitKind>(2, UnitKind::Chart));
    CHECK(kinds.size() == 10);
    CHECK(kinds.back() == UnitKind::Line);
    CHECK(note == FigureWording::notCharted(
                      {{QStringLiteral("empty"), QStringLiteral("人"), NotCharted::NoValue}}));
    CHECK(note.contains(QStringLiteral("empty")));
    // 同比 of the rate in percentage points: 95.2 → 96.8 is +1.6 points, not +1.7 %.
    CHECK(rateRow.contains(QStringLiteral("+1.6") + FigureWording::pointsUnit()));

    // The user picks the unit: one chart, the other units named.
    t.chartUnit = QStringLiteral("%");
    std::tie(kinds, units, rateRow, note) = layOut();
    CHECK(units == QStringList{QStringLiteral("%")});
    for (const QString &label : {QStringLiteral("staff"), QStringLiteral("hours"),
                                 QStringLiteral("party"), QStringLiteral("empty")})
        CHECK(note.contains(label));
}

TEST_CASE("pages: a block title equal to its chapter's, codes aside, is not printed twice",
          "[print][layout][pages]")
{
    CHECK(withoutCode(QStringLiteral("VI-1 社会荣誉")) == QStringLiteral("社会荣誉"));
    CHECK(withoutCode(QStringLiteral("I-2民主管理")) == QStringLiteral("民主管理"));
    CHECK(withoutCode(QStringLiteral("（一）保障员工权益")) == QStringLiteral("保障员工权益"));
    CHECK(withoutCode(QStringLiteral("三、主要内容")) == QStringLiteral("主要内容"));
    CHECK(withoutCode(QStringLiteral("2.1 师资")) == QStringLiteral("师资"));
    CHECK(withoutCode(QStringLiteral("2023年度数据")) == QStringLiteral("2023年度数据"));
    CHECK(withoutCode(QStringLiteral("VI-1")) == QStringLiteral("VI-1"));
    CHECK(withoutCode(QStringLiteral("IT 服务")) == QStringLiteral("IT 服务"));
    CHECK(captionUnder(QStringLiteral("社会荣誉"), QStringLiteral("VI-1 社会荣誉")).isEmpty());
    CHECK(captionUnder(QStringLiteral("VI-1 社会荣誉"), QStringLiteral("社会荣誉")).isEmpty());
    CHECK(captionUnder(QStringLiteral("媒体报道"), QStringLiteral("VI-1 社会荣誉")) ==
          QStringLiteral("媒体报道"));

    // In a whole report: the chapter titled with its code prints the honours once.
    Document doc = rulesDocument();
    Chapter honours;
    honours.id = QStringLiteral("vi1");
    honours.title = QStringLiteral("VI-1 社会荣誉");
    honours.blocks = {
        Block{QStringLiteral("h"),
              {},
              ItemList{QStringLiteral("社会荣誉"), {QStringLiteral("上海市文明校园")}}}};
    doc.chapters.append(honours);
    const PageLayout layout = layoutOf(doc);
    int printed = 0;
    for (int p = 1 + layout.tocPageCount; p < layout.pages.size(); ++p)
        for (const Primitive &prim : layout.pages[p].primitives)
            if (const auto *t = std::get_if<TextRun>(&prim))
                printed += t->text.contains(QStringLiteral("社会荣誉"));
    CHECK(printed == 1);
}

TEST_CASE("pages: the table of contents lists as many heading levels as the report says",
          "[print][layout][toc][pages]")
{
    Document doc = rulesDocument();
    doc.metadata.numbering = {NumberingStyle::Code, NumberingStyle::Code, NumberingStyle::Arabic};
    Chapter dimension;
    dimension.id = QStringLiteral("d6");
    dimension.code = QStringLiteral("VI");
    dimension.title = QStringLiteral("社会评价");
    for (int i = 1; i <= 2; ++i) {
        Chapter indicator;
        indicator.id = QStringLiteral("d6.%1").arg(i);
        indicator.code = QStringLiteral("VI-%1").arg(i);
        indicator.title = i == 1 ? QStringLiteral("社会荣誉") : QStringLiteral("媒体报道");
        Chapter point;
        point.id = indicator.id + QStringLiteral(".1");
        point.title = QStringLiteral("要点");
        point.blocks = {Block{point.id + QStringLiteral("b"), {}, Paragraph{prose(400, i)}}};
        indicator.children = {point};
        dimension.children.append(indicator);
    }
    doc.chapters.append(dimension);

    const int depth = GENERATE(1, 2, 3);
    doc.metadata.tocDepth = depth;
    const PageLayout layout = layoutOf(doc);
    QStringList listed;
    for (const TocEntry &e : layout.toc) {
        CHECK(e.depth < depth);
        listed << e.chapterId;
        // The page printed is where the heading really is.
        for (const ChapterStart &c : layout.chapters)
            if (c.chapterId == e.chapterId)
                CHECK(e.shownPage == c.page + 1);
    }
    CHECK(listed.contains(QStringLiteral("d6")));
    CHECK(listed.contains(QStringLiteral("d6.2")) == (depth >= 2));
    CHECK(listed.contains(QStringLiteral("d6.2.1")) == (depth >= 3));
    if (depth >= 2) {
        QStringList tocText;
        for (const Primitive &p : layout.pages[1].primitives)
            if (const auto *t = std::get_if<TextRun>(&p))
                tocText << t->text;
        CHECK(tocText.contains(QStringLiteral("VI-2 媒体报道")));
    }
}
