#pragma once

#include "ChartData.h"
#include "PrintStyle.h"
#include "ReportWording.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QRectF>
#include <memory>

namespace csr::print {

struct ChartStyle
{
    QString fontFamily;      // the report font; never left to fallback
    int labelPixelSize = 8;  // pixel sizes: device independent, so the chart's own layout and
    int titlePixelSize = 10; // its drawing agree at any output resolution
    QList<QColor> palette = ChartLook().palette; // series and slices, in turn
    ReportWording wording = {}; // the title's unit and "not charted" note (chart.unit, …)

    // The chart look of a report's style, in its font, with the report's words.
    static ChartStyle of(const ChartLook &look, const QString &family,
                         const ReportWording &wording = {})
    {
        return {family, look.labelPixelSize, look.titlePixelSize, look.palette, wording};
    }
};

// The one place where ChartData becomes Qt Charts objects (Qt Charts is deprecated from Qt 6.10
// on; a switch to Qt Graphs touches this file). Used by the print painter and by the editor's
// chart preview. Animations are off: a chart is drawn once, completely.
std::unique_ptr<QChart> buildChart(const ChartData &data, const ChartStyle &style);

// A chart built from `before` made to show `after` in place, when only values differ (same
// type, title, categories and series): sets the bars or slices and the value axis's range.
// Returns false, changing nothing, when anything else differs: build the chart anew then.
// Building a QChart and laying it out is the expensive part of a figure's edit in the preview.
bool updateChart(QChart &chart, const ChartData &before, const ChartData &after);

// The chart built and laid out in a scene of `size` points, its origin at the top left: what
// renderChart draws. Rendering the same scene again draws the same chart. GUI thread only.
std::unique_ptr<QGraphicsScene> chartScene(const ChartData &data, const QSizeF &size,
                                           const ChartStyle &style);

// Draws a scene from chartScene() into `target` (in the painter's coordinates) as vectors,
// through QGraphicsScene::render: no bitmap reaches the PDF and the labels stay text.
void renderChartScene(QPainter &painter, QGraphicsScene &scene, const QRectF &target);

// chartScene() and renderChartScene() in one, for a chart drawn once. GUI thread only.
void renderChart(QPainter &painter, const ChartData &data, const QRectF &target,
                 const ChartStyle &style);

} // namespace csr::print
