#include "ChartCache.h"

namespace csr::print {

namespace {

// Equal charts have equal fingerprints (a NaN value is hashed as one NaN); a hit is confirmed by
// comparing the data itself.
size_t fingerprint(const ChartData &data, const QSizeF &size)
{
    size_t h = qHashMulti(0, int(data.type), data.title, data.categories, data.unit,
                          data.maskedLabels, data.halfWidth, size.width(), size.height());
    for (const ChartSeries &s : data.series) {
        h = qHashMulti(h, s.name, s.values.size());
        for (const double v : s.values)
            h = qHashMulti(h, qIsNaN(v) ? 0.0 : v, qIsNaN(v));
    }
    return h;
}

} // namespace

void ChartCache::render(QPainter &painter, const ChartData &data, const QRectF &target)
{
    const QSizeF size = target.size();
    const size_t key = fingerprint(data, size);
    for (auto it = m_kept.constFind(key); it != m_kept.cend() && it.key() == key; ++it) {
        const Entry &e = m_entries[*it];
        if (e.size == size && e.data == data) {
            renderChartScene(painter, *e.scene, target);
            return;
        }
    }
    std::unique_ptr<QGraphicsScene> scene = chartScene(data, size, m_style);
    renderChartScene(painter, *scene, target);
    const bool again = m_seen.contains(key);
    m_seen.insert(key);
    if (again && int(m_entries.size()) < m_capacity) {
        m_kept.insert(key, m_entries.size());
        m_entries.push_back({data, size, std::move(scene)});
    }
}

} // namespace csr::print
