#include "ChartFactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
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

void addBars(QChart *chart, const ChartData &data)
{
    auto *series = new QBarSeries;
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
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.15 : 1);
    y->setLabelFormat(QStringLiteral("%g"));
    if (!data.unit.isEmpty())
        y->setTitleText(data.unit);
    chart->addAxis(y, Qt::AlignLeft);
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
