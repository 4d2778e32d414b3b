#include "ChapterCommands.h"

#include "CommandIds.h"
#include "ReportSession.h"

namespace csr::ui {

EditChapterHeaderCommand::EditChapterHeaderCommand(ReportSession *session, const Chapter &chapter,
                                                   const QString &assignee, ChapterStatus status)
    : m_session(session), m_chapterId(chapter.id), m_oldAssignee(chapter.assignee),
      m_newAssignee(assignee), m_oldStatus(chapter.status), m_newStatus(status)
{
    if (status != chapter.status)
        setText(tr("Mark \"%1\" as %2").arg(chapter.title, statusLabel(status)));
    else
        setText(tr("Assign \"%1\"").arg(chapter.title));
}

QString EditChapterHeaderCommand::statusLabel(ChapterStatus status)
{
    switch (status) {
    case ChapterStatus::Draft:
        return tr("draft");
    case ChapterStatus::Submitted:
        return tr("submitted");
    case ChapterStatus::Approved:
        return tr("approved");
    case ChapterStatus::NeedsChanges:
        return tr("needs changes");
    }
    return {};
}

int EditChapterHeaderCommand::id() const
{
    return ChapterAssigneeId;
}

bool EditChapterHeaderCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const EditChapterHeaderCommand *>(other);
    // Only assignee typing merges; a status change is a decision of its own.
    if (!o || o->m_chapterId != m_chapterId || m_oldStatus != m_newStatus ||
        o->m_oldStatus != o->m_newStatus)
        return false;
    m_newAssignee = o->m_newAssignee;
    setObsolete(m_newAssignee == m_oldAssignee);
    return true;
}

void EditChapterHeaderCommand::undo()
{
    if (m_session)
        m_session->applyChapterHeader(m_chapterId, m_oldAssignee, m_oldStatus);
}

void EditChapterHeaderCommand::redo()
{
    if (m_session)
        m_session->applyChapterHeader(m_chapterId, m_newAssignee, m_newStatus);
}

} // namespace csr::ui
