#include "ChapterFilterProxy.h"

#include "ChapterTreeModel.h"

namespace csr::ui {

ChapterFilterProxy::ChapterFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ChapterFilterProxy::setAssignee(const QString &assignee)
{
    m_assignee = assignee;
    invalidateFilter();
}

void ChapterFilterProxy::setStatus(std::optional<ChapterStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void ChapterFilterProxy::setPinnedChapter(const QString &chapterId)
{
    if (m_pinned == chapterId)
        return;
    m_pinned = chapterId;
    invalidateFilter();
}

bool ChapterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_pinned.isEmpty() && i.data(ChapterTreeModel::ChapterIdRole).toString() == m_pinned)
        return true;
    if (!m_assignee.isEmpty()) {
        const QString who = i.data(ChapterTreeModel::AssigneeRole).toString().trimmed();
        if (m_assignee == UnassignedKey ? !who.isEmpty() : who != m_assignee)
            return false;
    }
    if (m_status && i.data(ChapterTreeModel::StatusRole).toInt() != int(*m_status))
        return false;
    return true;
}

} // namespace csr::ui
