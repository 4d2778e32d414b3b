#include "ChartBuilder.h"

#include "ChartGeometry.h"
#include "FlatSceneRender.h"
#include "Metric.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QtNumeric>

namespace csr::print {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::ChartBuilder)
};

// The style's colour for the i-th series or slice (a style has at least one).
QColor paletteColor(const ChartStyle &style, qsizetype i)
{
    const QList<QColor> &palette = style.palette.isEmpty() ? ChartLook().palette : style.palette;
    return palette[i % palette.size()];
}

QFont pixelFont(const ChartStyle &style, int pixels, bool bold = false)
{
    QFont f(style.fontFamily);
    f.setFamilies(QStringList{style.fontFamily});
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setStyleStrategy(QFont::NoFontMerging);
    return f;
}

double largestValue(const ChartData &data)
{
    double max = 0;
    for (const ChartSeries &s : data.series)
        for (double v : s.values)
            if (!qIsNaN(v))
                max = std::max(max, v);
    return max;
}

void addBars(QChart &chart, const ChartData &data, const ChartStyle &style)
{
    const bool horizontal = horizontalBars(data);
    QAbstractBarSeries *series = horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    const bool twoYears = data.series.size() > 1;
    // Horizontal bars list the first category at the bottom; reverse so they read top-down.
    auto ordered = [&](const QList<double> &values) {
        QList<double> out = values;
        if (horizontal)
            std::reverse(out.begin(), out.end());
        return out;
    };
    // Axis labels are rich text in Qt Charts, so a wrapped label's lines join with <br>.
    QStringList categories;
    for (const QString &c : data.categories) {
        QStringList lines = categoryLabelLines(c, data.halfWidth);
        for (QString &l : lines)
            l = l.toHtmlEscaped();
        categories << lines.join(QStringLiteral("<br>"));
    }
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
    // A trend may lack a year's value (NaN): its bar stays empty, and as Qt Charts labels every
    // bar or none, the values then go on a visible axis instead of a "0" over the gap.
    bool gaps = false;
    for (int i = 0; i < data.series.size(); ++i) {
        auto *set = new QBarSet(data.series[i].name);
        for (double v : ordered(data.series[i].values)) {
            gaps |= qIsNaN(v);
            *set << (qIsNaN(v) ? 0.0 : v);
        }
        set->setColor(paletteColor(style, twoYears ? i : 1));
        set->setBorderColor(Qt::transparent);
        set->setLabelFont(pixelFont(style, style.labelPixelSize));
        set->setLabelColor(Qt::black);
        series->append(set);
    }
    series->setBarWidth(twoYears ? 0.8 : 0.6);
    series->setLabelsVisible(!gaps);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart.addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(pixelFont(style, style.labelPixelSize));
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setTruncateLabels(false);
    chart.addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    // The bars carry their values as labels; a value axis would only add noise. It still sets the
    // scale, with room for the labels past the longest bar.
    const double max = largestValue(data);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, max > 0 ? max * (horizontal ? 1.22 : 1.18) : 1);
    valueAxis->setVisible(gaps);
    if (gaps) {
        valueAxis->applyNiceNumbers();
        valueAxis->setLabelFormat(QStringLiteral("%.10g"));
    }
    valueAxis->setLabelsFont(pixelFont(style, style.labelPixelSize));
    chart.addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    chart.legend()->setVisible(twoYears);
}

// Each metric a line over the years, its values beside the points; a missing year is skipped.
void addTrendLines(QChart &chart, const ChartData &data, const ChartStyle &style)
{
    auto *yearAxis = new QBarCategoryAxis;
    yearAxis->append(data.categories);
    yearAxis->setLabelsFont(pixelFont(style, style.labelPixelSize));
    yearAxis->setGridLineVisible(false);
    chart.addAxis(yearAxis, Qt::AlignBottom);
    const double max = largestValue(data);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, max > 0 ? max * 1.18 : 1);
    valueAxis->applyNiceNumbers(); // 0, 500, 1000, 1500 rather than 349.28, 698.56
    valueAxis->setLabelsFont(pixelFont(style, style.labelPixelSize));
    valueAxis->setLabelFormat(QStringLiteral("%.10g"));
    chart.addAxis(valueAxis, Qt::AlignLeft);
    for (int i = 0; i < data.series.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(data.series[i].name);
        const QList<double> &values = data.series[i].values;
        for (int x = 0; x < values.size(); ++x)
            if (!qIsNaN(values[x]))
                line->append(x, values[x]);
        QPen pen(paletteColor(style, i + 1));
        pen.setWidthF(1.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setPointLabelsVisible(true);
        line->setPointLabelsFormat(QStringLiteral("@yPoint"));
        line->setPointLabelsFont(pixelFont(style, style.labelPixelSize));
        line->setPointLabelsColor(Qt::black);
        line->setPointLabelsClipping(false);
        chart.addSeries(line);
        line->attachAxis(yearAxis);
        line->attachAxis(valueAxis);
    }
    chart.legend()->setVisible(data.series.size() > 1);
}

