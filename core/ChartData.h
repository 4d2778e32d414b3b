#pragma once

#include "Document.h"
#include "Edition.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace csr {

// What a chart shows, as plain data. Only the preview widget and the print painter turn this
// into Qt Charts objects, so a move to another chart library touches those two places alone.
struct ChartSeries
{
    QString name;
    QList<double> values; // one per category; NaN where a trend has no value for that year
    // NaN equals NaN here: the previews rebuild a chart only when its data differs.
    bool operator==(const ChartSeries &other) const;
};

struct ChartData
{
    ChartType type = ChartType::None;
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    QString unit; // the one unit of every value charted (others are left out)
    // Labels of metrics left out because they are masked in this edition; a masked value
    // never reaches a chart, not even as a bar length.
    QStringList maskedLabels;
    // Drawn at half the text width beside another chart (a table's charts per unit): labels
    // wrap shorter. Set by the print layout.
    bool halfWidth = false;

    bool isEmpty() const { return categories.isEmpty(); }
    bool operator==(const ChartData &) const = default;
};

// Why a metric of a table is in none of its charts.
enum class NotCharted {
    Masked,     // confidential, public edition
    NoValue,    // no value (a trend: none in the years it spans)
    NoLastYear, // a year-over-year chart, and no value for last year
    OtherUnit,  // the table charts one chosen unit (MetricTable::chartUnit), not this one
};
struct LeftOutOfChart
{
    QString label;
    QString unit;
    NotCharted why;
    bool operator==(const LeftOutOfChart &) const = default;
};

// A table's charts: one per unit its chartable metrics use, in the order of the table's rows
// (only the chosen one when the table names a chartUnit), and every metric in none of them with
// the reason, so the print can name it under the charts. Bars of different units on one scale
// would compare nothing (7.1 % beside 1184 people), and leaving a unit out silently hides data.
struct TableCharts
{
    QList<ChartData> charts;
    QList<LeftOutOfChart> leftOut;
};
TableCharts chartsForTable(const Document &doc, const MetricTable &table, Edition edition);
std::optional<NotCharted> whyNotCharted(const Metric &metric, const MetricTable &table, int year,
                                        Edition edition);

// The chart of the table's metrics in `unit`: masked metrics, metrics without a value (and, in
// a year-over-year chart, without last year's) and other units are left out.
ChartData chartForUnit(const Document &doc, const MetricTable &table, Edition edition,
                       const QString &unit);

// One chart for the editor's preview: the table's chartUnit, else the unit most of its
// chartable metrics share; masked metrics, metrics without a
// value (and, in a year-over-year chart, without last year's) and other units are left out.
// A trend chart has the years as categories (oldest first, ending with the report's year, at
// most the table's trendYears) and one series per metric; a year no metric has a value for is
// left off at the old end, a missing value inside is NaN.
ChartData chartForTable(const Document &doc, const MetricTable &table, Edition edition);
struct ReportPeriod;
// Events per month over the report's period (ReportPeriod: its period, else its year), by year
// over a period of more than 24 months; entries outside the period are not counted.
ChartData chartForTimeline(const Timeline &timeline, const ReportPeriod &period);
ChartData chartForTimeline(const Timeline &timeline, int year); // the calendar year

} // namespace csr
