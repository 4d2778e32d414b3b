#include "ChapterTreeModel.h"

#include "Plausibility.h"
#include "ReviewWorkflow.h"

#include "ReportSession.h"

#include <QColor>
#include <numeric>
#include <set>

namespace csr::ui {

namespace {
bool allBlocksFilled(const Chapter &c, int &blocks)
{
    for (const Block &b : c.blocks) {
        ++blocks;
        if (b.isEmpty())
            return false;
    }
    for (const Chapter &child : c.children)
        if (!allBlocksFilled(child, blocks))
            return false;
    return true;
}
} // namespace

int ChapterTreeModel::openThreads(const QString &chapterId) const
{
    const auto &threads = m_session->document().review.threads;
    return int(std::count_if(threads.begin(), threads.end(), [&](const CommentThread &t) {
        return !t.resolved && t.anchor.chapterId == chapterId;
    }));
}

Completion completionOf(const Chapter &chapter)
{
    if (chapter.status == ChapterStatus::Approved)
        return Completion::Complete;
    if (!chapter.hasContent())
        return Completion::Empty;
    int blocks = 0;
    return allBlocksFilled(chapter, blocks) && blocks > 0 ? Completion::Complete
                                                          : Completion::InProgress;
}

ChapterTreeModel::ChapterTreeModel(ReportSession *session, QObject *parent)
    : QAbstractItemModel(parent), m_session(session)
{
    rebuild();
    connect(session, &ReportSession::documentReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    // Marks depend on the subtree, so any chapter change may change its ancestors' marks.
    connect(session, &ReportSession::chapterChanged, this, &ChapterTreeModel::refreshWithAncestors);
    // The review column: steps and comments, and edits that withdraw an approval.
    connect(session, &ReportSession::reviewChanged, this, [this] { refreshAll({}); });
    // A block's change is its chapter's (chapterChanged follows it). A figure's change can
    // only turn an approved chapter showing it into "edited": those rows' status alone.
    connect(session, &ReportSession::metricEdited, this,
            [this](const QString &id) { refreshApproved(id); });
    connect(session, &ReportSession::metricListReplaced, this, [this] { refreshApproved({}); });
}

void ChapterTreeModel::refreshApproved(const QString &metricId)
{
    // One dataChanged per parent, over the rows concerned: a navigator sized to its contents
    // measures its visible rows for each signal, and a report may hold many approved
    // chapters side by side.
    QHash<int, std::pair<int, int>> rowsOfParent; // parent node → first and last row
    QList<int> every;
    if (metricId.isEmpty()) {
        every.resize(m_nodes.size());
        std::iota(every.begin(), every.end(), 0);
    }
    for (const int n : metricId.isEmpty() ? every : nodesShowing(metricId)) {
        const Chapter *c = chapterOfNode(n);
        if (!c || c->status != ChapterStatus::Approved)
            continue;
        // Only a row whose shown status changes (approved ↔ edited) is announced.
        const ChapterStatus now = ReviewWorkflow::effectiveStatus(m_session->document(), *c);
        const auto shown = m_approvedShown.constFind(n);
        if (shown != m_approvedShown.cend() && *shown == now)
            continue;
        m_approvedShown.insert(n, now);
        const Node &node = m_nodes.at(n);
        auto it = rowsOfParent.find(node.parent);
        if (it == rowsOfParent.end())
            rowsOfParent.insert(node.parent, {node.row, node.row});
        else
            *it = {std::min(it->first, node.row), std::max(it->second, node.row)};
    }
    for (auto it = rowsOfParent.cbegin(); it != rowsOfParent.cend(); ++it) {
        const QModelIndex parent =
            it.key() < 0 ? QModelIndex()
                         : createIndex(m_nodes.at(it.key()).row, 0, quintptr(it.key()));
        emit dataChanged(index(it->first, StatusColumn, parent),
                         index(it->second, StatusColumn, parent));
    }
}

const QList<int> &ChapterTreeModel::nodesShowing(const QString &metricId)
{
    const auto index = [this](int n) {
        const Chapter *c = chapterOfNode(n);
        const QStringList ids = c ? metricsShownIn(*c) : QStringList();
        for (const QString &id : ids)
            m_nodesShowing[id].append(n);
        m_shownBy.insert(n, ids);
    };
    if (!m_indexed) {
        for (int n = 0; n < m_nodes.size(); ++n)
            index(n);
        m_indexed = true;
        m_unindexed.clear();
    }
    for (const int n : std::as_const(m_unindexed)) {
        for (const QString &id : m_shownBy.value(n))
            m_nodesShowing[id].removeOne(n);
        index(n);
    }
    m_unindexed.clear();
    static const QList<int> none;
    const auto it = m_nodesShowing.constFind(metricId);
    return it == m_nodesShowing.cend() ? none : *it;
}

void ChapterTreeModel::noteAssignee(int node)
{
    const Chapter *c = chapterOfNode(node);
    const QString name = c ? c->assignee.trimmed() : QString();
    const auto it = m_assigneeOf.find(node);
    if (it == m_assigneeOf.end() || *it == name)
        return;
    *it = name;
    emit assigneesChanged();
}

void ChapterTreeModel::setImported(const QSet<QString> &chapterIds)
{
    if (chapterIds == m_imported)
        return;
    m_imported = chapterIds;
    refreshAll({});
}

void ChapterTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refreshAll({});
}

void ChapterTreeModel::refreshAll(const QModelIndex &parent)
{
    if (!parent.isValid()) { // every row is shown anew
        m_approvedShown.clear();
        m_shown.clear();
    }
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int r = 0; r < rows; ++r)
        refreshAll(index(r, 0, parent));
}

