#pragma once

#include "ChartData.h"

#include <QtGlobal>
#include <algorithm>

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

// Height in points: horizontal bars grow with the number of bars, so a two-bar chart does not
// take a third of a page.
inline qreal chartHeight(const ChartData &data)
{
    if (data.type == ChartType::Pie)
        return 190;
    if (!horizontalBars(data))
        return 150;
    const qreal band = data.series.size() > 1 ? 30 : 19;
    return std::clamp<qreal>(48 + band * data.categories.size(), 100, 330);
}

} // namespace csr::print
