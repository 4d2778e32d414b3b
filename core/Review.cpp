#include "Review.h"

namespace csr {

QString anchorKindName(AnchorKind kind)
{
    switch (kind) {
    case AnchorKind::Chapter:
        return QStringLiteral("chapter");
    case AnchorKind::Block:
        return QStringLiteral("block");
    case AnchorKind::TextRange:
        return QStringLiteral("textRange");
    case AnchorKind::Metric:
        return QStringLiteral("metric");
    case AnchorKind::TimelineEntry:
        return QStringLiteral("timelineEntry");
    case AnchorKind::ListItem:
        return QStringLiteral("listItem");
    }
    return {};
}

std::optional<AnchorKind> anchorKindFromName(const QString &name)
{
    for (auto k : {AnchorKind::Chapter, AnchorKind::Block, AnchorKind::TextRange,
                   AnchorKind::Metric, AnchorKind::TimelineEntry, AnchorKind::ListItem})
        if (anchorKindName(k) == name)
            return k;
    return std::nullopt;
}

bool ReviewRecord::isInUse() const
{
    return !reviewers.isEmpty() || !owner.isEmpty() || !history.isEmpty() || !threads.isEmpty() ||
           !overrides.isEmpty();
}

const CommentThread *ReviewRecord::findThread(const QString &id) const
{
    for (const CommentThread &t : threads)
        if (t.id == id)
            return &t;
    return nullptr;
}

CommentThread *ReviewRecord::findThread(const QString &id)
{
    for (CommentThread &t : threads) // mutable iteration detaches from shared copies
        if (t.id == id)
            return &t;
    return nullptr;
}

const ReviewStep *ReviewRecord::lastStep(const QString &chapterId) const
{
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        if (it->chapterId == chapterId)
            return &*it;
    return nullptr;
}

} // namespace csr
