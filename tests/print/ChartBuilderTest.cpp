#include "ChartBuilder.h"
#include "ChartCache.h"
#include "ChartGeometry.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <functional>

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>

using namespace csr;
using namespace csr::print;

namespace {

ChartData data(ChartType type, QStringList categories, QList<QList<double>> values)
{
    ChartData d;
    d.type = type;
    d.title = QStringLiteral("基本情况");
    d.categories = categories;
    for (int i = 0; i < values.size(); ++i)
        d.series.append({QString::number(2022 + i), values[i]});
    return d;
}

} // namespace

TEST_CASE("charts: the series type follows the data", "[print][chart]")
{
    const ChartStyle style{test::reportFamily()};
    SECTION("long labels lie beside horizontal bars, in the data's order from the top")
    {
        auto chart = buildChart(
            data(ChartType::Bar, {QStringLiteral("全口径员工人数"), QStringLiteral("合同工人数")},
                 {{1184, 525}}),
            style);
        REQUIRE(chart->series().size() == 1);
        auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        REQUIRE(bars);
        REQUIRE(bars->count() == 1);
        CHECK(bars->barSets().first()->at(0) == 525); // drawn bottom-up
        CHECK(bars->barSets().first()->at(1) == 1184);
    }
    SECTION("months stand under vertical bars")
    {
        QStringList months;
        for (int m = 1; m <= 12; ++m)
            months << QStringLiteral("%1月").arg(m);
        auto chart = buildChart(data(ChartType::Bar, months, {QList<double>(12, 1.0)}), style);
        CHECK(qobject_cast<QBarSeries *>(chart->series().first()));
    }
    SECTION("year over year has both years and a legend")
    {
        auto chart = buildChart(
            data(ChartType::YearOverYear, {QStringLiteral("党员")}, {{160}, {168}}), style);
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        REQUIRE(bars);
        CHECK(bars->count() == 2);
        CHECK(chart->legend()->isVisible());
    }
    SECTION("a pie has one slice per category")
    {
        auto chart = buildChart(
            data(ChartType::Pie,
                 {QStringLiteral("硕士"), QStringLiteral("本科"), QStringLiteral("大专")},
                 {{25, 293, 124}}),
            style);
        auto *pie = qobject_cast<QPieSeries *>(chart->series().first());
        REQUIRE(pie);
        CHECK(pie->count() == 3);
        CHECK(pie->slices().first()->label().contains(QStringLiteral("硕士")));
    }
    SECTION("masked figures are said to be left out")
    {
        ChartData d = data(ChartType::Bar, {QStringLiteral("党员")}, {{168}});
        d.maskedLabels = {QStringLiteral("经营收入")};
        CHECK(buildChart(d, style)->title().contains(QStringLiteral("保密")));
    }
}

TEST_CASE("charts: every text uses the report font - never a fallback", "[print][chart]")
{
    const ChartStyle style{test::reportFamily()};
    auto chart = buildChart(
        data(ChartType::YearOverYear, {QStringLiteral("全口径员工人数")}, {{1}, {2}}), style);
    CHECK(chart->titleFont().family() == style.fontFamily);
    CHECK(chart->legend()->font().family() == style.fontFamily);
    for (QAbstractAxis *axis : chart->axes())
        CHECK(axis->labelsFont().family() == style.fontFamily);
    CHECK(chart->animationOptions() == QChart::NoAnimation);
}

TEST_CASE("charts: a long category label is shown whole - inside the chart's box", "[print][chart]")
{
    const ChartStyle style{test::reportFamily()};
    const QString longLabel = QStringLiteral("上海市青年技能大赛云计算技术与应用大赛二等奖");
    const ChartData d = data(
        ChartType::Bar,
        {QStringLiteral("中心组集中学习"), longLabel, QStringLiteral("长宁区专业技术拔尖人才")},
        {{12, 2, 1}});
    // The box the layout reserves for the chart (BlockLayouter::chart).
    const QRectF box(0, 0, 420, chartHeight(d));
    QGraphicsScene scene;
    std::unique_ptr<QChart> owned = buildChart(d, style);
    QChart *chart = owned.get();
    chart->setGeometry(box);
    scene.addItem(owned.release());
    scene.setSceneRect(box);
    QImage image(box.size().toSize(), QImage::Format_ARGB32);
    QPainter painter(&image);
    scene.render(&painter, box, box); // lays the chart out, as printing does
    painter.end();

    QString shown;
    int labels = 0;
    for (QGraphicsItem *item : scene.items()) {
        const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !item->isVisible() || text->toPlainText().isEmpty())
            continue;
        const QString plain = text->toPlainText().remove(QLatin1Char('\n'));
        if (!longLabel.contains(plain.left(3)))
            continue;
        ++labels;
        shown += plain;
        INFO(plain.toStdString());
        const QRectF r = item->sceneBoundingRect();
        CHECK(r.left() >= box.left() - 0.5);
        CHECK(r.right() <= box.right() + 0.5);
    }
    CHECK(labels >= 1);
    CHECK(shown.remove(QChar(0x2029)).remove(QChar(0x2028)) == longLabel);
    (void)chart;
}

