#pragma once

#include "Block.h"

#include <QUndoCommand>
#include <memory>

namespace csr::ui {

class ReportSession;

// Undo commands for a plain list block (honours).
namespace ListCommands {

std::unique_ptr<QUndoCommand> addItem(ReportSession *session, const Block &block, int row,
                                      const QString &text);
std::unique_ptr<QUndoCommand> removeItem(ReportSession *session, const Block &block, int row);
std::unique_ptr<QUndoCommand> editItem(ReportSession *session, const Block &block, int row,
                                       const QString &text);
// Moves the item at `row` by `delta` places (-1 up, +1 down).
std::unique_ptr<QUndoCommand> moveItem(ReportSession *session, const Block &block, int row,
                                       int delta);

} // namespace ListCommands
} // namespace csr::ui
