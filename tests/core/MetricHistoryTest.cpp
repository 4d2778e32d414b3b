#include "ChartData.h"
#include "DocumentFormat.h"
#include "RollForward.h"
#include "Template.h"
#include "TemplateWriter.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csr;

namespace {

// staff.total: 2023 1184, 2022 1100, history 2021 1050 and 2019 990 (no 2020).
Document documentWithHistory()
{
    Document doc = test::smallDocument();
    Metric *staff = doc.findMetric(QStringLiteral("staff.total"));
    staff->history = {{2021, 1050}, {2019, 990}};
    doc.metadata.yearColumns = 4;
    return doc;
}

MetricTable &firstTable(Document &doc)
{
    for (Chapter &c : doc.chapters)
        for (Block &b : c.blocks)
            if (auto *t = std::get_if<MetricTable>(&b.content))
                return *t;
    FAIL("no table");
    throw 0;
}

QByteArray readData(const QString &name)
{
    return test::readFile(QStringLiteral(CSR_SOURCE_DIR "/tests/core/data/") + name);
}

} // namespace

TEST_CASE("A metric's history, the trend charts and the year columns survive a round trip")
{
    Document doc = documentWithHistory();
    MetricTable &table = firstTable(doc);
    table.chart = ChartType::TrendLine;
    table.trendYears = 4;
    const QByteArray json = DocumentFormat::toJson(doc);
    CHECK(json.contains(test::formatVersionLine()));
    CHECK(json.contains("\"history\": {\n                \"2019\": 990,\n                "
                        "\"2021\": 1050\n            }"));
    CHECK(json.contains("\"chart\": \"trendLine\""));
    CHECK(json.contains("\"trendYears\": 4"));
    CHECK(json.contains("\"yearColumns\": 4"));
    const auto read = DocumentFormat::fromJson(json);
    REQUIRE(read.ok());
    CHECK(read.document == doc);
    CHECK(DocumentFormat::toJson(read.document) == json);

    // Defaults stay out of the file.
    const QByteArray plain = DocumentFormat::toJson(test::smallDocument());
    CHECK_FALSE(plain.contains("\"history\""));
    CHECK_FALSE(plain.contains("\"yearColumns\""));
    CHECK_FALSE(plain.contains("\"trendYears\""));
}

TEST_CASE("Older format versions read unchanged and save as the current version")
{
    SECTION("format 1")
    {
        const auto read =
            DocumentFormat::fromJson(readData(QStringLiteral("format-v1-small.csreport")));
        REQUIRE(read.ok());
        const Document &doc = read.document;
        CHECK(doc.metadata.yearColumns == ReportMetadata::DefaultYearColumns);
        REQUIRE_FALSE(doc.metrics.isEmpty());
        for (const Metric &m : doc.metrics)
            CHECK(m.history.isEmpty());
        const QByteArray written = DocumentFormat::toJson(doc);
        CHECK(written.contains(test::formatVersionLine()));
        const auto again = DocumentFormat::fromJson(written);
        REQUIRE(again.ok());
        CHECK(again.document == doc);
    }
    SECTION("format 2: the sample as it was committed before format 3")
    {
        const QByteArray v2 = readData(QStringLiteral("format-v2-west-district-2023.csreport"));
        REQUIRE(v2.contains(test::formatVersionLine(2)));
        const auto read = DocumentFormat::fromJson(v2);
        REQUIRE(read.ok());
        CHECK(read.document == test::loadSample());
        // Only the version number differs when written again.
        QByteArray expected = v2;
        expected.replace(test::formatVersionLine(2), test::formatVersionLine());
        CHECK(DocumentFormat::toJson(read.document) == expected);
    }
}