TEST_CASE("charts: a trend draws years as categories, lines skip a missing year", "[print][chart]")
{
    const ChartStyle style{test::reportFamily()};
    ChartData d;
    d.title = QStringLiteral("员工人数");
    d.categories = {QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022"),
                    QStringLiteral("2023")};
    d.series = {{QStringLiteral("全口径员工"), {1098, 1120, 1152, 1184}},
                {QStringLiteral("合同工"), {560, qQNaN(), 540, 525}}};
    SECTION("lines")
    {
        d.type = ChartType::TrendLine;
        auto chart = buildChart(d, style);
        REQUIRE(chart->series().size() == 2);
        auto *contract = qobject_cast<QLineSeries *>(chart->series().at(1));
        REQUIRE(contract);
        CHECK(contract->name() == QStringLiteral("合同工"));
        CHECK(contract->points() == QList<QPointF>{{0, 560}, {2, 540}, {3, 525}});
        CHECK(contract->pointLabelsVisible());
        CHECK(chart->legend()->isVisible());
        auto *years = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
        REQUIRE(years);
        CHECK(years->categories() == d.categories);
    }
    SECTION("grouped bars: a gap is an empty bar, the values move to an axis")
    {
        d.type = ChartType::TrendBars;
        auto chart = buildChart(d, style);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first()); // years stand upright
        REQUIRE(bars);
        REQUIRE(bars->count() == 2);
        CHECK(bars->barSets().at(1)->at(1) == 0);
        CHECK_FALSE(bars->isLabelsVisible());
        CHECK(chart->axes(Qt::Vertical).first()->isVisible());

        d.series[1].values[1] = 551; // no gap: labels on the bars, no axis
        auto full = buildChart(d, style);
        CHECK(qobject_cast<QBarSeries *>(full->series().first())->isLabelsVisible());
        CHECK_FALSE(full->axes(Qt::Vertical).first()->isVisible());
    }
}

TEST_CASE("charts: new values go into the chart built, anything else needs a new chart",
          "[print][chart]")
{
    const ChartStyle style{test::reportFamily()};
    const auto barValues = [](QChart &chart) {
        QList<QList<double>> out;
        auto *series = qobject_cast<QAbstractBarSeries *>(chart.series().first());
        for (QBarSet *set : series->barSets()) {
            QList<double> values;
            for (int i = 0; i < set->count(); ++i)
                values << set->at(i);
            out << values;
        }
        return out;
    };
    SECTION("bars, in the order they are drawn (long labels: horizontal, top-down)")
    {
        const QStringList categories{QStringLiteral("全口径员工人数"),
                                     QStringLiteral("合同工人数")};
        const ChartData before = data(ChartType::YearOverYear, categories, {{10, 20}, {30, 40}});
        const ChartData after = data(ChartType::YearOverYear, categories, {{10, 20}, {35, 400}});
        auto chart = buildChart(before, style);
        REQUIRE(updateChart(*chart, before, after));
        const auto fresh = buildChart(after, style);
        CHECK(barValues(*chart) == barValues(*fresh));
        CHECK(barValues(*chart).last().contains(400));
    }
    SECTION("a pie's slices and their labels")
    {
        const QStringList categories{QStringLiteral("男"), QStringLiteral("女")};
        const ChartData before = data(ChartType::Pie, categories, {{60, 40}});
        const ChartData after = data(ChartType::Pie, categories, {{70, 30}});
        auto chart = buildChart(before, style);
        REQUIRE(updateChart(*chart, before, after));
        auto *pie = qobject_cast<QPieSeries *>(chart->series().first());
        CHECK(pie->slices().at(0)->value() == 70);
        CHECK(pie->slices().at(0)->label().contains(QStringLiteral("70")));
    }
    SECTION("another category or series is refused, and the chart is left alone")
    {
        const ChartData before = data(ChartType::Bar, {QStringLiteral("甲")}, {{1}});
        auto chart = buildChart(before, style);
        CHECK_FALSE(
            updateChart(*chart, before, data(ChartType::Bar, {QStringLiteral("乙")}, {{1}})));
        CHECK_FALSE(
            updateChart(*chart, before, data(ChartType::Bar, {QStringLiteral("甲")}, {{1}, {2}})));
        CHECK(barValues(*chart) == QList<QList<double>>{{1}});
    }
}

namespace {
// What `draw` paints onto a white 300×200 image.
QImage painted(const std::function<void(QPainter &)> &draw)
{
    QImage image(300, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    draw(painter);
    painter.end();
    return image;
}
} // namespace

TEST_CASE("charts: a chart drawn again from the cache looks as drawn anew", "[print][chart]")
{
    const ChartStyle style{test::reportFamily()};
    const ChartData first =
        data(ChartType::Bar, {QStringLiteral("员工"), QStringLiteral("党员")}, {{1184, 525}});
    ChartData other = first;
    other.series[0].values[1] = 526;
    const QRectF target(10, 10, 280, 180);
    const QImage fresh = painted([&](QPainter &p) { renderChart(p, first, target, style); });
    const QImage otherFresh = painted([&](QPainter &p) { renderChart(p, other, target, style); });
    REQUIRE(fresh != otherFresh); // the check below can tell two charts apart

    ChartCache cache(style);
    // The first time builds, the second keeps the scene, the third and later draw the kept one.
    for (int time = 1; time <= 4; ++time) {
        INFO("time " << time);
        CHECK(painted([&](QPainter &p) { cache.render(p, first, target); }) == fresh);
        // A chart that differs in one value is never drawn from another's scene.
        CHECK(painted([&](QPainter &p) { cache.render(p, other, target); }) == otherFresh);
    }
    // Elsewhere on the page: the kept scene is drawn where it is asked to be.
    const QRectF moved(0, 0, 280, 180);
    CHECK(painted([&](QPainter &p) { cache.render(p, first, moved); }) ==
          painted([&](QPainter &p) { renderChart(p, first, moved, style); }));
}
