#include "ChapterBlocksCommand.h"

#include "ReportSession.h"

namespace csr::ui {

ChapterBlocksCommand::ChapterBlocksCommand(ReportSession *session, const QString &chapterId,
                                           QList<Block> before, QList<Block> after,
                                           const QString &text)
    : m_session(session), m_chapterId(chapterId), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(text);
}

void ChapterBlocksCommand::undo()
{
    if (m_session)
        m_session->applyChapterBlocks(m_chapterId, m_before);
}

void ChapterBlocksCommand::redo()
{
    if (m_session)
        m_session->applyChapterBlocks(m_chapterId, m_after);
}

} // namespace csr::ui
