#include "CommentAnchoring.h"

#include <cstdlib>

namespace csr {

namespace {

const Block *findBlock(const Chapter &chapter, const QString &blockId)
{
    for (const Block &b : chapter.blocks)
        if (b.id == blockId)
            return &b;
    return nullptr;
}

// The index of `quote` in `texts` nearest to `position`: the same index when it still holds
// the quote, -1 when no element does.
int nearestIndex(const QStringList &texts, int position, const QString &quote)
{
    if (position >= 0 && position < texts.size() && texts.at(position) == quote)
        return position;
    int best = -1;
    for (int i = 0; i < texts.size(); ++i)
        if (texts.at(i) == quote &&
            (best < 0 || std::abs(i - position) < std::abs(best - position)))
            best = i;
    return best;
}

int nearestOccurrence(const QString &text, int position, const QString &quote)
{
    if (quote.isEmpty())
        return -1;
    if (text.mid(position, quote.size()) == quote)
        return position;
    int best = -1;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        if (best < 0 || std::abs(int(at) - position) < std::abs(best - position))
            best = int(at);
    return best;
}

QString shortQuote(const QString &quote)
{
    const QString flat = quote.simplified();
    return flat.size() > 24 ? flat.left(23) + QStringLiteral("…") : flat;
}

} // namespace

AnchorPlace CommentAnchoring::locate(const Document &doc, const CommentAnchor &anchor)
{
    AnchorPlace place;
    place.anchor = anchor;
    const Chapter *chapter = nullptr;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        if (v.chapter.id == anchor.chapterId) {
            chapter = &v.chapter;
            place.chapterPath = v.path.join(QStringLiteral(" › "));
        }
    });
    place.chapterFound = chapter != nullptr;
    switch (anchor.kind) {
    case AnchorKind::Chapter:
        place.found = place.chapterFound;
        return place;
    case AnchorKind::Metric:
        place.found = doc.findMetric(anchor.metricId) != nullptr;
        return place;
    default:
        break;
    }
    const Block *block = chapter ? findBlock(*chapter, anchor.blockId) : nullptr;
    if (!block)
        return place;
    if (anchor.kind == AnchorKind::Block) {
        place.found = true;
    } else if (anchor.kind == AnchorKind::TextRange) {
        if (const auto *p = std::get_if<Paragraph>(&block->content)) {
            const int at = nearestOccurrence(p->text, anchor.position, anchor.quote);
            place.found = at >= 0;
            if (place.found)
                place.anchor.position = at;
        }
    } else if (anchor.kind == AnchorKind::TimelineEntry) {
        if (const auto *t = std::get_if<Timeline>(&block->content)) {
            QStringList titles;
            for (const TimelineEntry &e : t->entries)
                titles << e.title;
            const int at = nearestIndex(titles, anchor.position, anchor.quote);
            place.found = at >= 0;
            if (place.found)
                place.anchor.position = at;
        }
    } else if (anchor.kind == AnchorKind::ListItem) {
        if (const auto *l = std::get_if<ItemList>(&block->content)) {
            const int at = nearestIndex(l->items, anchor.position, anchor.quote);
            place.found = at >= 0;
            if (place.found)
                place.anchor.position = at;
        }
    }
    return place;
}

void CommentAnchoring::reanchorAll(Document &doc)
{
    for (CommentThread &t : doc.review.threads) {
        const AnchorPlace place = locate(doc, t.anchor);
        if (place.found)
            t.anchor.position = place.anchor.position;
    }
}

QString CommentAnchoring::describe(const Document &doc, const CommentAnchor &anchor)
{
    const AnchorPlace place = locate(doc, anchor);
    QString where = place.chapterPath;
    const auto add = [&where](const QString &part) {
        where = where.isEmpty() ? part : where + QStringLiteral(" › ") + part;
    };
    switch (anchor.kind) {
    case AnchorKind::Chapter:
        if (!place.chapterFound)
            add(tr("a removed chapter"));
        break;
    case AnchorKind::Block:
        add(tr("block %1").arg(anchor.blockId));
        break;
    case AnchorKind::TextRange:
        add(tr("text “%1”").arg(shortQuote(anchor.quote)));
        break;
    case AnchorKind::Metric: {
        const Metric *m = doc.findMetric(anchor.metricId);
        add(tr("figure %1 (%2)").arg(m ? m->label : anchor.quote, anchor.metricId));
        break;
    }
    case AnchorKind::TimelineEntry:
        add(tr("event “%1”").arg(shortQuote(anchor.quote)));
        break;
    case AnchorKind::ListItem:
        add(tr("item “%1”").arg(shortQuote(anchor.quote)));
        break;
    }
    if (!place.found && place.chapterFound && anchor.kind != AnchorKind::Chapter)
        where += tr(" (no longer there)");
    return where;
}

} // namespace csr
