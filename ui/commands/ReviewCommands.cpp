#include "ReviewCommands.h"

#include "ReportSession.h"

namespace csr::ui {

QHash<QString, ChapterStatus> ReviewCommand::statuses(const Document &doc)
{
    QHash<QString, ChapterStatus> out;
    forEachChapter(doc.chapters,
                   [&](const ChapterVisit &v) { out.insert(v.chapter.id, v.chapter.status); });
    return out;
}

ReviewCommand::ReviewCommand(ReportSession *session, const Document &after, const QString &text)
    : m_session(session), m_beforeReview(session->document().review), m_afterReview(after.review),
      m_beforeStatuses(statuses(session->document())), m_afterStatuses(statuses(after)),
      m_beforeEvidence(session->document().evidence), m_afterEvidence(after.evidence)
{
    setText(text);
}

void ReviewCommand::undo()
{
    if (m_session)
        m_session->applyReview(m_beforeReview, m_beforeStatuses, m_beforeEvidence);
}

void ReviewCommand::redo()
{
    if (m_session)
        m_session->applyReview(m_afterReview, m_afterStatuses, m_afterEvidence);
}

} // namespace csr::ui
