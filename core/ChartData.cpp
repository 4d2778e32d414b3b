#include "ChartData.h"

#include <QCoreApplication>
#include <QHash>
#include <QtNumeric>
#include <algorithm>

namespace csr {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::ChartData)
};

// Bars of different units on one scale compare nothing (7.1 % beside 1184 people): chart the
// unit most metrics share, the first of them on a tie; the table still lists the rest.
QString chartUnit(const QList<const Metric *> &candidates)
{
    QHash<QString, int> count;
    for (const Metric *m : candidates)
        ++count[m->unit];
    QString unit = candidates.isEmpty() ? QString() : candidates.first()->unit;
    for (const Metric *m : candidates)
        if (count.value(m->unit) > count.value(unit))
            unit = m->unit;
    return unit;
}

ChartData trendChart(const Document &doc, const MetricTable &table, Edition edition)
{
    ChartData chart;
    chart.type = table.chart;
    chart.title = table.title;
    const int year = doc.metadata.year;
    const int span = std::clamp(table.trendYears, int(MetricTable::MinTrendYears),
                                int(MetricTable::MaxTrendYears));
    QList<const Metric *> candidates;
    for (const QString &id : table.metricIds) {
        const Metric *m = doc.findMetric(id);
        if (!m)
            continue;
        if (isMasked(*m, edition)) {
            chart.maskedLabels << m->label;
            continue;
        }
        candidates << m;
    }
    chart.unit = chartUnit(candidates);
    // The years drawn end with this one; older years without any value are left off, so a
    // report with two years of history draws three years, not two empty ones before them.
    int first = year - span + 1;
    auto anyValue = [&](int y) {
        return std::any_of(candidates.begin(), candidates.end(), [&](const Metric *m) {
            return m->unit == chart.unit && valueInYear(*m, year, y);
        });
    };
    while (first < year && !anyValue(first))
        ++first;
    for (const Metric *m : candidates) {
        if (m->unit != chart.unit)
            continue;
        ChartSeries series{m->label, {}};
        bool any = false;
        for (int y = first; y <= year; ++y) {
            const auto v = valueInYear(*m, year, y);
            series.values << v.value_or(qQNaN());
            any |= bool(v);
        }
        if (any)
            chart.series << series;
    }
    if (!chart.series.isEmpty())
        for (int y = first; y <= year; ++y)
            chart.categories << QString::number(y);
    return chart;
}

} // namespace

bool ChartSeries::operator==(const ChartSeries &other) const
{
    return name == other.name &&
           std::equal(values.begin(), values.end(), other.values.begin(), other.values.end(),
                      [](double a, double b) { return a == b || (qIsNaN(a) && qIsNaN(b)); });
}

ChartData chartForTable(const Document &doc, const MetricTable &table, Edition edition)
{
    if (isTrend(table.chart))
        return trendChart(doc, table, edition);
    ChartData chart;
    chart.type = table.chart;
    chart.title = table.title;
    if (table.chart == ChartType::None)
        return chart;

    // What could be charted in this edition: masked values never, and a year-over-year chart
    // of a metric without last year's value would draw a zero bar that reads as a real figure.
    QList<const Metric *> candidates;
    for (const QString &id : table.metricIds) {
        const Metric *m = doc.findMetric(id);
        if (!m)
            continue;
        if (isMasked(*m, edition)) {
            chart.maskedLabels << m->label;
            continue;
        }
        if (!m->value || (table.chart == ChartType::YearOverYear && !m->previousValue))
            continue;
        candidates << m;
    }
    const QString unit = chartUnit(candidates);

    ChartSeries current{QString::number(doc.metadata.year), {}};
    ChartSeries previous{QString::number(doc.metadata.year - 1), {}};
    for (const Metric *m : candidates) {
        if (m->unit != unit)
            continue;
        chart.categories << m->label;
        current.values << *m->value;
        previous.values << m->previousValue.value_or(0.0);
    }
    chart.unit = unit;
    chart.series << current;
    if (table.chart == ChartType::YearOverYear)
        chart.series.prepend(previous);
    return chart;
}

ChartData chartForTimeline(const Timeline &timeline, int year)
{
    ChartData chart;
    chart.type = ChartType::Bar;
    chart.title = timeline.title;
    chart.unit = Tr::tr("events");
    ChartSeries perMonth{Tr::tr("Events"), QList<double>(12, 0.0)};
    for (const TimelineEntry &e : timeline.entries)
        if (e.date.isValid() && e.date.year() == year)
            perMonth.values[e.date.month() - 1] += 1.0;
    for (int month = 1; month <= 12; ++month)
        chart.categories << Tr::tr("%1月").arg(month);
    chart.series << perMonth;
    return chart;
}

} // namespace csr
