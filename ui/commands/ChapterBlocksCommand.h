#pragma once

#include "Block.h"

#include <QList>
#include <QPointer>
#include <QUndoCommand>

namespace csr::ui {

class ReportSession;

// Adds or removes blocks of one chapter (a photo): the chapter's block list before and after.
class ChapterBlocksCommand : public QUndoCommand
{
public:
    ChapterBlocksCommand(ReportSession *session, const QString &chapterId, QList<Block> before,
                         QList<Block> after, const QString &text);
    void undo() override;
    void redo() override;

private:
    QPointer<ReportSession> m_session;
    QString m_chapterId;
    QList<Block> m_before;
    QList<Block> m_after;
};

} // namespace csr::ui
