#include "BlockLayouter.h"
#include "LayoutEngine.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

using namespace csr;
using namespace csr::print;
using namespace csr::test;

namespace {

QStringList headerOf(const QList<FlowUnit> &units)
{
    for (const FlowUnit &u : units)
        if (u.kind == UnitKind::TableHeader)
            return textsOf(u);
    return {};
}

Metric metric(const QString &id, double value, std::optional<double> previous = std::nullopt,
              bool confidential = false)
{
    return Metric{id, id, value, QStringLiteral("人"), previous, {}, confidential, -1};
}

} // namespace

TEST_CASE("blocks: last year's columns only when some metric has last year's value",
          "[print][layout][table]")
{
    Document doc = smallDocument();
    doc.metadata.year = 2023;
    doc.metrics = {metric(QStringLiteral("a"), 1), metric(QStringLiteral("b"), 2),
                   metric(QStringLiteral("secret"), 3, std::nullopt, true)};
    const MetricTable table{QStringLiteral("t"),
                            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("secret")},
                            ChartType::None};
    const Edition edition = GENERATE(Edition::Public, Edition::Internal);
    BlockLayouter blocks(doc, edition, reportFamily(), PageGeometry{});

    CHECK(headerOf(blocks.metricTable(table)) ==
          QStringList{QStringLiteral("指标"), QStringLiteral("2023年"), QStringLiteral("单位")});

    // A confidential metric's last-year value brings the columns back in both editions alike,
    // so the public edition's shape says nothing the internal one would not.
    doc.metrics[2].previousValue = 2.5;
    BlockLayouter again(doc, edition, reportFamily(), PageGeometry{});
    const auto units = again.metricTable(table);
    CHECK(headerOf(units) == QStringList{QStringLiteral("指标"), QStringLiteral("2023年"),
                                         QStringLiteral("单位"), QStringLiteral("2022年"),
                                         QStringLiteral("同比")});
    const QStringList lastRow = textsOf(units.back());
    CHECK(lastRow.contains(edition == Edition::Public ? QStringLiteral("**")
                                                      : QStringLiteral("2.5")));
}

TEST_CASE("blocks: a block title equal to its chapter's title is not repeated", "[print][layout]")
{
    const Document doc = smallDocument();
    BlockLayouter blocks(doc, Edition::Public, reportFamily(), PageGeometry{});
    const ItemList honours{QStringLiteral("社会荣誉"), {QStringLiteral("上海市文明单位")}};
    Timeline media{QStringLiteral("媒体报道"), category::MediaReport, {}, true};
    media.entries = {
        TimelineEntry{QDate(2023, 3, 1), QStringLiteral("报道"), category::MediaReport, {}, {}}};
    const MetricTable table{
        QStringLiteral("领导关怀"), {QStringLiteral("staff.total")}, ChartType::None};

    auto kinds = [](const QList<FlowUnit> &units) {
        QList<UnitKind> out;
        for (const FlowUnit &u : units)
            out << u.kind;
        return out;
    };
    auto hasTitle = [&](const QList<FlowUnit> &units) {
        return kinds(units).contains(UnitKind::TableTitle);
    };
    CHECK_FALSE(hasTitle(
        blocks.block(Block{QStringLiteral("b1"), {}, honours}, QStringLiteral("社会荣誉"))));
    CHECK_FALSE(
        hasTitle(blocks.block(Block{QStringLiteral("b2"), {}, media}, QStringLiteral("媒体报道"))));
    CHECK_FALSE(
        hasTitle(blocks.block(Block{QStringLiteral("b3"), {}, table}, QStringLiteral("领导关怀"))));
    // Under another heading the caption says something and stays.
    CHECK(hasTitle(
        blocks.block(Block{QStringLiteral("b4"), {}, honours}, QStringLiteral("社会评价"))));
    CHECK(
        hasTitle(blocks.block(Block{QStringLiteral("b5"), {}, table}, QStringLiteral("基本情况"))));
    // The timeline's chart keeps its full title: it is not next to the heading.
    bool chartTitled = false;
    for (const FlowUnit &u :
         blocks.block(Block{QStringLiteral("b6"), {}, media}, QStringLiteral("媒体报道")))
        for (const Primitive &p : u.primitives)
            if (const auto *c = std::get_if<ChartBox>(&p))
                chartTitled = c->chart.title.startsWith(QStringLiteral("媒体报道"));
    CHECK(chartTitled);
}

TEST_CASE("blocks: a table keeps its header with two rows and its last two rows together",
          "[print][layout][table]")
{
    const Document doc = smallDocument();
    BlockLayouter blocks(doc, Edition::Public, reportFamily(), PageGeometry{});
    const auto [rows, keeps] = GENERATE(table<int, QList<bool>>({
        // title, header, rows...
        {1, {true, true, false}},
        {2, {true, true, true, false}},
        {3, {true, true, true, true, false}},
        {5, {true, true, true, false, false, true, false}},
    }));
    QList<QStringList> cells;
    for (int i = 0; i < rows; ++i)
        cells.append({QString::number(i)});
    const auto units =
        blocks.table(QStringLiteral("表"), {{QStringLiteral("列"), 1, false}}, cells);
    QList<bool> actual;
    for (const FlowUnit &u : units)
        actual << u.keepWithNext;
    CHECK(actual == keeps);
}
