#pragma once

#include "Block.h"

#include <QList>
#include <QString>

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

// The guideline's numbering: depth 0 "一、", 1 "（一）", 2 "1.", 3 "1）". index is 0-based
// among numbered siblings.
QString chapterNumber(int depth, int index);
QString chineseNumeral(int n); // 1 -> 一, 12 -> 十二, 21 -> 二十一

} // namespace csr
