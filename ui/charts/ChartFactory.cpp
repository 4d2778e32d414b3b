#include "ChartFactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <cmath>
#include <QChart>
#include <QCoreApplication>
#include <QPieSeries>
#include <QValueAxis>
#include <algorithm>

namespace csr::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::ChartFactory)
};

// Long category labels (metric names) do not fit under vertical bars; beyond a few
// categories they are drawn as horizontal bars with the names on the left. Months stay
// vertical: they are short and read left to right.
bool wantsHorizontal(const ChartData &data)
{
    qsizetype longest = 0;
    for (const QString &c : data.categories)
        longest = std::max(longest, c.size());
    return data.categories.size() > 3 && longest > 3;
}

void addBars(QChart *chart, const ChartData &data)
{
    const bool horizontal = wantsHorizontal(data);
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : new QBarSeries;
    double top = 0;
    for (const ChartSeries &s : data.series) {
        auto *set = new QBarSet(s.name);
        for (double v : s.values) {
            *set << v;
            top = std::max(top, v);
        }
        series->append(set);
    }
    series->setLabelsVisible(data.categories.size() <= 12);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(data.categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    x->setLabelsFont(small);
    if (!horizontal && data.categories.size() > 8)
        x->setLabelsAngle(-60); // twelve months side by side do not fit upright
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    bool integers = true;
    for (const ChartSeries &s : data.series)
        for (double v : s.values)
            integers &= v == std::floor(v);
    y->setLabelFormat(integers && y->max() <= 20 ? QStringLiteral("%.0f") : QStringLiteral("%g"));
    y->setLabelsFont(small);
    if (!data.unit.isEmpty())
        y->setTitleText(data.unit);
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(data.series.size() > 1);
}

void addPie(QChart *chart, const ChartData &data)
{
    auto *series = new QPieSeries;
    if (!data.series.isEmpty()) {
        const QList<double> &values = data.series.first().values;
        for (qsizetype i = 0; i < data.categories.size() && i < values.size(); ++i)
            if (values.at(i) > 0)
                series->append(data.categories.at(i), values.at(i));
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
}
} // namespace

QChart *buildChart(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    QString title = data.title;
    if (!data.maskedLabels.isEmpty())
        title += QLatin1Char('\n') + Tr::tr("(not shown, confidential: %1)")
                                         .arg(data.maskedLabels.join(QStringLiteral("、")));
    chart->setTitle(title);
    if (data.type == ChartType::None || data.isEmpty())
        return chart;
    if (data.type == ChartType::Pie)
        addPie(chart, data);
    else
        addBars(chart, data);
    return chart;
}

} // namespace csr::ui
