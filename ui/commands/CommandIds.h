#pragma once

namespace csr::ui {

// QUndoCommand::id() values: commands with the same id may merge (consecutive typing).
enum CommandId {
    ParagraphTypingId = 1,
    ChapterAssigneeId,
    PhotoTypingId, // a photo's caption or alternative text
};

} // namespace csr::ui