void ChapterTreeModel::refreshWithAncestors(const QString &chapterId)
{
    // Marks depend on the subtree, so a chapter's change may change its ancestors' marks; the
    // rest of the tree is untouched. A row is announced only when what it shows changed: a
    // navigator sized to its contents measures its visible rows on each announcement, which
    // per keystroke cost more than the keystroke.
    const int changed = m_nodeOfId.value(chapterId, -1);
    if (changed >= 0)
        m_unindexed.insert(changed); // its blocks may show other figures now
    for (int n = changed; n >= 0; n = m_nodes.at(n).parent) {
        m_approvedShown.remove(n); // shown anew
        const Chapter *c = chapterOfNode(n);
        const Node &node = m_nodes.at(n);
        if (c) {
            const RowLook look{completionOf(*c),
                               ReviewWorkflow::effectiveStatus(m_session->document(), *c),
                               c->assignee};
            const auto shown = m_shown.constFind(n);
            if (shown != m_shown.cend() && *shown == look)
                continue;
            m_shown.insert(n, look);
        }
        emit dataChanged(createIndex(node.row, 0, quintptr(n)),
                         createIndex(node.row, ColumnCount - 1, quintptr(n)));
    }
    if (changed >= 0)
        noteAssignee(changed);
}

void ChapterTreeModel::rebuild()
{
    m_approvedShown.clear();
    m_shown.clear();
    m_nodes.clear();
    m_top.clear();
    m_nodeOfId.clear();
    m_assigneeOf.clear();
    m_nodesShowing.clear();
    m_shownBy.clear();
    m_unindexed.clear();
    m_indexed = false;
    addNodes(m_session->document().chapters, -1, 0);
}

void ChapterTreeModel::addNodes(const QList<Chapter> &chapters, int parent, int depth)
{
    const NumberingStyle style = numberingAt(m_session->document().metadata.numbering, depth);
    int numbered = 0;
    for (int i = 0; i < chapters.size(); ++i) {
        const Chapter &c = chapters.at(i);
        const int me = int(m_nodes.size());
        m_nodes.append(Node{c.id,
                            c.numbered ? chapterNumber(style, numbered++, c.code) : QString(),
                            parent,
                            i,
                            {}});
        if (!m_nodeOfId.contains(c.id)) // the first of duplicate ids, as a scan would find
            m_nodeOfId.insert(c.id, me);
        m_assigneeOf.insert(me, c.assignee.trimmed());
        if (parent < 0)
            m_top.append(me);
        else
            m_nodes[parent].children.append(me);
        addNodes(c.children, me, depth + 1);
    }
}

QModelIndex ChapterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &siblings =
        parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex ChapterTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int ChapterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int ChapterTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Chapter *ChapterTreeModel::chapterAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_session)
        return nullptr;
    return chapterOfNode(int(index.internalId()));
}

