#pragma once

#include "Chapter.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

namespace csr::ui {

class ReportSession;

// How far a chapter is filled in, shown as a mark in the navigator.
// Complete means: approved by the reviewer, or every block in the chapter and its
// sub-chapters has content (and there is at least one). Empty: no block has content.
// In progress: anything between. Approval counts as complete even with empty blocks because
// the reviewer may accept an intentionally empty optional block.
enum class Completion { Empty, InProgress, Complete };
Completion completionOf(const Chapter &chapter);

// The numbered chapter tree (一、/（一）/1.) with assignee and review status.
class ChapterTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, AssigneeColumn, StatusColumn, ColumnCount };
    enum Role {
        ChapterIdRole = Qt::UserRole + 1,
        AssigneeRole,
        StatusRole,     // int(ChapterStatus)
        CompletionRole, // int(Completion)
        NumberRole,     // "（一）"
    };

    explicit ChapterTreeModel(ReportSession *session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QModelIndex indexOf(const QString &chapterId) const;
    QStringList assignees() const; // distinct, sorted, non-empty
    static QString statusText(ChapterStatus status);
    int openThreads(const QString &chapterId) const; // unresolved comments anchored there
    void retranslate();
    // Chapters read by the report import and not yet reviewed: their status says "imported".
    void setImported(const QSet<QString> &chapterIds);

signals:
    // Someone's name came or went (assignees() changed): a chapter's assignee was edited.
    void assigneesChanged();

private:
    struct Node
    {
        QString chapterId;
        QString number;
        int parent = -1; // index into m_nodes; -1 for top level
        int row = 0;
        QList<int> children;
    };
    void rebuild();
    void addNodes(const QList<Chapter> &chapters, int parent, int depth);
    const Chapter *chapterAt(const QModelIndex &index) const;
    const Chapter *chapterOfNode(int node) const;
    void refreshAll(const QModelIndex &parent);
    void refreshWithAncestors(const QString &chapterId);
    void refreshApproved(const QString &metricId); // empty: any figure may have changed
    void noteAssignee(int node);
    const QList<int> &nodesShowing(const QString &metricId);

    QPointer<ReportSession> m_session;
    QList<Node> m_nodes;
    QList<int> m_top;
    // Built once per document: the tree's structure changes only by a reset, so a node's
    // position leads to its chapter in O(depth) and an id to its node in O(1) (a scan per
    // data() call made a 3,500-chapter tree slow to open and to repaint).
    QHash<QString, int> m_nodeOfId;
    // What the status column of approved chapters last said (approved, or edited since), so a
    // figure's edit announces only rows whose status changed with it.
    QHash<int, ChapterStatus> m_approvedShown;
    // Each chapter's assignee as last seen (trimmed), so the person filter is rebuilt only when
    // a name comes or goes, not on every keystroke in a 3,500-chapter report.
    QHash<int, QString> m_assigneeOf;
    // Which chapters show a figure (metric id → nodes) and what each node showed when indexed:
    // a figure's edit looks at those chapters only. Built on first use; a changed chapter is
    // indexed again when next needed.
    QHash<QString, QList<int>> m_nodesShowing;
    QHash<int, QStringList> m_shownBy;
    QSet<int> m_unindexed; // changed since indexed
    bool m_indexed = false;
    QSet<QString> m_imported; // chapter ids
    // What a chapter's row last showed after its chapter changed: its mark, status and assignee.
    struct RowLook
    {
        Completion completion;
        ChapterStatus status;
        QString assignee;
        bool operator==(const RowLook &) const = default;
    };
    QHash<int, RowLook> m_shown;
};

} // namespace csr::ui
