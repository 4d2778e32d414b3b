#include "FlatSceneRender.h"
#include "ChartBuilder.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <QGraphicsRectItem>
#include <QImage>
#include <QPainter>

using namespace csr;
using namespace csr::print;

namespace {

ChartData chart(ChartType type, const QStringList &categories, const QList<QList<double>> &values)
{
    ChartData d;
    d.type = type;
    d.title = QStringLiteral("基本情况");
    d.unit = QStringLiteral("人");
    d.categories = categories;
    for (int i = 0; i < values.size(); ++i)
        d.series.append({QString::number(2022 + i), values[i]});
    return d;
}

// Drawn larger than the scene (three times: a pixel is a third of a point), as a page is.
QImage drawn(QGraphicsScene &scene, const QRectF &target, bool flat, bool clipped = false,
             qreal scale = 3)
{
    QImage image(900, 600, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    if (clipped)
        painter.setClipRect(QRectF(0, 0, 200, 150));
    if (flat)
        renderSceneFlat(painter, scene, target);
    else
        scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.end();
    return image;
}

QImage blank()
{
    QImage image(900, 600, QImage::Format_ARGB32);
    image.fill(Qt::white);
    return image;
}

} // namespace

TEST_CASE("A chart drawn flat looks as QGraphicsScene::render draws it", "[print][chart]")
{
    const ChartStyle style{test::reportFamily()};
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << QStringLiteral("%1月").arg(m);
    ChartData masked =
        chart(ChartType::Bar, {QStringLiteral("员工"), QStringLiteral("党员")}, {{1184, 525}});
    masked.maskedLabels = {QStringLiteral("营业收入")};
    const QList<std::pair<const char *, ChartData>> charts = {
        {"long labels beside bars",
         chart(ChartType::Bar,
               {QStringLiteral("全口径员工人数"), QStringLiteral("合同工人数"),
                QStringLiteral("党员（含外派）人数")},
               {{1184, 525, 212}})},
        {"months under bars",
         chart(ChartType::Bar, months, {{3, 5, 2, 8, 1, 9, 4, 4, 6, 7, 2, 5}})},
        {"a pie",
         chart(ChartType::Pie, {QStringLiteral("男"), QStringLiteral("女")}, {{640, 544}})},
        {"two years with a legend",
         chart(ChartType::YearOverYear, {QStringLiteral("员工"), QStringLiteral("党员")},
               {{1100, 500}, {1184, 525}})},
        {"a trend line",
         chart(ChartType::TrendLine,
               {QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023")},
               {{1.5, 2.25, 3.0}})},
        {"trend bars",
         chart(ChartType::TrendBars,
               {QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023")},
               {{10, 0, 30}})},
        {"a masked figure noted", masked},
    };
    for (const auto &[name, data] : charts) {
        INFO(name);
        const auto scene = chartScene(data, QSizeF(280, 180), style);
        // As a page draws it: the scene at the target's size, the page scaled onto the device.
        const QRectF target(10, 10, 280, 180);
        const QImage byScene = drawn(*scene, target, false);
        REQUIRE(byScene != blank()); // something is drawn, so the comparison can tell
        CHECK(drawn(*scene, target, true) == byScene);
        CHECK(drawn(*scene, target, true, false, 1.5) == drawn(*scene, target, false, false, 1.5));
        // Shrunk into a smaller target.
        const QRectF smaller(5, 20, 140, 90);
        CHECK(drawn(*scene, smaller, true) == drawn(*scene, smaller, false));
    }
}

TEST_CASE("A chart is drawn flat unless the painter already clips", "[print][chart]")
{
    const ChartStyle style{test::reportFamily()};
    const auto scene = chartScene(
        chart(ChartType::Bar, {QStringLiteral("员工"), QStringLiteral("党员")}, {{1184, 525}}),
        QSizeF(280, 180), style);
    QImage image(300, 200, QImage::Format_ARGB32);
    {
        QPainter painter(&image);
        CHECK(renderSceneFlat(painter, *scene, QRectF(0, 0, 280, 180)));
    }
    {
        QPainter painter(&image);
        painter.setClipRect(QRectF(0, 0, 100, 100));
        CHECK_FALSE(renderSceneFlat(painter, *scene, QRectF(0, 0, 280, 180)));
    }
    // Either way the same picture.
    CHECK(drawn(*scene, QRectF(0, 0, 280, 180), true, true) ==
          drawn(*scene, QRectF(0, 0, 280, 180), false, true));
}

TEST_CASE("A chart drawn flat on a fresh scene looks as render() draws another", "[print][chart]")
{
    // As the export draws it: the scene just built, never drawn or polished before.
    const ChartStyle style{test::reportFamily()};
    const ChartData data =
        chart(ChartType::YearOverYear, {QStringLiteral("员工"), QStringLiteral("党员")},
              {{1100, 500}, {1184, 525}});
    const auto flatFirst = chartScene(data, QSizeF(280, 180), style);
    const auto byScene = chartScene(data, QSizeF(280, 180), style);
    const QRectF target(10, 10, 280, 180);
    const QImage flat = drawn(*flatFirst, target, true);
    CHECK(flat == drawn(*byScene, target, false));
}

TEST_CASE("Items restacked, added and removed after the chart was built are drawn in order",
          "[print][chart]")
{
    const ChartStyle style{test::reportFamily()};
    const auto scene = chartScene(
        chart(ChartType::Bar, {QStringLiteral("员工"), QStringLiteral("党员")}, {{1184, 525}}),
        QSizeF(280, 180), style);
    const QRectF target(10, 10, 280, 180);
    REQUIRE(drawn(*scene, target, true) == drawn(*scene, target, false));
    // A scene without an index lists its items in the order they came, not by stacking order.
    auto *above = scene->addRect(QRectF(30, 40, 120, 50), QPen(Qt::NoPen), QBrush(Qt::blue));
    above->setZValue(5);
    auto *below = scene->addRect(QRectF(0, 0, 280, 180), QPen(Qt::NoPen), QBrush(Qt::red));
    below->setZValue(-5);
    auto *behind = new QGraphicsRectItem(QRectF(20, 30, 200, 30), above);
    behind->setBrush(Qt::green);
    behind->setFlag(QGraphicsItem::ItemStacksBehindParent);
    delete scene->addRect(QRectF(0, 0, 10, 10));
    const QImage byScene = drawn(*scene, target, false);
    CHECK(drawn(*scene, target, true) == byScene);
    // The red background is behind the chart: the chart's own white background hides it.
    CHECK(byScene.pixelColor(3 * (10 + 12), 3 * (10 + 12)) == QColor(Qt::white));
    CHECK(byScene.pixelColor(3 * (10 + 3), 3 * (10 + 3)) == QColor(Qt::red)); // outside it
}
