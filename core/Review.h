#pragma once

#include "Chapter.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace csr {

// What a comment thread is about. Every kind names its chapter, so a thread whose finer place
// is gone (the quoted words were deleted) still belongs somewhere.
enum class AnchorKind { Chapter, Block, TextRange, Metric, TimelineEntry, ListItem };

QString anchorKindName(AnchorKind kind); // file-format name: "chapter", "textRange", ...
std::optional<AnchorKind> anchorKindFromName(const QString &name);

struct CommentAnchor
{
    AnchorKind kind = AnchorKind::Chapter;
    QString chapterId;
    QString blockId;  // Block, TextRange, TimelineEntry, ListItem
    QString metricId; // Metric
    // TextRange: offset of `quote` in the paragraph (in UTF-16 code units, as QString counts).
    // TimelineEntry / ListItem: the entry's or item's index. The quote is what was commented
    // on (the words, the entry's title, the item's text): offsets move when text is edited
    // elsewhere, so the quote is what finds the place again (CommentAnchoring.h).
    int position = 0;
    QString quote;
    bool operator==(const CommentAnchor &) const = default;
};

struct Comment
{
    QString author;
    QDateTime when; // UTC
    QString text;
    bool operator==(const Comment &) const = default;
};

// A conversation about one place; the first comment opens it. Resolved threads stay in the
// file as a record but no longer block sign-off.
struct CommentThread
{
    QString id; // "t3", unique among the threads
    CommentAnchor anchor;
    QList<Comment> comments;
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt;
    bool operator==(const CommentThread &) const = default;
};

// One step of a chapter's review: who moved it to which state, when and why. The approving
// step carries a fingerprint of what was approved, so an edit afterwards is recognised even
// when it was made outside the editor (ReviewWorkflow::effectiveStatus).
struct ReviewStep
{
    QString chapterId;
    ChapterStatus status = ChapterStatus::Draft;
    QString who;
    QDateTime when; // UTC
    QString reason; // "needs changes" or the reopening after an edit; may be empty
    QString fingerprint;
    // Approving steps: each block's own fingerprint, so the review edition can mark which
    // passages changed since (ReviewWorkflow::blocksChangedSinceApproval).
    QMap<QString, QString> blockFingerprints; // block id → fingerprint
    bool operator==(const ReviewStep &) const = default;
};

// The owner signed although the review was not finished: recorded, and printed on the
// internal sign-off record page.
struct SignOffOverride
{
    QString who;
    QDateTime when; // UTC
    QString reason;
    QStringList blockers; // what was still open, as the gate said it
    bool operator==(const SignOffOverride &) const = default;
};

// Why a figure moved more than tolerated from last year, as its author explained it.
struct FigureExplanation
{
    QString text;
    QString who;
    QDateTime when; // UTC
    bool operator==(const FigureExplanation &) const = default;
};

// Everything about the review of one report. Empty (isInUse() false) in a report nobody
// reviews: then the sign-off gate does not apply (see docs/file-format.md).
struct ReviewRecord
{
    QStringList reviewers; // user names that may approve or return chapters (file mode)
    QString owner;         // who may sign despite open points, with a reason
    // Default tolerated year-over-year change of a figure: per cent of last year's value, and
    // percentage points for rates (unit "%"). A metric or a table may set its own.
    double tolerancePercent = 30.0;
    double tolerancePoints = 10.0;
    QMap<QString, double> metricTolerances; // metric id → its own tolerance
    QMap<QString, double> tableTolerances;  // metric table's block id → for its figures
    // A figure beyond its tolerance needs one before its chapter can be approved.
    QMap<QString, FigureExplanation> explanations; // metric id → why it moved
    QList<ReviewStep> history;                     // oldest first
    QList<CommentThread> threads;
    QList<SignOffOverride> overrides;

    bool isInUse() const;
    const CommentThread *findThread(const QString &id) const;
    CommentThread *findThread(const QString &id);
    // The newest step of a chapter, or null.
    const ReviewStep *lastStep(const QString &chapterId) const;
    bool operator==(const ReviewRecord &) const = default;
};

} // namespace csr
