#pragma once

#include "ChartData.h"

#include <QStringList>
#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace csr::print {

// How a chart is shaped, decided once for the layout (which reserves its height) and the chart
// builder (which draws it).

// Long category labels ("BU+商企支局双线客户覆盖占比") only fit beside horizontal bars; short
// ones (months) read better under vertical bars.
inline bool horizontalBars(const ChartData &data)
{
    if (data.type == ChartType::Pie || data.type == ChartType::None)
        return false;
    return std::any_of(data.categories.begin(), data.categories.end(),
                       [](const QString &c) { return c.size() > 4; });
}

// A category label in lines of at most about 12 CJK characters (a Latin letter or digit counts
// half): Qt Charts gives the label column only part of the chart's width and pushes a longer
// label past the chart's left edge. Lines are of even length, so "上海市…二等奖" reads as two
// halves rather than a long line and a stub.
// A chart drawn at half width (one of a table's charts per unit) wraps at about 7.
inline QStringList categoryLabelLines(const QString &label, bool halfWidth = false)
{
    const qreal MaxLine = halfWidth ? 7 : 12;
    auto units = [](QChar c) { return c.unicode() < 0x2E80 ? 0.5 : 1.0; };
    qreal total = 0;
    for (QChar c : label)
        total += units(c);
    const int count = std::max(1, int(std::ceil(total / MaxLine)));
    if (count == 1)
        return {label};
    const qreal perLine = total / count;
    QStringList lines{QString()};
    qreal used = 0;
    for (QChar c : label) {
        if (used >= perLine - 0.25 && lines.size() < count && !c.isLowSurrogate()) {
            lines.append(QString());
            used = 0;
        }
        lines.last() += c;
        used += units(c);
    }
    return lines;
}

inline int categoryLabelLineCount(const ChartData &data)
{
    int lines = 1;
    for (const QString &c : data.categories)
        lines = std::max<int>(lines, categoryLabelLines(c, data.halfWidth).size());
    return lines;
}

// Height in points: horizontal bars grow with the number of bars, so a two-bar chart does not
// take a third of a page.
inline qreal chartHeight(const ChartData &data)
{
    if (data.type == ChartType::Pie)
        return 190;
    if (!horizontalBars(data))
        return 150;
    // A wrapped label needs about 11 points a line.
    const qreal band =
        std::max<qreal>(data.series.size() > 1 ? 30 : 19, 11 * categoryLabelLineCount(data) + 4);
    return std::clamp<qreal>(48 + band * data.categories.size(), 100, 330);
}

} // namespace csr::print
