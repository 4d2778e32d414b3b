#include "ReviewNotes.h"

#include "CommentAnchoring.h"
#include "PrintedText.h"
#include "ReviewWorkflow.h"

namespace csr::print {

namespace {

constexpr qreal NoteSize = 16;

// The printed line of `blockId` that shows `needle` (its first characters, since the words
// may wrap onto the next line), else the block's first line; null when the block is not
// printed.
const BlockLine *lineFor(const PageLayout &layout, const QString &blockId, const QString &needle)
{
    const BlockLine *first = nullptr;
    const QString start = needle.simplified().left(4);
    for (const BlockLine &l : layout.blockLines) {
        if (l.blockId != blockId)
            continue;
        if (!first)
            first = &l;
        if (!start.isEmpty() && l.text.contains(start))
            return &l;
    }
    return first;
}

} // namespace

QString ReviewNotes::noteText(const Document &doc, const CommentThread &thread)
{
    QStringList parts;
    parts << CommentAnchoring::describe(doc, thread.anchor);
    for (const Comment &c : thread.comments)
        parts << tr("%1, %2: %3")
                     .arg(c.author, c.when.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm")),
                          c.text);
    if (thread.resolved)
        parts << tr("Resolved by %1.").arg(thread.resolvedBy);
    return parts.join(QLatin1Char('\n'));
}

QList<PageNote> ReviewNotes::place(const Document &doc, const PageLayout &layout,
                                   const QHash<QString, QPair<int, qreal>> &chapterStarts)
{
    QList<PageNote> notes;
    const QRectF content = layout.geometry.content();
    for (const CommentThread &t : doc.review.threads) {
        const CommentAnchor &a = t.anchor;
        int page = -1;
        qreal y = 0;
        const BlockLine *line = nullptr;
        switch (a.kind) {
        case AnchorKind::TextRange:
            // The quote is the stored text; the page shows it with references resolved.
            line = lineFor(layout, a.blockId,
                           PrintedText::resolve(a.quote, doc, layout.edition, layout.wording));
            break;
        case AnchorKind::Block:
            line = lineFor(layout, a.blockId, QString());
            break;
        case AnchorKind::TimelineEntry:
        case AnchorKind::ListItem:
            line = lineFor(layout, a.blockId, a.quote);
            break;
        case AnchorKind::Metric:
            if (const Metric *m = doc.findMetric(a.metricId))
                for (const BlockLine &l : layout.blockLines)
                    if (l.text.contains(m->label)) {
                        line = &l;
                        break;
                    }
            break;
        case AnchorKind::Chapter:
            break;
        }
        if (line) {
            page = line->page;
            y = line->rect.top();
        } else if (chapterStarts.contains(a.chapterId)) {
            page = chapterStarts.value(a.chapterId).first;
            y = chapterStarts.value(a.chapterId).second;
        } else {
            page = 0;
            y = content.top();
        }
        const QString author = t.comments.isEmpty() ? QString() : t.comments.first().author;
        notes.append({page, QRectF(content.right() + 8, y, NoteSize, NoteSize), author,
                      noteText(doc, t), t.resolved});
    }
    return notes;
}

QList<PageNote> ReviewNotes::changes(const Document &doc, const PageLayout &layout)
{
    QList<PageNote> notes;
    const QRectF content = layout.geometry.content();
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        const QStringList changed = ReviewWorkflow::blocksChangedSinceApproval(doc, v.chapter);
        if (changed.isEmpty())
            return;
        const ReviewStep *approval = nullptr;
        for (const ReviewStep &s : doc.review.history)
            if (s.chapterId == v.chapter.id && s.status == ChapterStatus::Approved)
                approval = &s;
        for (const QString &blockId : changed) {
            const BlockLine *line = lineFor(layout, blockId, QString());
            if (!line || !approval)
                continue;
            const QString text =
                tr("Changed since %1 approved \"%2\" on %3.")
                    .arg(approval->who, v.chapter.title,
                         approval->when.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm")));
            notes.append(
                {line->page,
                 // Readers draw a note's icon about 24 points wide whatever its box: left of
                 // that, so the change bar beside the text stays visible (margin: 76 points).
                 QRectF(content.left() - 34 - NoteSize, line->rect.top(), NoteSize, NoteSize),
                 approval->who, text, false, true});
        }
    });
    return notes;
}

} // namespace csr::print
