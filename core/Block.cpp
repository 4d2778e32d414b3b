#include "Block.h"

#include <algorithm>
#include <numeric>

namespace csr {

bool Block::isEmpty() const
{
    struct Visitor
    {
        bool operator()(const Paragraph &p) const { return p.text.trimmed().isEmpty(); }
        bool operator()(const MetricTable &t) const { return t.metricIds.isEmpty(); }
        bool operator()(const Timeline &t) const { return t.entries.isEmpty(); }
        bool operator()(const ItemList &l) const { return l.items.isEmpty(); }
        bool operator()(const SignatureBlock &) const { return false; }
        bool operator()(const Photo &p) const { return p.image.isEmpty(); }
    };
    return std::visit(Visitor{}, content);
}

QString blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph:
        return QStringLiteral("paragraph");
    case BlockKind::MetricTable:
        return QStringLiteral("metricTable");
    case BlockKind::Timeline:
        return QStringLiteral("timeline");
    case BlockKind::ItemList:
        return QStringLiteral("list");
    case BlockKind::SignatureBlock:
        return QStringLiteral("signature");
    case BlockKind::Photo:
        return QStringLiteral("photo");
    }
    return {};
}

QList<int> timelineOrder(const Timeline &timeline)
{
    QList<int> order(timeline.entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return timeline.entries.at(a).date < timeline.entries.at(b).date;
    });
    return order;
}

void sortTimeline(Timeline &timeline)
{
    QList<TimelineEntry> sorted;
    sorted.reserve(timeline.entries.size());
    for (const int i : timelineOrder(timeline))
        sorted << timeline.entries.at(i);
    timeline.entries = sorted;
}

} // namespace csr
