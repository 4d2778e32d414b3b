#include "NavigatorPanel.h"

#include "ChapterFilterProxy.h"
#include "ChapterTreeModel.h"
#include "ReportSession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <numeric>

// Texts that moved here from the main window keep its translation context, so the shipped
// translations still apply.
namespace csr::ui {

NavigatorPanel::NavigatorPanel(ReportSession *session, QWidget *parent)
    : QWidget(parent), m_chapters(new ChapterTreeModel(session, this)),
      m_filter(new ChapterFilterProxy(this)), m_detailsButton(new QPushButton(this)),
      m_assigneeFilter(new QComboBox(this)), m_statusFilter(new QComboBox(this)),
      m_tree(new QTreeView(this))
{
    m_filter->setSourceModel(m_chapters);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    connect(m_detailsButton, &QPushButton::clicked, this, &NavigatorPanel::detailsRequested);
    layout->addWidget(m_detailsButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_assigneeFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    layout->addLayout(filters);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ChapterTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ChapterTreeModel::AssigneeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ChapterTreeModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(ChapterTreeModel::ChapterIdRole).toString();
                if (!m_syncing && !id.isEmpty() && id != m_current)
                    emit chapterPicked(id);
            });
    connect(m_filter, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_tree, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_assigneeFilter, &QComboBox::activated, this, [this] {
        m_filter->setAssignee(m_assigneeFilter->currentData().toString());
        m_tree->expandAll();
    });
    connect(m_statusFilter, &QComboBox::activated, this, [this] {
        const int s = m_statusFilter->currentData().toInt();
        m_filter->setStatus(s < 0 ? std::nullopt : std::optional(ChapterStatus(s)));
        m_tree->expandAll();
    });
    connect(m_chapters, &ChapterTreeModel::assigneesChanged, this, &NavigatorPanel::refreshFilters);
    connect(session, &ReportSession::documentReset, this, &NavigatorPanel::refreshFilters);
    // Once the tree has laid out the new rows; also when a status ("needs changes · 1
    // comment") or an assignee widens a column, so the titles beside it stay whole.
    const auto measureAll = [this] { QTimer::singleShot(0, this, &NavigatorPanel::measureAll); };
    connect(session, &ReportSession::documentReset, this, measureAll);
    connect(session, &ReportSession::reviewChanged, this, measureAll);
    // Statuses say "(imported)" while the import review lists the chapter (undoing an accept).
    connect(session, &ReportSession::importReviewChanged, this, measureAll);
    // A chapter's change can only widen its own row and its ancestors' (their marks and
    // status): measuring all rows after every keystroke froze a 3,500-chapter report.
    connect(session, &ReportSession::chapterChanged, this, [this](const QString &id) {
        QTimer::singleShot(0, this, [this, id] { widenFor(id); });
    });
}

NavigatorPanel::~NavigatorPanel()
{
    // The tree outlives this class's members' users: no pick while it is torn down.
    m_tree->selectionModel()->disconnect(this);
}

void NavigatorPanel::refreshFilters()
{
    // The proxy is what filters: the boxes are rebuilt to show its state, so a name nobody
    // carries any more (typed over a moment ago) stays listed while the tree is filtered by it.
    const QString person = m_filter->assignee();
    m_assigneeFilter->clear();
    m_assigneeFilter->addItem(QCoreApplication::translate("csr::ui::MainWindow", "Everyone"),
                              QString());
    m_assigneeFilter->addItem(QCoreApplication::translate("csr::ui::MainWindow", "Unassigned"),
                              ChapterFilterProxy::UnassignedKey);
    QStringList names = m_chapters->assignees();
    if (!person.isEmpty() && person != ChapterFilterProxy::UnassignedKey && !names.contains(person))
        names << person;
    for (const QString &name : names)
        m_assigneeFilter->addItem(name, name);
    m_assigneeFilter->setCurrentIndex(std::max(0, m_assigneeFilter->findData(person)));

    const int status = m_filter->status() ? int(*m_filter->status()) : -1;
    m_statusFilter->clear();
    m_statusFilter->addItem(QCoreApplication::translate("csr::ui::MainWindow", "Any status"), -1);
    for (auto s : {ChapterStatus::Draft, ChapterStatus::Submitted, ChapterStatus::NeedsChanges,
                   ChapterStatus::Approved})
        m_statusFilter->addItem(ChapterTreeModel::statusText(s), int(s));
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(status)));
}

