#include "Block.h"

#include <algorithm>

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
    }
    return {};
}

void sortTimeline(Timeline &timeline)
{
    std::stable_sort(
        timeline.entries.begin(), timeline.entries.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.date < b.date; });
}

} // namespace csr
