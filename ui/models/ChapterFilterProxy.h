#pragma once

#include "Chapter.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace csr::ui {

// Narrows the chapter tree to one person's chapters and/or one review status. Parents of a
// matching chapter stay visible so the numbering keeps its context. The pinned chapter (the
// one open in the form) always stays: editing its assignee or status must not pull it out
// of the tree, and so out of the form, while the user is typing.
class ChapterFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChapterFilterProxy(QObject *parent = nullptr);

    // Empty: everyone. UnassignedKey: chapters nobody has taken.
    static inline const QString UnassignedKey = QStringLiteral("\x01unassigned");
    void setAssignee(const QString &assignee);
    void setStatus(std::optional<ChapterStatus> status);
    void setPinnedChapter(const QString &chapterId);
    QString assignee() const { return m_assignee; }
    std::optional<ChapterStatus> status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_assignee;
    std::optional<ChapterStatus> m_status;
    QString m_pinned;
};

} // namespace csr::ui
