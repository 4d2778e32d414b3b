// Rates compared in percentage points, a table charted per unit with what is left out named,
// events outside the report's period, and the new optional keys (comparison, chartUnit,
// tocDepth) read and written.
#include "ChartData.h"
#include "DocumentFormat.h"
#include "OpenData.h"
#include "Plausibility.h"
#include "ReportPeriod.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <numeric>

using namespace csr;

namespace {
Metric metric(const QString &id, std::optional<double> value, const QString &unit,
              std::optional<double> previous = std::nullopt, bool confidential = false)
{
    Metric m;
    m.id = id;
    m.label = id;
    m.value = value;
    m.unit = unit;
    m.previousValue = previous;
    m.confidential = confidential;
    return m;
}
} // namespace

TEST_CASE("A rate's change is in percentage points, a count's in per cent")
{
    struct Row
    {
        QString unit;
        Comparison comparison;
        QString printed;
    };
    const Row row = GENERATE(values<Row>({
        {QStringLiteral("%"), Comparison::Default, QStringLiteral("+1.6 pp")},
        {QStringLiteral("％"), Comparison::Default, QStringLiteral("+1.6 pp")},
        {QStringLiteral("%"), Comparison::Relative, QStringLiteral("+1.7%")},
        {QStringLiteral("人"), Comparison::Default, QStringLiteral("+1.7%")},
        {QStringLiteral("分"), Comparison::Points, QStringLiteral("+1.6 pp")},
    }));
    Metric m = metric(QStringLiteral("rate"), 96.8, row.unit, 95.2);
    m.comparison = row.comparison;
    CHECK(formatYearOverYear(m, Edition::Public) == row.printed);
    CHECK(isRate(m) == row.printed.endsWith(QStringLiteral("pp")));
    // The printed report passes its own word for points.
    if (comparesInPoints(m))
        CHECK(formatYearOverYear(m, Edition::Public, QStringLiteral(" 个百分点")) ==
              QStringLiteral("+1.6 个百分点"));
    CHECK(formatYearOverYear(metric(QStringLiteral("r"), 90, QStringLiteral("%"), 90),
                             Edition::Public) == QStringLiteral("0.0 pp"));
}

TEST_CASE("Validation and open data measure a rate's change as the print does")
{
    Document doc = test::smallDocument();
    // 2 % to 4 %: +100 % relative, +2 points; no large-change warning in points.
    doc.metrics.append(metric(QStringLiteral("rate"), 4, QStringLiteral("%"), 2));
    auto large = [&] {
        for (const Finding &f : validate(doc))
            if (f.code == QStringLiteral("metric-large-change") &&
                f.location.metricId == QStringLiteral("rate"))
                return f.message;
        return QString();
    };
    CHECK(large().isEmpty());
    doc.findMetric(QStringLiteral("rate"))->comparison = Comparison::Relative;
    CHECK(large().contains(QStringLiteral("+100.0%")));

    doc.findMetric(QStringLiteral("rate"))->comparison = Comparison::Default;
    const OpenDataSet data = openDataSet(doc, Edition::Internal);
    for (const OpenDataRow &r : data.rows)
        if (r.id == QStringLiteral("rate")) {
            CHECK(r.changeUnit == QStringLiteral("pp"));
            CHECK(*r.change == 2.0);
        }
}

TEST_CASE("The optional keys comparison, chartUnit and tocDepth round-trip and are checked")
{
    Document doc = test::smallDocument();
    doc.metrics[0].comparison = Comparison::Points;
    doc.metadata.tocDepth = 3;
    std::get<MetricTable>(doc.chapters[1].blocks[1].content).chartUnit = QStringLiteral("人");
    const QByteArray bytes = DocumentFormat::toJson(doc);
    CHECK(bytes.contains("\"comparison\": \"points\""));
    CHECK(bytes.contains("\"tocDepth\": 3"));
    CHECK(bytes.contains("\"chartUnit\": \"人\""));
    const auto read = DocumentFormat::fromJson(bytes);
    REQUIRE(read.ok());
    CHECK(read.document == doc);

    // Absent keys keep their defaults and are not written.
    const QByteArray plain = DocumentFormat::toJson(test::smallDocument());
    CHECK_FALSE(plain.contains("comparison"));
    CHECK_FALSE(plain.contains("tocDepth"));
    CHECK_FALSE(plain.contains("chartUnit"));
    CHECK(DocumentFormat::fromJson(plain).document.metadata.tocDepth == 2);

    QByteArray bad = bytes;
    bad.replace("\"comparison\": \"points\"", "\"comparison\": \"percent\"");
    auto r = DocumentFormat::fromJson(bad);
    CHECK_FALSE(r.ok());
    CHECK(r.error.path == QStringLiteral("metrics[0].comparison"));
    CHECK(r.error.message.contains(QStringLiteral("percent")));
    bad = bytes;
    bad.replace("\"tocDepth\": 3", "\"tocDepth\": 4");
    r = DocumentFormat::fromJson(bad);
    CHECK_FALSE(r.ok());
    CHECK(r.error.path == QStringLiteral("metadata.tocDepth"));
}

