#include "ChartData.h"
#include "TestSupport.h"

using namespace csr;

TEST_CASE("A metric table's chart never carries a masked value")
{
    const Document doc = test::smallDocument();
    const auto *table = std::get_if<MetricTable>(&doc.chapters[1].blocks[1].content);
    REQUIRE(table);
    const ChartData pub = chartForTable(doc, *table, Edition::Public);
    CHECK(pub.categories == QStringList{QStringLiteral("全口径员工")});
    REQUIRE(pub.series.size() == 1);
    CHECK(pub.series[0].values == QList<double>{1184});
    CHECK(pub.maskedLabels == QStringList{QStringLiteral("经营收入")});

    // 人 and 亿元 tie: the first unit is charted, the other metric left out of the chart.
    const ChartData internal = chartForTable(doc, *table, Edition::Internal);
    CHECK(internal.categories == QStringList{QStringLiteral("全口径员工")});
    CHECK(internal.series[0].values == QList<double>{1184});
    CHECK(internal.maskedLabels.isEmpty());
    CHECK(internal.unit == QStringLiteral("人"));
}

TEST_CASE("A table's chart shows only the unit most of its metrics share")
{
    Document doc = test::smallDocument();
    auto metric = [](const QString &id, double value, const QString &unit) {
        return Metric{id, id, value, unit, std::nullopt, {}, false, -1};
    };
    doc.metrics = {metric(QStringLiteral("rate"), 7.1, QStringLiteral("%")),
                   metric(QStringLiteral("a"), 484, QStringLiteral("人")),
                   metric(QStringLiteral("b"), 5, QStringLiteral("人")),
                   metric(QStringLiteral("money"), 8.45, QStringLiteral("万元")),
                   metric(QStringLiteral("c"), 16, QStringLiteral("人"))};
    const MetricTable table{QStringLiteral("t"),
                            {QStringLiteral("rate"), QStringLiteral("a"), QStringLiteral("b"),
                             QStringLiteral("money"), QStringLiteral("c")},
                            ChartType::Bar};
    for (Edition edition : {Edition::Public, Edition::Internal}) {
        const ChartData c = chartForTable(doc, table, edition);
        CHECK(c.unit == QStringLiteral("人"));
        CHECK(c.categories ==
              QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        REQUIRE(c.series.size() == 1);
        CHECK(c.series[0].values == QList<double>{484, 5, 16});
    }
}

TEST_CASE("A year-over-year chart has last year's series first")
{
    const Document doc = test::smallDocument();
    MetricTable table{
        QStringLiteral("t"), {QStringLiteral("staff.total")}, ChartType::YearOverYear};
    const ChartData c = chartForTable(doc, table, Edition::Public);
    REQUIRE(c.series.size() == 2);
    CHECK(c.series[0].name == QStringLiteral("2022"));
    CHECK(c.series[0].values == QList<double>{1100});
    CHECK(c.series[1].values == QList<double>{1184});
    CHECK(c.unit == QStringLiteral("人"));

    // revenue has no value for last year: it is left out rather than drawn as zero
    MetricTable both{QStringLiteral("t"),
                     {QStringLiteral("staff.total"), QStringLiteral("revenue")},
                     ChartType::YearOverYear};
    CHECK(chartForTable(doc, both, Edition::Internal).categories ==
          QStringList{QStringLiteral("全口径员工")});
    both.chart = ChartType::Bar;
    // Both have a value now, but 人 and 亿元 do not share a scale: the first unit wins the tie.
    CHECK(chartForTable(doc, both, Edition::Internal).categories ==
          QStringList{QStringLiteral("全口径员工")});
}

TEST_CASE("A timeline is charted as events per month")
{
    Timeline t;
    t.entries = {TimelineEntry{QDate(2023, 1, 20), QStringLiteral("a"), {}, {}, {}},
                 TimelineEntry{QDate(2023, 1, 22), QStringLiteral("b"), {}, {}, {}},
                 TimelineEntry{QDate(2023, 12, 5), QStringLiteral("c"), {}, {}, {}},
                 TimelineEntry{QDate(2022, 12, 5), QStringLiteral("outside"), {}, {}, {}}};
    const ChartData c = chartForTimeline(t, 2023);
    REQUIRE(c.categories.size() == 12);
    REQUIRE(c.series.size() == 1);
    CHECK(c.series[0].values[0] == 2);
    CHECK(c.series[0].values[11] == 1);
    double total = 0;
    for (double v : c.series[0].values)
        total += v;
    CHECK(total == 3);
}
