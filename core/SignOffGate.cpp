#include "SignOffGate.h"

#include "CommentAnchoring.h"
#include "Plausibility.h"

namespace csr {

QList<SignOffBlocker> SignOffGate::openPoints(const Document &doc)
{
    using Kind = SignOffBlocker::Kind;
    QList<SignOffBlocker> out;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        // A chapter that only groups its sections has nothing of its own to review; its
        // sections are reviewed one by one.
        if (v.chapter.blocks.isEmpty() && !v.chapter.children.isEmpty())
            return;
        const ChapterStatus status = ReviewWorkflow::effectiveStatus(doc, v.chapter);
        if (v.chapter.required && status != ChapterStatus::Approved)
            out.append({Kind::ChapterNotApproved,
                        v.chapter.id,
                        {},
                        {},
                        tr("the required chapter \"%1\" is not approved (%2)")
                            .arg(v.number + v.chapter.title, ReviewWorkflow::statusText(status))});
    });
    for (const CommentThread &t : doc.review.threads)
        if (!t.resolved)
            out.append(
                {Kind::OpenComment,
                 t.anchor.chapterId,
                 t.id,
                 {},
                 tr("an open comment on %1").arg(CommentAnchoring::describe(doc, t.anchor))});
    for (const ImplausibleFigure &f : implausibleFigures(doc))
        if (!f.explained) {
            const Metric *m = doc.findMetric(f.metricId);
            out.append({Kind::UnexplainedFigure,
                        {},
                        {},
                        f.metricId,
                        tr("the figure \"%1\" (%2) changed by %3 from last year (tolerated: "
                           "%4) without an explanation")
                            .arg(m->label, f.metricId, formatChange(f))
                            .arg(f.points ? QStringLiteral("±%1 pp").arg(f.tolerance)
                                          : QStringLiteral("±%1%").arg(f.tolerance))});
        }
    return out;
}

QList<SignOffBlocker> SignOffGate::blockers(const Document &doc)
{
    return applies(doc) ? openPoints(doc) : QList<SignOffBlocker>{};
}

ReviewOutcome SignOffGate::recordOverride(Document &doc, const ReviewPolicy &policy,
                                          const QString &who, const QDateTime &when,
                                          const QString &reason, const QList<SignOffBlocker> &open)
{
    if (reason.trimmed().isEmpty())
        return {tr("Signing despite open review points needs a reason; it is printed on the "
                   "sign-off record.")};
    if (!policy.mayOverrideSignOff(who))
        return {doc.review.owner.trimmed().isEmpty()
                    ? tr("Only the report's owner may sign despite open review points, and the "
                         "report names no owner.")
                    : tr("Only the report's owner (%1) may sign despite open review points, "
                         "not %2.")
                          .arg(doc.review.owner,
                               who.trimmed().isEmpty() ? tr("an unnamed user") : who)};
    SignOffOverride o{who.trimmed(), when.toUTC(), reason.trimmed(), {}};
    for (const SignOffBlocker &b : open)
        o.blockers << b.message;
    doc.review.overrides.append(o);
    return {};
}

} // namespace csr
