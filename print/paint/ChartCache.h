#pragma once

#include "ChartBuilder.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPainter>
#include <QRectF>
#include <QSet>
#include <memory>
#include <vector>

namespace csr::print {

// Charts drawn from the scene of an identical chart drawn before, in one painting of a report.
// Building a Qt Charts chart and laying it out costs three to four times drawing it (its labels
// are rich text, measured item by item); rendering a kept scene again draws exactly the same.
// A chart's scene is kept when the chart comes a second time (same data, same size), for the
// third and later times: a report whose charts are all different, the usual case, keeps none
// and builds each chart once as before. At most `capacity` scenes are kept, so memory stays
// bounded. GUI thread only, like the charts.
class ChartCache
{
public:
    explicit ChartCache(ChartStyle style, int capacity = 64)
        : m_style(std::move(style)), m_capacity(capacity)
    {
    }

    // Draws `data` into `target` as renderChart() would.
    void render(QPainter &painter, const ChartData &data, const QRectF &target);

private:
    struct Entry
    {
        ChartData data;
        QSizeF size;
        std::unique_ptr<QGraphicsScene> scene;
    };

    ChartStyle m_style;
    int m_capacity;
    QSet<size_t> m_seen; // fingerprints of the charts drawn so far
    std::vector<Entry> m_entries;
    QMultiHash<size_t, std::size_t> m_kept; // fingerprint -> entries
};

} // namespace csr::print
