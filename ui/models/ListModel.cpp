#include "ListModel.h"

#include "ListCommands.h"
#include "ReportSession.h"

namespace csr::ui {

ListModel::ListModel(ReportSession *session, const QString &blockId, QObject *parent)
    : SnapshotModel(parent), m_session(session), m_blockId(blockId)
{
    connect(session, &ReportSession::blockChanged, this, [this](const QString &id) {
        if (id == m_blockId)
            refresh(false);
    });
    connect(session, &ReportSession::documentReset, this, [this] { refresh(true); });
    refresh(true);
}

void ListModel::refresh(bool documentReset)
{
    const QStringList *i = items();
    const QStringList now = i ? *i : QStringList();
    if (documentReset)
        resetRows(now);
    else
        setRows(now);
}

const QStringList *ListModel::items() const
{
    if (!m_session)
        return nullptr;
    const Block *b = m_session->findBlock(m_blockId);
    const auto *list = b ? std::get_if<ItemList>(&b->content) : nullptr;
    return list ? &list->items : nullptr;
}

int ListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

QVariant ListModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= rows().size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return rows().at(index.row());
    return {};
}

Qt::ItemFlags ListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                           : Qt::NoItemFlags;
}

namespace {
template <typename Make> bool push(ReportSession *session, const QString &blockId, Make make)
{
    const Block *b = session ? session->findBlock(blockId) : nullptr;
    if (!b)
        return false;
    auto cmd = make(*b);
    if (!cmd)
        return false;
    session->undoStack()->push(cmd.release());
    return true;
}
} // namespace

bool ListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || value.toString().trimmed().isEmpty())
        return false;
    push(m_session, m_blockId, [&](const Block &b) {
        return ListCommands::editItem(m_session, b, index.row(), value.toString().trimmed());
    });
    return true;
}

bool ListModel::addItem(int row, const QString &text)
{
    return push(m_session, m_blockId,
                [&](const Block &b) { return ListCommands::addItem(m_session, b, row, text); });
}

bool ListModel::removeItem(int row)
{
    return push(m_session, m_blockId,
                [&](const Block &b) { return ListCommands::removeItem(m_session, b, row); });
}

bool ListModel::moveItem(int row, int delta)
{
    return push(m_session, m_blockId,
                [&](const Block &b) { return ListCommands::moveItem(m_session, b, row, delta); });
}

} // namespace csr::ui
