#include "ListCommands.h"

#include "BlockCommand.h"

namespace csr::ui::ListCommands {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::ListCommands)
};

QStringList &itemsOf(Block &b)
{
    return std::get<ItemList>(b.content).items;
}
} // namespace

std::unique_ptr<QUndoCommand> addItem(ReportSession *session, const Block &block, int row,
                                      const QString &text)
{
    Block after = block;
    auto &items = itemsOf(after);
    items.insert(std::clamp<qsizetype>(row, 0, items.size()), text);
    return std::make_unique<BlockCommand>(session, block, after, Tr::tr("Add list item"));
}

std::unique_ptr<QUndoCommand> removeItem(ReportSession *session, const Block &block, int row)
{
    Block after = block;
    auto &items = itemsOf(after);
    if (row < 0 || row >= items.size())
        return nullptr;
    const QString text = items.takeAt(row);
    return std::make_unique<BlockCommand>(session, block, after,
                                          Tr::tr("Remove list item \"%1\"").arg(text));
}

std::unique_ptr<QUndoCommand> editItem(ReportSession *session, const Block &block, int row,
                                       const QString &text)
{
    Block after = block;
    auto &items = itemsOf(after);
    if (row < 0 || row >= items.size() || items.at(row) == text)
        return nullptr;
    items[row] = text;
    return std::make_unique<BlockCommand>(session, block, after, Tr::tr("Edit list item"));
}

std::unique_ptr<QUndoCommand> moveItem(ReportSession *session, const Block &block, int row,
                                       int delta)
{
    Block after = block;
    auto &items = itemsOf(after);
    const int to = row + delta;
    if (row < 0 || row >= items.size() || to < 0 || to >= items.size())
        return nullptr;
    items.move(row, to);
    return std::make_unique<BlockCommand>(session, block, after, Tr::tr("Move list item"));
}

} // namespace csr::ui::ListCommands
