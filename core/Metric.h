#pragma once

#include "Edition.h"

#include <QMap>
#include <QString>
#include <optional>

namespace csr {

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

    bool operator==(const Metric &) const = default;
};

// The string printed for a value in an edition: "**" when masked, "" when there is none.
QString formatMetricValue(const Metric &metric, Edition edition);
QString formatNumber(double value, int decimals = -1);

// Year-over-year change in per cent; empty when either year is missing or last year was zero.
std::optional<double> yearOverYearPercent(const Metric &metric);
// Absolute change from last year; empty when either year is missing.
std::optional<double> yearOverYearChange(const Metric &metric);
// "+7.1%" / "-3.0%", or "**" when the metric is masked in this edition, "" when not computable.
QString formatYearOverYear(const Metric &metric, Edition edition);

// The value of `year` in a report of `reportYear`: this year's, last year's or the history's;
// empty when the metric has none for that year.
std::optional<double> valueInYear(const Metric &metric, int reportYear, int year);

inline bool isMasked(const Metric &metric, Edition edition)
{
    return metric.confidential && edition == Edition::Public;
}

} // namespace csr
