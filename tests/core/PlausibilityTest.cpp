#include "Plausibility.h"
#include "TestSupport.h"
#include "Validator.h"

using namespace csr;

namespace {

Metric figure(const QString &id, double value, double previous, const QString &unit)
{
    Metric m;
    m.id = id;
    m.label = id;
    m.value = value;
    m.previousValue = previous;
    m.unit = unit;
    return m;
}

int countCode(const QList<Finding> &findings, const QString &code)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [&](const Finding &f) { return f.code == code; }));
}

} // namespace

TEST_CASE("A figure beyond its tolerated change needs an explanation: rates compare in points")
{
    Document doc = test::smallDocument();
    doc.metrics = {figure(QStringLiteral("staff.total"), 1300, 1000, QStringLiteral("人")),
                   figure(QStringLiteral("revenue"), 12.9, 10, QStringLiteral("亿元")),
                   figure(QStringLiteral("rate.up"), 95, 80, QStringLiteral("%")),
                   figure(QStringLiteral("rate.small"), 12, 6, QStringLiteral("%")),
                   figure(QStringLiteral("new.thing"), 5, 0, QStringLiteral("个"))};

    // Defaults: ±30 % for amounts, ±10 points for rates.
    const auto staff = checkPlausibility(doc, doc.metrics[0]);
    CHECK_FALSE(staff); // exactly +30 %: at the limit, tolerated
    CHECK_FALSE(checkPlausibility(doc, doc.metrics[1]));
    const auto up = checkPlausibility(doc, doc.metrics[2]);
    REQUIRE(up);
    CHECK(up->points);
    CHECK(up->change == Approx(15.0)); // 15 points, although it is +18.75 %
    CHECK(formatChange(*up) == QStringLiteral("+15.0 pp"));
    // Doubling a small rate is +100 % but only 6 points: tolerated.
    CHECK_FALSE(checkPlausibility(doc, doc.metrics[3]));
    const auto fromZero = checkPlausibility(doc, doc.metrics[4]);
    REQUIRE(fromZero);
    CHECK(std::isinf(fromZero->change));

    // A metric's own tolerance beats the table's, which beats the report default.
    doc.review.tableTolerances.insert(QStringLiteral("b4"), 5);
    doc.chapters[1].blocks[1].content = MetricTable{
        QStringLiteral("表"), {QStringLiteral("staff.total"), QStringLiteral("revenue")}};
    CHECK(toleranceFor(doc, doc.metrics[1]) == 5);
    const auto revenue = checkPlausibility(doc, doc.metrics[1]);
    REQUIRE(revenue);
    CHECK(revenue->change == Approx(29.0));
    doc.review.metricTolerances.insert(QStringLiteral("revenue"), 40);
    CHECK_FALSE(checkPlausibility(doc, doc.metrics[1]));

    // Validation names the unexplained ones; an explanation silences it.
    auto findings = validate(doc);
    CHECK(countCode(findings, QStringLiteral("figure-unexplained")) == 3); // staff, rate, new
    doc.review.explanations.insert(
        QStringLiteral("rate.up"),
        {QStringLiteral("新客服系统上线"), QStringLiteral("王编辑"), {}});
    findings = validate(doc);
    CHECK(countCode(findings, QStringLiteral("figure-unexplained")) == 2);
    CHECK(unexplainedFiguresIn(doc, doc.chapters[1]) == QStringList{QStringLiteral("staff.total")});
}
