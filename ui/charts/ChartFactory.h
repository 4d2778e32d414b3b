#pragma once

#include "ChartData.h"

class QChart;

namespace csr::ui {

// ChartData -> Qt Charts, for the on-screen previews. The print engine has its own builder
// (print/paint/ChartBuilder); once it lands, previews may switch to it so screen and paper
// share one drawing path. Kept here, small, because Qt Charts is deprecated from Qt 6.10 and
// only these two places should need to change.
//
// Bar: one bar set per series over the categories. YearOverYear: the same with last year's
// and this year's series side by side (grouped bars). Pie: the first series as slices.
// Returns a chart owned by the caller (normally handed to a QChartView).
QChart *buildChart(const ChartData &data);

} // namespace csr::ui
