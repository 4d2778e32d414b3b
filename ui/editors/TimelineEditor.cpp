#include "TimelineEditor.h"

#include "ReportSession.h"
#include "TimelineDelegate.h"
#include "TimelineModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csr::ui {

TimelineEditor::TimelineEditor(ReportSession *session, const QString &blockId, QWidget *parent)
    : QWidget(parent), m_session(session), m_blockId(blockId),
      m_model(new TimelineModel(session, blockId, this)), m_view(new QTableView(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // As tall as the content: the chapter form's closing stretch takes the spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // The event's title is what people read; the other columns take what their content needs
    // (an outlet or note column left empty shrinks to its heading).
    for (int c = 0; c < TimelineModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, c == TimelineModel::TitleColumn
                                                                ? QHeaderView::Stretch
                                                                : QHeaderView::ResizeToContents);
    // Except the date, wide enough for its editor (a date box with a calendar button).
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::DateColumn, QHeaderView::Fixed);
    m_view->setColumnWidth(TimelineModel::DateColumn,
                           fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 56);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->setWordWrap(false);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TimelineEditor::addEvent);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_model->removeEvent(m_view->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineEditor::fitHeight);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineEditor::fitHeight);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineEditor::fitHeight);
    retranslate();
    fitHeight();
}

void TimelineEditor::retranslate()
{
    m_add->setText(tr("Add event"));
    m_remove->setText(tr("Remove event"));
}

void TimelineEditor::addEvent()
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    const auto *t = b ? std::get_if<Timeline>(&b->content) : nullptr;
    if (!t)
        return;
    // A new event starts within the report year, so it is not flagged before it is dated.
    const ReportMetadata &m = m_session->document().metadata;
    QDate date = QDate::currentDate();
    if (m.periodStart.isValid() && m.periodEnd.isValid() &&
        (date < m.periodStart || date > m.periodEnd))
        date = t->entries.isEmpty() ? m.periodStart : t->entries.last().date;
    const int row = m_model->addEvent(TimelineEntry{date, tr("New event"), t->category, {}, {}});
    if (row >= 0) {
        const QModelIndex i = m_model->index(row, TimelineModel::TitleColumn);
        m_view->setCurrentIndex(i);
        m_view->edit(i);
    }
}

void TimelineEditor::fitHeight()
{
    int h = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth();
    const int rows = std::max(1, m_model->rowCount());
    h += rows * m_view->verticalHeader()->defaultSectionSize();
    m_view->setFixedHeight(h + 2);
}

} // namespace csr::ui
