#pragma once

#include "Document.h"
#include "ReviewPolicy.h"
#include "ReviewWorkflow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace csr {

// Something that stands between the report and its signature.
struct SignOffBlocker
{
    enum class Kind { ChapterNotApproved, OpenComment, UnexplainedFigure };
    Kind kind = Kind::ChapterNotApproved;
    QString chapterId;
    QString threadId;
    QString metricId;
    QString message; // names the chapter, the comment's place or the figure
};

// The sign-off gate: a report under review is signed only when every required chapter with
// content of its own (not one that only groups sections) is approved, no comment thread is open and
// every figure beyond its tolerance is explained — or when the owner overrides with a recorded
// reason.
//
// A report without any review record (no reviewers, owner, steps, comments: as every file
// written before format 2) is not under review, and the gate lets it through: its status
// fields were never more than notes, and refusing to sign every older report would only
// teach people to override.
class SignOffGate
{
    Q_DECLARE_TR_FUNCTIONS(csr::SignOffGate)
public:
    static bool applies(const Document &doc) { return doc.review.isInUse(); }
    // Empty when the report may be signed (always empty when the gate does not apply).
    static QList<SignOffBlocker> blockers(const Document &doc);
    // Every blocker, whether or not the gate applies (for `csrstudio review`).
    static QList<SignOffBlocker> openPoints(const Document &doc);
    // Records that `who` signs despite `open`; refuses without a reason or when `who` may not.
    static ReviewOutcome recordOverride(Document &doc, const ReviewPolicy &policy,
                                        const QString &who, const QDateTime &when,
                                        const QString &reason, const QList<SignOffBlocker> &open);
};

} // namespace csr
