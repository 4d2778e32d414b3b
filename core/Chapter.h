#pragma once

#include "Block.h"

#include <QList>
#include <QString>
#include <optional>

namespace csr {

// Review state of a chapter, as ESG tools track it per section owner: draft → submitted →
// approved, or back to the author as "needs changes" (see ReviewWorkflow.h). NeedsChanges is
// last so the numbers of the older states stay what they were.
enum class ChapterStatus { Draft, Submitted, Approved, NeedsChanges };

QString chapterStatusName(ChapterStatus status); // file-format name: "draft", ...
std::optional<ChapterStatus> chapterStatusFromName(const QString &name);

struct Chapter
{
    QString id;  // stable within the document
    QString key; // the guideline's name for the chapter ("statement", "employees"), may be empty
    QString title;
    // The guideline's indicator code ("I-1", "II-3"), printed as the number on a level whose
    // numbering style is NumberingStyle::Code; "" for none.
    QString code;
    bool numbered = true;  // report notes are not numbered; 一、/（一）/1./1) follow the depth
    bool required = false; // the guideline requires content here
    QString assignee;      // who fills it in
    ChapterStatus status = ChapterStatus::Draft;
    QList<Block> blocks;
    QList<Chapter> children;

    bool hasContent() const; // a non-empty block here or in a sub-chapter
    // Written out: a defaulted == cannot see through the recursive QList<Chapter>.
    bool operator==(const Chapter &other) const;
};

// How one level of the chapter tree is numbered. The report's list (ReportMetadata::numbering)
// gives one style per depth; a depth beyond the list takes the guideline's default for it.
enum class NumberingStyle {
    Chinese,      // 一、
    ChineseParen, // （一）
    Arabic,       // 1.
    ArabicParen,  // 1）
    Code,         // the chapter's indicator code ("I-1 "), nothing when it has none
    None,         // no number
};
QString numberingStyleName(NumberingStyle style); // file-format name: "chinese", ...
std::optional<NumberingStyle> numberingStyleFromName(const QString &name);
// The guideline's default: depth 0 一、, 1 （一）, 2 1., deeper 1）.
NumberingStyle defaultNumbering(int depth);
// The style of a depth under a report's list (empty list: the defaults).
NumberingStyle numberingAt(const QList<NumberingStyle> &numbering, int depth);
// A chapter's number in a style: index is 0-based among numbered siblings; the code is used
// by the Code style only.
QString chapterNumber(NumberingStyle style, int index, const QString &code);

// The guideline's numbering: depth 0 "一、", 1 "（一）", 2 "1.", 3 "1）". index is 0-based
// among numbered siblings.
QString chapterNumber(int depth, int index);
QString chineseNumeral(int n); // 1 -> 一, 12 -> 十二, 21 -> 二十一

} // namespace csr
