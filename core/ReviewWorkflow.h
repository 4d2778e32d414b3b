#pragma once

#include "Document.h"
#include "ReviewPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace csr {

struct ReviewOutcome
{
    QString error; // empty when the step was taken; otherwise why not, naming what to do
    bool ok() const { return error.isEmpty(); }
};

// The review of each chapter: draft → submitted → approved, or submitted → needs changes →
// submitted again. Every step is recorded (who, when, reason) in ReviewRecord::history. The
// steps change `doc` only when they succeed.
class ReviewWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(csr::ReviewWorkflow)
public:
    // The status that counts: an approved chapter whose content (its blocks, title and the
    // figures it shows) differs from what was approved is a draft again, even before anyone
    // saved it as one. A chapter marked approved with no recorded approval (files from before
    // review records, format 1) counts as approved.
    static ChapterStatus effectiveStatus(const Document &doc, const Chapter &chapter);
    static bool editedSinceApproval(const Document &doc, const Chapter &chapter);
    // SHA-256 over what a reader of the chapter sees change: title, blocks, shown figures.
    static QString fingerprint(const Document &doc, const Chapter &chapter);
    // The same per block: its content and the figures it shows.
    static QString blockFingerprint(const Document &doc, const Block &block);
    static QMap<QString, QString> blockFingerprints(const Document &doc, const Chapter &chapter);
    // The blocks of `chapter` that differ from what its last approval saw, or were added since;
    // empty when it was never approved or the approval recorded no block fingerprints (files
    // from before format 3).
    static QStringList blocksChangedSinceApproval(const Document &doc, const Chapter &chapter);

    // Anyone with a name may submit a draft or a chapter that needs changes.
    static ReviewOutcome submit(Document &doc, const QString &chapterId, const QString &who,
                                const QDateTime &when);
    // Only a reviewer, not the one who submitted it, and only when every figure in the chapter
    // beyond its tolerance has an explanation.
    static ReviewOutcome approve(Document &doc, const QString &chapterId,
                                 const ReviewPolicy &policy, const QString &who,
                                 const QDateTime &when);
    // Only a reviewer; from submitted or approved; the reason is optional.
    static ReviewOutcome returnForChanges(Document &doc, const QString &chapterId,
                                          const ReviewPolicy &policy, const QString &who,
                                          const QDateTime &when, const QString &reason);
    // Turns each approved chapter edited since its approval into a draft, recording why, and
    // returns their titles (for "approval withdrawn" messages). Done before saving.
    static QStringList settleEdits(Document &doc, const QString &who, const QDateTime &when);

    // A short human name of a status: "draft", "submitted", "needs changes", "approved".
    static QString statusText(ChapterStatus status);
};

} // namespace csr