const Chapter *ChapterTreeModel::chapterOfNode(int node) const
{
    const Node &n = m_nodes.at(node);
    const QList<Chapter> *siblings = &m_session->document().chapters;
    if (n.parent >= 0) {
        const Chapter *parent = chapterOfNode(n.parent);
        if (!parent)
            return nullptr;
        siblings = &parent->children;
    }
    if (n.row >= siblings->size() || siblings->at(n.row).id != n.chapterId)
        return nullptr;
    return &siblings->at(n.row);
}

QString ChapterTreeModel::statusText(ChapterStatus status)
{
    switch (status) {
    case ChapterStatus::Draft:
        return tr("Draft");
    case ChapterStatus::Submitted:
        return tr("Submitted");
    case ChapterStatus::Approved:
        return tr("Approved");
    case ChapterStatus::NeedsChanges:
        return tr("Needs changes");
    }
    return {};
}

QVariant ChapterTreeModel::data(const QModelIndex &index, int role) const
{
    const Chapter *c = chapterAt(index);
    if (!c)
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case ChapterIdRole:
        return c->id;
    case AssigneeRole:
        return c->assignee;
    case StatusRole:
        return int(c->status);
    case CompletionRole:
        return int(completionOf(*c));
    case NumberRole:
        return node.number;
    default:
        break;
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        const int open = openThreads(c->id);
        const ChapterStatus shown = ReviewWorkflow::effectiveStatus(m_session->document(), *c);
        QString text = statusText(shown);
        if (shown != c->status)
            text += tr(" (edited since approval)");
        if (open > 0)
            text += tr(", %n open comment(s)", nullptr, open);
        if (m_imported.contains(c->id))
            text += tr(", imported: not yet reviewed");
        return text;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return node.number + c->title;
        case AssigneeColumn:
            return c->assignee;
        case StatusColumn: {
            // What counts: an approved chapter edited since is a draft again.
            const ChapterStatus shown = ReviewWorkflow::effectiveStatus(m_session->document(), *c);
            const int open = openThreads(c->id);
            QString text = statusText(shown);
            if (shown != c->status)
                text += tr(" (edited)");
            // Kept short, so the titles beside it keep their room; the tooltip says it in full.
            if (open > 0)
                text += QStringLiteral(" ●%1").arg(open);
            if (m_imported.contains(c->id))
                text += tr(" (imported)");
            return text;
        }
        }
    }
    if (index.column() != TitleColumn)
        return {};
    const Completion done = completionOf(*c);
    if (role == Qt::DecorationRole) {
        // A coloured swatch: grey empty, amber in progress, green complete.
        switch (done) {
        case Completion::Empty:
            return QColor(Qt::lightGray);
        case Completion::InProgress:
            return QColor(230, 160, 0);
        case Completion::Complete:
            return QColor(40, 160, 70);
        }
    }
    if (role == Qt::ToolTipRole) {
        QString mark;
        switch (done) {
        case Completion::Empty:
            mark = tr("Empty");
            break;
        case Completion::InProgress:
            mark = tr("In progress");
            break;
        case Completion::Complete:
            mark = tr("Complete");
            break;
        }
        // The full title first: a narrow navigator cuts it.
        QString tip = node.number + c->title + QLatin1Char('\n') +
                      tr("%1 — %2").arg(mark, statusText(c->status));
        if (!c->assignee.isEmpty())
            tip += QLatin1Char('\n') + tr("Assigned to %1").arg(c->assignee);
        if (c->required)
            tip += QLatin1Char('\n') + tr("Required by the guideline");
        return tip;
    }
    return {};
}

QVariant ChapterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Chapter");
    case AssigneeColumn:
        return tr("Assignee");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QModelIndex ChapterTreeModel::indexOf(const QString &chapterId) const
{
    const int i = m_nodeOfId.value(chapterId, -1);
    return i < 0 ? QModelIndex() : createIndex(m_nodes.at(i).row, 0, quintptr(i));
}

QStringList ChapterTreeModel::assignees() const
{
    std::set<QString> names;
    for (const QString &name : m_assigneeOf)
        if (!name.isEmpty())
            names.insert(name);
    return QStringList(names.begin(), names.end());
}

} // namespace csr::ui