TEST_CASE("A mixed-unit table gets one chart per unit and names what none shows")
{
    Document doc = test::smallDocument();
    doc.metrics = {metric(QStringLiteral("staff"), 120, QStringLiteral("人"), 110),
                   metric(QStringLiteral("hours"), 3600, QStringLiteral("小时")),
                   metric(QStringLiteral("rate"), 96.8, QStringLiteral("%"), 95.2),
                   metric(QStringLiteral("party"), 40, QStringLiteral("名")),
                   metric(QStringLiteral("empty"), std::nullopt, QStringLiteral("人")),
                   metric(QStringLiteral("secret"), 9, QStringLiteral("人"), 8, true),
                   metric(QStringLiteral("volunteers"), 80, QStringLiteral("人"))};
    MetricTable table{QStringLiteral("t"),
                      {QStringLiteral("staff"), QStringLiteral("hours"), QStringLiteral("rate"),
                       QStringLiteral("party"), QStringLiteral("empty"), QStringLiteral("secret"),
                       QStringLiteral("volunteers")},
                      ChartType::Bar};
    const TableCharts pub = chartsForTable(doc, table, Edition::Public);
    QStringList units;
    for (const ChartData &c : pub.charts)
        units << c.unit;
    CHECK(units == QStringList{QStringLiteral("人"), QStringLiteral("小时"), QStringLiteral("%"),
                               QStringLiteral("名")});
    CHECK(pub.charts[0].categories ==
          QStringList{QStringLiteral("staff"), QStringLiteral("volunteers")});
    CHECK(pub.leftOut == QList<LeftOutOfChart>{
                             {QStringLiteral("empty"), QStringLiteral("人"), NotCharted::NoValue},
                             {QStringLiteral("secret"), QStringLiteral("人"), NotCharted::Masked}});
    // Internal: the confidential figure is charted with its unit.
    CHECK(chartsForTable(doc, table, Edition::Internal)
              .charts[0]
              .categories.contains(QStringLiteral("secret")));

    // Every metric of the table is in exactly one chart or left out with a reason.
    const Edition edition = GENERATE(Edition::Public, Edition::Internal);
    const ChartType type = GENERATE(ChartType::Bar, ChartType::Pie, ChartType::YearOverYear,
                                    ChartType::TrendLine, ChartType::TrendBars);
    table.chart = type;
    table.chartUnit = GENERATE(QString(), QStringLiteral("%"));
    const TableCharts all = chartsForTable(doc, table, edition);
    QStringList named;
    for (const ChartData &c : all.charts) {
        named += isTrend(type) ? [&] {
            QStringList s;
            for (const ChartSeries &series : c.series)
                s << series.name;
            return s;
        }()
                               : c.categories;
        if (!table.chartUnit.isEmpty())
            CHECK(c.unit == table.chartUnit);
    }
    for (const LeftOutOfChart &l : all.leftOut)
        named << l.label;
    named.sort();
    QStringList labels = table.metricIds;
    labels.sort();
    CHECK(named == labels);
    if (type == ChartType::YearOverYear && table.chartUnit.isEmpty())
        CHECK(all.leftOut.contains(LeftOutOfChart{QStringLiteral("hours"), QStringLiteral("小时"),
                                                  NotCharted::NoLastYear}));
    if (!table.chartUnit.isEmpty())
        CHECK(all.leftOut.contains(
            LeftOutOfChart{QStringLiteral("party"), QStringLiteral("名"), NotCharted::OtherUnit}));
}

TEST_CASE("Events outside the report's period are in neither the table's entries nor the chart")
{
    Document doc = test::smallDocument();
    doc.metadata.year = 2023;
    doc.metadata.periodStart = QDate(2023, 1, 1);
    doc.metadata.periodEnd = QDate(2023, 12, 31);
    Timeline t;
    t.title = QStringLiteral("媒体报道");
    t.entries = {TimelineEntry{QDate(2023, 3, 1), QStringLiteral("in"), {}, {}, {}},
                 TimelineEntry{QDate(2024, 1, 5), QStringLiteral("after"), {}, {}, {}},
                 TimelineEntry{QDate(2022, 12, 31), QStringLiteral("before"), {}, {}, {}}};
    const ReportPeriod period = reportPeriod(doc.metadata);
    const Timeline shown = entriesInPeriod(t, period);
    REQUIRE(shown.entries.size() == 1);
    CHECK(shown.entries[0].title == QStringLiteral("in"));
    const ChartData c = chartForTimeline(t, period);
    CHECK(c.categories.size() == 12);
    CHECK(c.series[0].values[2] == 1);
    CHECK(std::accumulate(c.series[0].values.begin(), c.series[0].values.end(), 0.0) == 1);

    // A period across two years is charted month by month with the year.
    doc.metadata.periodStart = QDate(2023, 7, 1);
    doc.metadata.periodEnd = QDate(2024, 6, 30);
    const ChartData across = chartForTimeline(t, reportPeriod(doc.metadata));
    CHECK(across.categories.size() == 12);
    CHECK(across.categories.first() == QStringLiteral("2023年7月"));
    CHECK(across.series[0].values[6] == 1); // 2024-01

    // The validator's warning says what the print does with it.
    doc.metadata.periodStart = QDate(2023, 1, 1);
    doc.metadata.periodEnd = QDate(2023, 12, 31);
    doc.chapters[1].blocks.append(Block{QStringLiteral("tl"), {}, t});
    int warned = 0;
    for (const Finding &f : validate(doc))
        if (f.code == QStringLiteral("event-outside-period")) {
            ++warned;
            CHECK(f.message.contains(QStringLiteral("leaves it out of the events table and of "
                                                    "its monthly chart")));
        }
    CHECK(warned == 2);
}
