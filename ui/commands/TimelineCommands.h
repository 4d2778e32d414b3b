#pragma once

#include "Block.h"

#include <QUndoCommand>
#include <memory>

namespace csr::ui {

class ReportSession;

// Undo commands for a timeline block. Entries stay sorted by date after every command.
namespace TimelineCommands {

enum class Field { Date, Category, Title, Outlet, Note };

std::unique_ptr<QUndoCommand> addEvent(ReportSession *session, const Block &block,
                                       const TimelineEntry &entry);
std::unique_ptr<QUndoCommand> removeEvent(ReportSession *session, const Block &block, int row);
std::unique_ptr<QUndoCommand> editEvent(ReportSession *session, const Block &block, int row,
                                        Field field, const QVariant &value);

} // namespace TimelineCommands
} // namespace csr::ui
