#pragma once

#include "Edition.h"

#include <QMap>
#include <QString>
#include <optional>

namespace csr {

// How a figure's change from last year is measured. A rate (unit %) moves in percentage points:
// 95.2 % to 96.8 % is +1.6 points, which readers expect, not +1.7 %. Default picks by the unit.
enum class Comparison { Default, Points, Relative };
QString comparisonName(Comparison comparison); // file-format name: "points", "relative"; "" default
std::optional<Comparison> comparisonFromName(const QString &name);

// One figure of the report, defined once and quoted by id everywhere (prose, tables, charts).
struct Metric
{
    QString id;    // stable key used by references, e.g. "staff.total"
    QString label; // what the figure is, e.g. "全口径员工"
    std::optional<double> value;
    QString unit;                        // "人", "万元", "%", "吨"
    std::optional<double> previousValue; // last year's value, so the change is computed
    QString source;                      // where the figure comes from, or a note
    bool confidential = false;           // printed as "**" in the public edition
    int decimals = -1;                   // -1: as few digits as represent the value exactly
    // Values of the years before last year, by year (2021 → 1100). This year's and last year's
    // stay in `value` and `previousValue`; a history entry for either of those years is ignored.
    QMap<int, double> history = {};
    Comparison comparison = Comparison::Default; // percentage points or per cent

    bool operator==(const Metric &) const = default;
};

// The string printed for a value in an edition: "**" when masked, "" when there is none.
QString formatMetricValue(const Metric &metric, Edition edition);
QString formatNumber(double value, int decimals = -1);

// True when the change from last year is in percentage points: the metric says so, or, by
// default, its unit is "%" (or "％").
bool comparesInPoints(const Metric &metric);

// Year-over-year change in per cent; empty when either year is missing or last year was zero.
std::optional<double> yearOverYearPercent(const Metric &metric);
// Absolute change from last year; empty when either year is missing.
std::optional<double> yearOverYearChange(const Metric &metric);
// The change in the metric's own measure: points (the difference) for a metric compared in
// points, else per cent; empty when not computable.
std::optional<double> yearOverYear(const Metric &metric);
// "+7.1%" / "-3.0%", or for a metric compared in points "+1.6" followed by `pointsUnit`
// (" pp", " 个百分点"); "**" when the metric is masked in this edition, "" when not computable.
QString formatYearOverYear(const Metric &metric, Edition edition,
                           const QString &pointsUnit = QStringLiteral(" pp"));

// The value of `year` in a report of `reportYear`: this year's, last year's or the history's;
// empty when the metric has none for that year.
std::optional<double> valueInYear(const Metric &metric, int reportYear, int year);

inline bool isMasked(const Metric &metric, Edition edition)
{
    return metric.confidential && edition == Edition::Public;
}

} // namespace csr
