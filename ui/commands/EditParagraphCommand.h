#pragma once

#include "BlockCommand.h"
#include "CommandIds.h"

namespace csr::ui {

// Typing in a paragraph: consecutive edits of the same paragraph in one burst (the editor
// numbers them: a pause or leaving the paragraph starts the next) are one undo step.
class EditParagraphCommand : public BlockCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::EditParagraphCommand)
public:
    EditParagraphCommand(ReportSession *session, const Block &before, const QString &newText,
                         const QString &chapterTitle, int burst = 0);
};

} // namespace csr::ui
