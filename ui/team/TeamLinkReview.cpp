// TeamLink's review part: what the Review panel changed in the editor's document (a step, a
// comment, a reply, a resolution, an explanation, an evidence file) is sent as the server's
// review operations. The server stamps who and when and may refuse; either way the pull that
// follows shows the review as the server has it (its thread and file ids included).
#include "TeamLink.h"

#include <QSet>

namespace csr::ui {

using namespace team;

namespace {

bool isPrefix(const QList<ReviewStep> &shorter, const QList<ReviewStep> &longer)
{
    return shorter.size() <= longer.size() &&
           std::equal(shorter.cbegin(), shorter.cend(), longer.cbegin());
}

} // namespace

void TeamLink::pushReview(const Document &mine, const Document &server)
{
    const ReviewRecord &my = mine.review;
    const ReviewRecord &their = server.review;
    // Steps: only new ones at the end are sent; the server makes drafts of edited approvals.
    if (isPrefix(their.history, my.history)) {
        for (qsizetype i = their.history.size(); i < my.history.size(); ++i) {
            const ReviewStep &s = my.history.at(i);
            const QString key = QStringLiteral("chapter:") + s.chapterId;
            if (s.status == ChapterStatus::Submitted)
                handle(m_team->submitChapter(s.chapterId), key);
            else if (s.status == ChapterStatus::Approved)
                handle(m_team->approveChapter(s.chapterId), key);
            else if (s.status == ChapterStatus::NeedsChanges)
                handle(m_team->returnChapter(s.chapterId, s.reason), key);
        }
    } else if (my.history != their.history) {
        emit refused(tr("A review step on the server cannot be taken back; the next step "
                        "follows it."));
    }
    // Comments: new threads, replies, resolutions.
    for (const CommentThread &t : my.threads) {
        const CommentThread *was = their.findThread(t.id);
        qsizetype sent = 0;
        QString id = t.id;
        if (!was) {
            if (t.comments.isEmpty())
                continue;
            const EditOutcome o = m_team->addThread(t.anchor, t.comments.first().text);
            handle(o, QString());
            if (!o.ok())
                continue;
            id = o.docId;
            sent = 1;
        } else {
            sent = was->comments.size();
        }
        for (qsizetype i = sent; i < t.comments.size(); ++i)
            handle(m_team->reply(id, t.comments.at(i).text), QString());
        if (t.resolved != (was ? was->resolved : false))
            handle(m_team->setResolved(id, t.resolved), QString());
    }
    // Explanations of figures.
    QSet<QString> explained;
    for (auto it = my.explanations.cbegin(); it != my.explanations.cend(); ++it) {
        explained.insert(it.key());
        if (!their.explanations.contains(it.key()) ||
            their.explanations.value(it.key()).text != it->text)
            handle(m_team->explainFigure(it.key(), it->text), QString());
    }
    for (auto it = their.explanations.cbegin(); it != their.explanations.cend(); ++it)
        if (!explained.contains(it.key()))
            handle(m_team->explainFigure(it.key(), QString()), QString());
    // Evidence files.
    QSet<QString> mineIds, theirIds;
    for (const Evidence &e : server.evidence)
        theirIds.insert(e.id);
    for (const Evidence &e : mine.evidence) {
        mineIds.insert(e.id);
        if (!theirIds.contains(e.id))
            handle(m_team->attachEvidence(e.metricId, e.fileName, e.data, e.mimeType), QString());
    }
    for (const QString &id : std::as_const(theirIds))
        if (!mineIds.contains(id))
            handle(m_team->removeEvidence(id), QString());
    // Reviewer names, tolerances, sign-off overrides: the report row, the owner's to change.
    if (reviewSettings(my) != reviewSettings(their))
        handle(m_team->updateReviewSettings(my), QStringLiteral("report"));
}

} // namespace csr::ui