QString NavigatorPanel::firstChapter() const
{
    return m_filter->index(0, 0).data(ChapterTreeModel::ChapterIdRole).toString();
}

int NavigatorPanel::preferredWidth() const
{
    return widthOf(measuredColumns());
}

NavigatorPanel::Columns NavigatorPanel::measuredColumns() const
{
    // Through the base, where the tree's own (indentation-aware) measure is public.
    static_assert(std::tuple_size_v<Columns> == ChapterTreeModel::ColumnCount);
    const QAbstractItemView *view = m_tree;
    Columns columns{};
    for (int c = 0; c < ChapterTreeModel::ColumnCount; ++c)
        columns[std::size_t(c)] =
            std::max(view->sizeHintForColumn(c), m_tree->header()->sectionSizeHint(c));
    return columns;
}

int NavigatorPanel::widthOf(const Columns &columns) const
{
    const QMargins margins = layout()->contentsMargins();
    return std::accumulate(columns.begin(), columns.end(), 0) + 2 * m_tree->frameWidth() +
           m_tree->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right();
}

void NavigatorPanel::measureAll()
{
    m_columns = measuredColumns();
    m_measured = true;
    emit widthWanted(widthOf(m_columns));
}

void NavigatorPanel::widenFor(const QString &chapterId)
{
    if (!m_measured) { // no whole measure yet to widen: take one
        measureAll();
        return;
    }
    bool wider = false;
    for (QModelIndex row = m_filter->mapFromSource(m_chapters->indexOf(chapterId)); row.isValid();
         row = row.parent()) {
        int depth = 0;
        for (QModelIndex p = row.parent(); p.isValid(); p = p.parent())
            ++depth;
        for (int c = 0; c < ChapterTreeModel::ColumnCount; ++c) {
            int width = m_tree->sizeHintForIndex(row.siblingAtColumn(c)).width();
            if (c == 0) // as the tree indents its first column
                width += (depth + (m_tree->rootIsDecorated() ? 1 : 0)) * m_tree->indentation();
            if (width > m_columns[std::size_t(c)]) {
                m_columns[std::size_t(c)] = width;
                wider = true;
            }
        }
    }
    if (wider)
        emit widthWanted(widthOf(m_columns));
}

void NavigatorPanel::showCurrent(const QString &chapterId)
{
    m_current = chapterId;
    // Re-pinning may drop the previous chapter from a filtered tree, which moves the tree's
    // current row; that move must not choose another chapter than this one.
    m_syncing = true;
    m_filter->setPinnedChapter(chapterId);
    const QModelIndex proxy = m_filter->mapFromSource(m_chapters->indexOf(chapterId));
    if (proxy.isValid() && m_tree->currentIndex() != proxy)
        m_tree->setCurrentIndex(proxy);
    m_syncing = false;
}

bool NavigatorPanel::reveal(const QString &chapterId)
{
    const QModelIndex source = m_chapters->indexOf(chapterId);
    if (!source.isValid())
        return false;
    if (!m_filter->mapFromSource(source).isValid()) {
        m_filter->setAssignee({});
        m_filter->setStatus(std::nullopt);
        m_assigneeFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        m_tree->expandAll();
    }
    return true;
}

void NavigatorPanel::retranslate()
{
    m_detailsButton->setText(QCoreApplication::translate("csr::ui::MainWindow", "Report details…"));
    m_detailsButton->setToolTip(QCoreApplication::translate(
        "csr::ui::MainWindow", "Unit, year, period, scope, standards, page budget"));
    m_chapters->retranslate();
    refreshFilters();
}

} // namespace csr::ui
