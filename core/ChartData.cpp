#include "ChartData.h"

#include "ReportPeriod.h"

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

// The metrics of the table a chart of `unit` could draw, and the masked ones' labels.
QList<const Metric *> candidatesIn(const Document &doc, const MetricTable &table, Edition edition,
                                   QStringList *masked)
{
    QList<const Metric *> out;
    for (const QString &id : table.metricIds) {
        const Metric *m = doc.findMetric(id);
        if (!m)
            continue;
        if (isMasked(*m, edition)) {
            if (masked)
                *masked << m->label;
            continue;
        }
        out << m;
    }
    return out;
}

ChartData trendChart(const Document &doc, const MetricTable &table, Edition edition,
                     const QString &unit)
{
    ChartData chart;
    chart.type = table.chart;
    chart.title = table.title;
    const int year = doc.metadata.year;
    const int span = std::clamp(table.trendYears, int(MetricTable::MinTrendYears),
                                int(MetricTable::MaxTrendYears));
    const QList<const Metric *> candidates = candidatesIn(doc, table, edition, &chart.maskedLabels);
    chart.unit = unit;
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

std::optional<NotCharted> whyNotCharted(const Metric &metric, const MetricTable &table, int year,
                                        Edition edition)
{
    if (isMasked(metric, edition))
        return NotCharted::Masked;
    if (!table.chartUnit.isEmpty() && metric.unit != table.chartUnit)
        return NotCharted::OtherUnit;
    if (isTrend(table.chart)) {
        const int span = std::clamp(table.trendYears, int(MetricTable::MinTrendYears),
                                    int(MetricTable::MaxTrendYears));
        for (int y = year - span + 1; y <= year; ++y)
            if (valueInYear(metric, year, y))
                return std::nullopt;
        return NotCharted::NoValue;
    }
    if (!metric.value)
        return NotCharted::NoValue;
    if (table.chart == ChartType::YearOverYear && !metric.previousValue)
        return NotCharted::NoLastYear;
    return std::nullopt;
}

ChartData chartForUnit(const Document &doc, const MetricTable &table, Edition edition,
                       const QString &unit)
{
    if (isTrend(table.chart))
        return trendChart(doc, table, edition, unit);
    ChartData chart;
    chart.type = table.chart;
    chart.title = table.title;
    if (table.chart == ChartType::None)
        return chart;
    // What could be charted in this edition: masked values never, and a year-over-year chart
    // of a metric without last year's value would draw a zero bar that reads as a real figure.
    ChartSeries current{QString::number(doc.metadata.year), {}};
    ChartSeries previous{QString::number(doc.metadata.year - 1), {}};
    for (const Metric *m : candidatesIn(doc, table, edition, &chart.maskedLabels)) {
        if (m->unit != unit || !m->value ||
            (table.chart == ChartType::YearOverYear && !m->previousValue))
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

ChartData chartForTable(const Document &doc, const MetricTable &table, Edition edition)
{
    if (!table.chartUnit.isEmpty())
        return chartForUnit(doc, table, edition, table.chartUnit);
    QList<const Metric *> drawable;
    for (const Metric *m : candidatesIn(doc, table, edition, nullptr))
        if (!whyNotCharted(*m, table, doc.metadata.year, edition))
            drawable << m;
    return chartForUnit(doc, table, edition, chartUnit(drawable));
}

TableCharts chartsForTable(const Document &doc, const MetricTable &table, Edition edition)
{
    TableCharts out;
    if (table.chart == ChartType::None)
        return out;
    QStringList units; // in the order of the table's rows
    for (const QString &id : table.metricIds) {
        const Metric *m = doc.findMetric(id);
        if (!m)
            continue;
        if (const auto why = whyNotCharted(*m, table, doc.metadata.year, edition))
            out.leftOut.append({m->label, m->unit, *why});
        else if (!units.contains(m->unit))
            units << m->unit;
    }
    for (const QString &unit : units)
        out.charts << chartForUnit(doc, table, edition, unit);
    return out;
}

ChartData chartForTimeline(const Timeline &timeline, int year)
{
    return chartForTimeline(timeline, calendarYear(year));
}

ChartData chartForTimeline(const Timeline &timeline, const ReportPeriod &period)
{
    ChartData chart;
    chart.type = ChartType::Bar;
    chart.title = timeline.title;
    chart.unit = Tr::tr("events");
    const QDate first(period.start.year(), period.start.month(), 1);
    const QDate last(period.end.year(), period.end.month(), 1);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1; // >= 1
    // A period of more than two years (a hand-edited file) is charted by year, not as a
    // hundred thin bars.
    const bool byYear = months > 24;
    const bool oneYear = first.year() == last.year();
    ChartSeries perSlot{Tr::tr("Events"), {}};
    if (byYear) {
        for (int y = first.year(); y <= last.year(); ++y)
            chart.categories << Tr::tr("%1年").arg(y);
    } else {
        for (QDate m = first; m <= last; m = m.addMonths(1))
            chart.categories << (oneYear ? Tr::tr("%1月").arg(m.month())
                                         : Tr::tr("%1年%2月").arg(m.year()).arg(m.month()));
    }
    perSlot.values = QList<double>(chart.categories.size(), 0.0);
    for (const TimelineEntry &e : timeline.entries) {
        if (!period.contains(e.date))
            continue;
        const qsizetype slot =
            byYear ? e.date.year() - first.year()
                   : (e.date.year() - first.year()) * 12 + e.date.month() - first.month();
        perSlot.values[slot] += 1.0;
    }
    chart.series << perSlot;
    return chart;
}

} // namespace csr
