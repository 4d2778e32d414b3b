#pragma once

#include "Document.h"

#include <QCoreApplication>
#include <QString>

namespace csr {

// Where a comment's anchor points in the document as it is now.
struct AnchorPlace
{
    bool found = false;        // the exact place (words, entry, item, block, metric) is there
    bool chapterFound = false; // its chapter is there (a lost place falls back to it)
    CommentAnchor anchor;      // with `position` moved to where the quote is now
    QString chapterPath;       // "三、主要内容 › （一）保障员工权益"
};

// Finds an anchor again after edits. A text range is found by its quoted words: at the old
// offset if they are still there, otherwise at the occurrence nearest to it, so typing
// elsewhere in the paragraph (before or after the words) does not lose the comment. A
// timeline entry or list item is found by its index when the text there still matches, else
// by its text. When the words are gone the place is lost (found false), never guessed.
class CommentAnchoring
{
    Q_DECLARE_TR_FUNCTIONS(csr::CommentAnchoring)
public:
    static AnchorPlace locate(const Document &doc, const CommentAnchor &anchor);
    // Moves every thread's stored position to where its quote is now (done before saving).
    static void reanchorAll(Document &doc);
    // The place in words, for the command line, the Review panel and the review PDF:
    // "三、主要内容 › （一）保障员工权益 › text “…quote…”".
    static QString describe(const Document &doc, const CommentAnchor &anchor);
};

} // namespace csr
