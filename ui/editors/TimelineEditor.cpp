#include "TimelineEditor.h"

#include "FitToRows.h"
#include "ReportSession.h"
#include "RowButtons.h"
#include "TimelineDelegate.h"
#include "TimelineModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace csr::ui {

TimelineEditor::TimelineEditor(ReportSession *session, const QString &blockId, QWidget *parent)
    : QWidget(parent), m_session(session), m_blockId(blockId),
      m_model(new TimelineModel(session, blockId, this)), m_view(new QTableView(this)),
      // Fixed order: entries stay in date order, so there is nothing to move.
      m_buttons(new RowButtons(RowButtons::Order::Fixed, this))
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
    layout->addWidget(m_buttons);

    connect(m_buttons, &RowButtons::addClicked, this, &TimelineEditor::addEvent);
    connect(m_buttons, &RowButtons::removeClicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_model->removeEvent(m_view->currentIndex().row());
    });
    keepFittedToRows(m_view);
    retranslate();
}

void TimelineEditor::retranslate()
{
    m_buttons->retranslate(tr("Add event"), tr("Remove event"));
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

} // namespace csr::ui
