#pragma once

#include "Document.h"
#include "PageLayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

namespace csr::print {

// Puts each comment thread of the review edition beside its place: in the right margin next
// to the printed line that holds the commented words (or entry, item, figure), else next to
// the block's first line, else next to the chapter heading. A thread whose chapter is gone
// goes to the cover, so no comment is silently dropped.
class ReviewNotes
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::ReviewNotes)
public:
    static QList<PageNote> place(const Document &doc, const PageLayout &layout,
                                 const QHash<QString, QPair<int, qreal>> &chapterStarts);
    // One note beside the first printed line of each block changed since its chapter's last
    // approval (ReviewWorkflow::blocksChangedSinceApproval): who approved what, and when.
    static QList<PageNote> changes(const Document &doc, const PageLayout &layout);
    // The annotation's text: each comment as "author, date: text", and the place.
    static QString noteText(const Document &doc, const CommentThread &thread);
};

} // namespace csr::print
