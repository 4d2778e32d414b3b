#include "Metric.h"
#include "TestSupport.h"

using namespace csr;

namespace {
Metric metric(std::optional<double> value, std::optional<double> previous,
              bool confidential = false)
{
    Metric m;
    m.id = QStringLiteral("m");
    m.label = QStringLiteral("M");
    m.value = value;
    m.previousValue = previous;
    m.confidential = confidential;
    return m;
}
} // namespace

TEST_CASE("Year-over-year change is computed from both years")
{
    // rows: value, last year, expected percent
    struct Row
    {
        double value, previous, percent;
    };
    const Row rows[] = {
        {1184, 1100, 7.636363636}, // growth
        {500, 1000, -50.0},        // halving
        {-20, -40, 50.0},          // negative base: the change is relative to its magnitude
        {3673.79, 3673.79, 0.0},   // unchanged
    };
    for (const Row &r : rows) {
        const auto p = yearOverYearPercent(metric(r.value, r.previous));
        REQUIRE(p);
        CHECK(*p == Approx(r.percent).margin(1e-6));
        CHECK(*yearOverYearChange(metric(r.value, r.previous)) == Approx(r.value - r.previous));
    }
}

TEST_CASE("Year-over-year change is empty when it cannot be computed")
{
    CHECK_FALSE(yearOverYearPercent(metric(10, std::nullopt)));
    CHECK_FALSE(yearOverYearPercent(metric(std::nullopt, 10)));
    CHECK_FALSE(yearOverYearPercent(metric(10, 0))); // no base to divide by
    CHECK(yearOverYearChange(metric(10, 0)) == 10.0);
    CHECK(formatYearOverYear(metric(10, 0), Edition::Internal).isEmpty());
}

TEST_CASE("Year-over-year is formatted with sign and one decimal, masked when confidential")
{
    CHECK(formatYearOverYear(metric(107.1, 100), Edition::Public) == QStringLiteral("+7.1%"));
    CHECK(formatYearOverYear(metric(90, 100), Edition::Public) == QStringLiteral("-10.0%"));
    CHECK(formatYearOverYear(metric(100, 100), Edition::Public) == QStringLiteral("0.0%"));
    CHECK(formatYearOverYear(metric(120, 100, true), Edition::Public) == QStringLiteral("**"));
    CHECK(formatYearOverYear(metric(120, 100, true), Edition::Internal) ==
          QStringLiteral("+20.0%"));
}

TEST_CASE("Metric values print as typed, masked in the public edition")
{
    CHECK(formatMetricValue(metric(1184, {}), Edition::Public) == QStringLiteral("1184"));
    CHECK(formatMetricValue(metric(37.37, {}), Edition::Public) == QStringLiteral("37.37"));
    CHECK(formatMetricValue(metric(3673.79, {}), Edition::Public) == QStringLiteral("3673.79"));
    CHECK(formatMetricValue(metric(0.1 + 0.2, {}), Edition::Public) ==
          QStringLiteral("0.30000000000000004"));
    CHECK(formatMetricValue(metric(12.5, {}, true), Edition::Public) == QStringLiteral("**"));
    CHECK(formatMetricValue(metric(12.5, {}, true), Edition::Internal) == QStringLiteral("12.5"));
    CHECK(formatMetricValue(metric(std::nullopt, {}, true), Edition::Public) ==
          QStringLiteral("**"));
    CHECK(formatMetricValue(metric(std::nullopt, {}), Edition::Internal).isEmpty());
    Metric fixed = metric(95.5, {});
    fixed.decimals = 2;
    CHECK(formatMetricValue(fixed, Edition::Public) == QStringLiteral("95.50"));
}
