#include "EditParagraphCommand.h"

namespace csr::ui {

namespace {
Block withText(Block b, const QString &text)
{
    if (auto *p = std::get_if<Paragraph>(&b.content))
        p->text = text;
    return b;
}
} // namespace

EditParagraphCommand::EditParagraphCommand(ReportSession *session, const Block &before,
                                           const QString &newText, const QString &chapterTitle,
                                           int burst)
    : BlockCommand(session, before, withText(before, newText),
                   tr("Edit text in \"%1\"").arg(chapterTitle),
                   QStringLiteral("text#%1").arg(burst), ParagraphTypingId)
{
}

} // namespace csr::ui
