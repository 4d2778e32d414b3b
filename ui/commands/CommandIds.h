#pragma once

namespace csr::ui {

// QUndoCommand::id() values: commands with the same id may merge (consecutive typing).
enum CommandId {
    ParagraphTypingId = 1,
    ChapterAssigneeId,
};

} // namespace csr::ui
