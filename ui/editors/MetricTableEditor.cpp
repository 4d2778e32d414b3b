#include "MetricTableEditor.h"

#include "MetricTableModel.h"
#include "NumberDelegate.h"
#include "ReportSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csr::ui {

MetricTableEditor::MetricTableEditor(ReportSession *session, const QString &blockId,
                                     QWidget *parent)
    : QWidget(parent), m_model(new MetricTableModel(session, blockId, this)),
      m_view(new QTableView(this)), m_chartLabel(new QLabel(this)), m_chart(new QComboBox(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_up(new QPushButton(this)),
      m_down(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // As tall as the content: the chapter form's closing stretch takes the spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new NumberDelegate(
        {MetricTableModel::ValueColumn, MetricTableModel::PreviousColumn}, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->setWordWrap(false);
    // The metric's name gets the room; figures, units and the tick box take what they need.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MetricTableModel::LabelColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MetricTableModel::SourceColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(MetricTableModel::SourceColumn, 90);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_chartLabel);
    buttons->addWidget(m_chart);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_model->addMetric()) {
            const QModelIndex i =
                m_model->index(m_model->rowCount() - 1, MetricTableModel::LabelColumn);
            m_view->setCurrentIndex(i);
            m_view->edit(i);
        }
    });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_model->removeMetricRow(currentRow()); });
    auto move = [this](int delta) {
        const int row = currentRow();
        const int column = std::max(0, m_view->currentIndex().column());
        if (m_model->moveMetricRow(row, delta))
            m_view->setCurrentIndex(m_model->index(row + delta, column));
    };
    connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [move] { move(+1); });
    connect(m_chart, &QComboBox::activated, this,
            [this](int i) { m_model->setChartType(ChartType(m_chart->itemData(i).toInt())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        syncChartCombo();
        fitHeight();
    });
    retranslate();
    fitHeight();
}

void MetricTableEditor::retranslate()
{
    m_add->setText(tr("Add metric"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_chartLabel->setText(tr("Chart:"));
    m_chart->clear();
    m_chart->addItem(tr("None"), int(ChartType::None));
    m_chart->addItem(tr("Bar"), int(ChartType::Bar));
    m_chart->addItem(tr("Pie"), int(ChartType::Pie));
    m_chart->addItem(tr("Year over year"), int(ChartType::YearOverYear));
    syncChartCombo();
}

void MetricTableEditor::syncChartCombo()
{
    m_chart->setCurrentIndex(m_chart->findData(int(m_model->chartType())));
}

int MetricTableEditor::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

// The form scrolls as a whole, so each table is as tall as its rows (no nested scrolling).
void MetricTableEditor::fitHeight()
{
    int h = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth();
    for (int r = 0; r < m_model->rowCount(); ++r)
        h += m_view->rowHeight(r) > 0 ? m_view->rowHeight(r)
                                      : m_view->verticalHeader()->defaultSectionSize();
    if (m_model->rowCount() == 0)
        h += m_view->verticalHeader()->defaultSectionSize();
    m_view->setFixedHeight(h + 2);
}

} // namespace csr::ui
