#include "Metric.h"

#include <QLocale>
#include <cmath>

namespace csr {

namespace {
const QString kMask = QStringLiteral("**");
}

QString comparisonName(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Points:
        return QStringLiteral("points");
    case Comparison::Relative:
        return QStringLiteral("relative");
    case Comparison::Default:
        break;
    }
    return {};
}

std::optional<Comparison> comparisonFromName(const QString &name)
{
    for (const Comparison c : {Comparison::Points, Comparison::Relative})
        if (name == comparisonName(c))
            return c;
    return std::nullopt;
}

bool comparesInPoints(const Metric &metric)
{
    if (metric.comparison != Comparison::Default)
        return metric.comparison == Comparison::Points;
    const QString unit = metric.unit.trimmed();
    return unit == QLatin1String("%") || unit == QStringLiteral("％");
}

QString formatNumber(double value, int decimals)
{
    if (decimals >= 0)
        return QString::number(value, 'f', decimals);
    // Shortest exact form keeps what the user typed: 37.37 stays 37.37, 1184 stays 1184.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString formatMetricValue(const Metric &metric, Edition edition)
{
    if (isMasked(metric, edition))
        return kMask;
    if (!metric.value)
        return {};
    return formatNumber(*metric.value, metric.decimals);
}

std::optional<double> valueInYear(const Metric &metric, int reportYear, int year)
{
    if (year == reportYear)
        return metric.value;
    if (year == reportYear - 1)
        return metric.previousValue;
    const auto it = metric.history.constFind(year);
    if (it == metric.history.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<double> yearOverYearChange(const Metric &metric)
{
    if (!metric.value || !metric.previousValue)
        return std::nullopt;
    return *metric.value - *metric.previousValue;
}

std::optional<double> yearOverYearPercent(const Metric &metric)
{
    if (!metric.value || !metric.previousValue || *metric.previousValue == 0.0)
        return std::nullopt;
    return (*metric.value - *metric.previousValue) / std::fabs(*metric.previousValue) * 100.0;
}

std::optional<double> yearOverYear(const Metric &metric)
{
    return comparesInPoints(metric) ? yearOverYearChange(metric) : yearOverYearPercent(metric);
}

QString formatYearOverYear(const Metric &metric, Edition edition, const QString &pointsUnit)
{
    if (isMasked(metric, edition))
        return kMask;
    const auto change = yearOverYear(metric);
    if (!change)
        return {};
    const double rounded = std::round(*change * 10.0) / 10.0;
    const QString sign = rounded > 0 ? QStringLiteral("+") : QString();
    const QString figure = sign + QString::number(rounded == 0.0 ? 0.0 : rounded, 'f', 1);
    return figure + (comparesInPoints(metric) ? pointsUnit : QStringLiteral("%"));
}

} // namespace csr
