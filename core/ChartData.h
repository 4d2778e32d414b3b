#pragma once

#include "Document.h"
#include "Edition.h"

#include <QList>
#include <QString>
#include <QStringList>

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

    bool isEmpty() const { return categories.isEmpty(); }
    bool operator==(const ChartData &) const = default;
};

// The table's metrics in one unit, the one most of them share; masked metrics, metrics without a
// value (and, in a year-over-year chart, without last year's) and other units are left out.
// A trend chart has the years as categories (oldest first, ending with the report's year, at
// most the table's trendYears) and one series per metric; a year no metric has a value for is
// left off at the old end, a missing value inside is NaN.
ChartData chartForTable(const Document &doc, const MetricTable &table, Edition edition);
// Events per month over the report year (or the span of the entries).
ChartData chartForTimeline(const Timeline &timeline, int year);

} // namespace csr
