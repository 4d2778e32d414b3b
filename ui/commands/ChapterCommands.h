#pragma once

#include "Chapter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace csr::ui {

class ReportSession;

// Who fills a chapter in and how far its review is. Typing an assignee's name is one step.
class EditChapterHeaderCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::EditChapterHeaderCommand)
public:
    EditChapterHeaderCommand(ReportSession *session, const Chapter &chapter,
                             const QString &assignee, ChapterStatus status);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

    static QString statusLabel(ChapterStatus status);

private:
    QPointer<ReportSession> m_session;
    QString m_chapterId;
    QString m_oldAssignee, m_newAssignee;
    ChapterStatus m_oldStatus, m_newStatus;
};

} // namespace csr::ui