TEST_CASE("A damaged history, trend span or year-column count is refused with its place")
{
    auto readWith = [](const QByteArray &metricExtra, const QByteArray &metaExtra = {},
                       const QByteArray &tableExtra = {}) {
        const QByteArray json = "{\"formatVersion\": 3, \"metadata\": {\"unitName\": \"u\", "
                                "\"year\": 2023" +
                                metaExtra + "}, \"metrics\": [{\"id\": \"a\", \"label\": \"A\"" +
                                metricExtra +
                                "}], \"chapters\": [{\"id\": \"c1\", \"title\": \"T\", "
                                "\"blocks\": [{\"id\": \"b1\", \"type\": \"metricTable\", "
                                "\"metricIds\": [\"a\"]" +
                                tableExtra + "}]}]}";
        return DocumentFormat::fromJson(json);
    };
    CHECK(readWith(", \"history\": {\"2021\": 5}").ok());
    const auto notYear = readWith(", \"history\": {\"last\": 5}");
    CHECK(notYear.error.kind == ReadErrorKind::InvalidValue);
    CHECK(notYear.error.message.contains(QStringLiteral("metrics[0].history")));
    CHECK(notYear.error.message.contains(QStringLiteral("\"last\" is not a year")));
    const auto text = readWith(", \"history\": {\"2021\": \"5\"}");
    CHECK(text.error.kind == ReadErrorKind::WrongType);
    CHECK(text.error.message.contains(QStringLiteral("metrics[0].history")));
    CHECK(readWith(", \"history\": [5]").error.kind == ReadErrorKind::WrongType);
    const auto columns = readWith({}, ", \"yearColumns\": 9");
    CHECK(columns.error.kind == ReadErrorKind::InvalidValue);
    CHECK(columns.error.message.contains(QStringLiteral("metadata.yearColumns")));
    const auto span = readWith({}, {}, ", \"chart\": \"trendBars\", \"trendYears\": 8");
    CHECK(span.error.kind == ReadErrorKind::InvalidValue);
    CHECK(span.error.message.contains(QStringLiteral("trendYears")));
    CHECK(readWith({}, {}, ", \"chart\": \"trendBars\", \"trendYears\": 3").ok());
}

TEST_CASE("Rolling forward keeps every value with its year")
{
    const Document last = documentWithHistory();
    const Document next = rollForward(last, 2024);
    const Metric *staff = next.findMetric(QStringLiteral("staff.total"));
    REQUIRE(staff);
    CHECK_FALSE(staff->value);
    CHECK(staff->previousValue == 1184);
    CHECK(staff->history == QMap<int, double>{{2022, 1100}, {2021, 1050}, {2019, 990}});
    CHECK(next.metadata.yearColumns == 4);

    // Two years on (a year skipped): 2023 becomes history, there is no last year's value.
    const Document later = rollForward(last, 2025);
    const Metric *s2 = later.findMetric(QStringLiteral("staff.total"));
    CHECK_FALSE(s2->previousValue);
    CHECK(s2->history == QMap<int, double>{{2023, 1184}, {2022, 1100}, {2021, 1050}, {2019, 990}});

    // Rolled twice, the chart still finds all years.
    const Document twice = rollForward(next, 2025);
    CHECK(valueInYear(*twice.findMetric(QStringLiteral("staff.total")), 2025, 2023) == 1184);
}

TEST_CASE("A trend chart spans the years with values, ending with the report's year")
{
    Document doc = documentWithHistory();
    MetricTable &table = firstTable(doc);
    table.chart = ChartType::TrendBars;

    const ChartData chart = chartForTable(doc, table, Edition::Public);
    CHECK(chart.type == ChartType::TrendBars);
    CHECK(chart.categories == QStringList{"2019", "2020", "2021", "2022", "2023"});
    // The confidential revenue is left out, and named as left out.
    CHECK(chart.maskedLabels == QStringList{QStringLiteral("经营收入")});
    REQUIRE(chart.series.size() == 1);
    CHECK(chart.series[0].name == QStringLiteral("全口径员工"));
    const QList<double> v = chart.series[0].values;
    REQUIRE(v.size() == 5);
    CHECK(v[0] == 990);
    CHECK(qIsNaN(v[1])); // 2020 has no value
    CHECK(v[2] == 1050);
    CHECK(v[3] == 1100);
    CHECK(v[4] == 1184);
    CHECK(chart == chartForTable(doc, table, Edition::Public)); // NaN compares equal

    table.trendYears = 3;
    CHECK(chartForTable(doc, table, Edition::Public).categories ==
          QStringList{"2021", "2022", "2023"});

    // Without history the chart starts where the values do.
    doc.findMetric(QStringLiteral("staff.total"))->history.clear();
    table.trendYears = 5;
    CHECK(chartForTable(doc, table, Edition::Public).categories == QStringList{"2022", "2023"});

    // The internal edition charts the confidential figure, in its own unit only if it is the
    // unit most metrics share: here a tie, so the first metric's unit.
    const ChartData internal = chartForTable(doc, table, Edition::Internal);
    CHECK(internal.maskedLabels.isEmpty());
    CHECK(internal.unit == QStringLiteral("人"));
}

TEST_CASE("A template keeps the report's year columns but no history and a new report takes them")
{
    const Document report = documentWithHistory();
    const Template t =
        templateFromReport(report, QStringLiteral("years"), QStringLiteral("Years"), QString());
    CHECK(t.skeleton.metadata.yearColumns == 4);
    for (const Metric &m : t.skeleton.metrics)
        CHECK(m.history.isEmpty());
    const auto read = templateFromJson(templateToJson(t), QStringLiteral("years.json"), nullptr);
    REQUIRE(read);
    const Document fresh = newDocument(*read, QStringLiteral("单位"), 2024);
    CHECK(fresh.metadata.yearColumns == 4);
}