void addPie(QChart &chart, const ChartData &data, const ChartStyle &style)
{
    auto *series = new QPieSeries;
    const QList<double> values =
        data.series.isEmpty() ? QList<double>() : data.series.last().values;
    for (int i = 0; i < data.categories.size() && i < values.size(); ++i) {
        QString label = data.categories[i] + QLatin1Char(' ') + formatNumber(values[i]);
        if (!data.unit.isEmpty())
            label += data.unit;
        auto *slice = series->append(label, values[i]);
        slice->setColor(paletteColor(style, i));
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(true);
        slice->setLabelFont(pixelFont(style, style.labelPixelSize));
    }
    series->setPieSize(0.62);
    chart.addSeries(series);
    chart.legend()->setVisible(false);
}

} // namespace

std::unique_ptr<QChart> buildChart(const ChartData &data, const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QString title = data.title;
    if (!data.unit.isEmpty() && data.type != ChartType::Pie)
        title = style.wording.format(QStringLiteral("chart.unit"), {title, data.unit});
    if (!data.maskedLabels.isEmpty())
        title = style.wording.text(QStringLiteral("chart.masked")).arg(title);
    chart->setTitle(title);
    chart->setTitleFont(pixelFont(style, style.titlePixelSize, true));
    chart->legend()->setFont(pixelFont(style, style.labelPixelSize));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (data.type == ChartType::Pie)
        addPie(*chart, data, style);
    else if (data.type == ChartType::TrendLine)
        addTrendLines(*chart, data, style);
    else if (data.type != ChartType::None)
        addBars(*chart, data, style);
    return chart;
}

namespace {
// Everything but the values is the same: the chart's items and layout can stay.
bool sameShape(const ChartData &a, const ChartData &b)
{
    if (a.type != b.type || a.title != b.title || a.unit != b.unit ||
        a.categories != b.categories || a.maskedLabels != b.maskedLabels ||
        a.halfWidth != b.halfWidth || a.series.size() != b.series.size())
        return false;
    for (qsizetype i = 0; i < a.series.size(); ++i)
        if (a.series[i].name != b.series[i].name ||
            a.series[i].values.size() != b.series[i].values.size())
            return false;
    return true;
}
} // namespace

bool updateChart(QChart &chart, const ChartData &before, const ChartData &after)
{
    if (!sameShape(before, after) || chart.series().size() != 1)
        return false;
    if (after.type == ChartType::Pie) {
        auto *pie = qobject_cast<QPieSeries *>(chart.series().first());
        const QList<double> values =
            after.series.isEmpty() ? QList<double>() : after.series.last().values;
        if (!pie || pie->count() != std::min(after.categories.size(), values.size()))
            return false;
        for (int i = 0; i < pie->count(); ++i) {
            QString label = after.categories[i] + QLatin1Char(' ') + formatNumber(values[i]);
            if (!after.unit.isEmpty())
                label += after.unit;
            pie->slices().at(i)->setValue(values[i]);
            pie->slices().at(i)->setLabel(label);
        }
        return true;
    }
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart.series().first());
    if (!bars || bars->count() != after.series.size())
        return false;
    const bool horizontal = horizontalBars(after);
    double max = 0;
    for (int i = 0; i < after.series.size(); ++i) {
        QList<double> values = after.series[i].values;
        if (horizontal) // as addBars orders them: top-down
            std::reverse(values.begin(), values.end());
        QBarSet *set = bars->barSets().at(i);
        if (set->count() != values.size())
            return false;
        for (int j = 0; j < values.size(); ++j) {
            if (set->at(j) != values[j])
                set->replace(j, values[j]);
            max = std::max(max, values[j]);
        }
    }
    for (QAbstractAxis *axis : chart.axes())
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            value->setRange(0, max > 0 ? max * (horizontal ? 1.22 : 1.18) : 1);
    return true;
}

std::unique_ptr<QGraphicsScene> chartScene(const ChartData &data, const QSizeF &size,
                                           const ChartStyle &style)
{
    // The scene is laid out in points at the target's size, then mapped 1:1 onto the target.
    auto scene = std::make_unique<QGraphicsScene>();
    // A chart is drawn whole, never searched by area: a BSP index would only cost its building.
    scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    const QRectF source(QPointF(0, 0), size);
    std::unique_ptr<QChart> chart = buildChart(data, style);
    chart->setGeometry(source);
    scene->addItem(chart.release()); // the scene owns it from here
    scene->setSceneRect(source);
    return scene;
}

void renderChartScene(QPainter &painter, QGraphicsScene &scene, const QRectF &target)
{
    renderSceneFlat(painter, scene, target);
}

void renderChart(QPainter &painter, const ChartData &data, const QRectF &target,
                 const ChartStyle &style)
{
    const std::unique_ptr<QGraphicsScene> scene = chartScene(data, target.size(), style);
    renderChartScene(painter, *scene, target);
}

} // namespace csr::print
