#include "MetricTableEditor.h"

#include "EditMetricCommand.h"
#include "EvidenceOpener.h"
#include "FitToRows.h"
#include "MetricTableModel.h"
#include "NumberDelegate.h"
#include "ReportSession.h"
#include "RowButtons.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csr::ui {

MetricTableEditor::MetricTableEditor(ReportSession *session, const QString &blockId,
                                     QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new MetricTableModel(session, blockId, this)),
      m_view(new QTableView(this)), m_chartLabel(new QLabel(this)), m_chart(new QComboBox(this)),
      m_unit(new QComboBox(this)), m_buttons(new RowButtons(RowButtons::Order::Movable, this))
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
    // A note is cut only when the table is too narrow for it; its tooltip has the whole text.
    // Columns follow the figures as they change: the header re-measures its ResizeToContents
    // sections on each change by itself (a second, explicit measure doubled a figure's edit
    // in a large table).
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_view);

    layout->addWidget(m_buttons);
    // The chart's controls on a line of their own: beside the row buttons they made the form
    // wider than a 1400-pixel window's middle (in English, 610 pixels), which then scrolled
    // sideways and cut every paragraph.
    auto *chartLine = new QHBoxLayout;
    chartLine->addWidget(m_chartLabel);
    chartLine->addWidget(m_chart);
    chartLine->addWidget(m_unit);
    chartLine->addStretch();
    layout->addLayout(chartLine);

    connect(m_buttons, &RowButtons::addClicked, this, [this] {
        if (m_model->addMetric()) {
            const QModelIndex i =
                m_model->index(m_model->rowCount() - 1, MetricTableModel::LabelColumn);
            m_view->setCurrentIndex(i);
            m_view->edit(i);
        }
    });
    connect(m_buttons, &RowButtons::removeClicked, this,
            [this] { m_model->removeMetricRow(currentRow()); });
    connect(m_buttons, &RowButtons::moveClicked, this, [this](int delta) {
        const int row = currentRow();
        const int column = std::max(0, m_view->currentIndex().column());
        if (m_model->moveMetricRow(row, delta))
            m_view->setCurrentIndex(m_model->index(row + delta, column));
    });
    connect(m_chart, &QComboBox::activated, this,
            [this](int i) { m_model->setChartType(ChartType(m_chart->itemData(i).toInt())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MetricTableEditor::syncChartCombo);
    // Which units are charted: each its own small chart, or only the one chosen.
    connect(m_unit, &QComboBox::activated, this,
            [this](int i) { m_model->setChartUnit(m_unit->itemData(i).toString()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MetricTableEditor::syncChartCombo);
    connect(session, &ReportSession::blockChanged, this, [this, blockId](const QString &id) {
        if (id == blockId) // an undone or redone chart setting shows at once
            syncChartCombo();
    });
    keepFittedToRows(m_view);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (QMenu *menu = rowMenu(m_view->indexAt(at).row()))
            menu->popup(m_view->viewport()->mapToGlobal(at));
    });
    retranslate();
}

QMenu *MetricTableEditor::evidenceMenu(int row)
{
    const QString metricId = m_model->index(row, MetricTableModel::LabelColumn)
                                 .data(MetricTableModel::MetricIdRole)
                                 .toString();
    if (!m_session || metricId.isEmpty())
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const Evidence &e : m_session->document().evidence) {
        if (e.metricId != metricId)
            continue;
        menu->addAction(
            tr("Open evidence \"%1\" (%2)").arg(e.fileName, formatByteSize(e.data.size())), this,
            [this, id = e.id] {
                if (!m_session)
                    return;
                for (const Evidence &f : m_session->document().evidence)
                    if (f.id == id) {
                        QString error;
                        if (EvidenceOpener::shared()->open(f, &error).isEmpty())
                            QMessageBox::warning(this, tr("Open Evidence"), error);
                    }
            });
    }
    if (menu->isEmpty()) {
        delete menu;
        return nullptr;
    }
    return menu;
}

QMenu *MetricTableEditor::rowMenu(int row)
{
    const QString metricId = m_model->index(row, MetricTableModel::LabelColumn)
                                 .data(MetricTableModel::MetricIdRole)
                                 .toString();
    const Metric *metric = m_session ? m_session->document().findMetric(metricId) : nullptr;
    if (!metric)
        return nullptr;
    QMenu *menu = evidenceMenu(row);
    if (menu) {
        menu->insertSeparator(menu->actions().first());
    } else {
        menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
    }
    // How the printed 同比 measures the change: in points by default for a rate (unit %).
    auto *points = new QAction(tr("Compare with Last Year in Percentage Points"), menu);
    points->setCheckable(true);
    points->setChecked(comparesInPoints(*metric));
    points->setToolTip(tr("Print the change from last year as the difference in points "
                          "(95.2 % → 96.8 %: +1.6 points) rather than in per cent (+1.7 %)."));
    menu->insertAction(menu->actions().value(0), points);
    connect(points, &QAction::toggled, this,
            [this, metricId](bool on) { setComparesInPoints(metricId, on); });
    return menu;
}

void MetricTableEditor::setComparesInPoints(const QString &metricId, bool on)
{
    const Metric *current = m_session ? m_session->document().findMetric(metricId) : nullptr;
    if (!current)
        return;
    Metric after = *current;
    after.comparison = on ? Comparison::Points : Comparison::Relative;
    // Back to the unit's default when that says the same, so the file keeps no needless key.
    Metric byUnit = after;
    byUnit.comparison = Comparison::Default;
    if (comparesInPoints(byUnit) == on)
        after.comparison = Comparison::Default;
    if (after.comparison != current->comparison)
        m_session->undoStack()->push(
            new EditMetricCommand(m_session, *current, after, QStringLiteral("comparison")));
}

void MetricTableEditor::retranslate()
{
    m_buttons->retranslate(tr("Add metric"), tr("Remove"));
    m_chartLabel->setText(tr("Chart:"));
    m_chart->clear();
    m_chart->addItem(tr("None"), int(ChartType::None));
    m_chart->addItem(tr("Bar"), int(ChartType::Bar));
    m_chart->addItem(tr("Pie"), int(ChartType::Pie));
    m_chart->addItem(tr("Year over year"), int(ChartType::YearOverYear));
    m_chart->addItem(tr("Trend, lines"), int(ChartType::TrendLine));
    m_chart->addItem(tr("Trend, grouped bars"), int(ChartType::TrendBars));
    syncChartCombo();
}

void MetricTableEditor::syncChartCombo()
{
    m_chart->setCurrentIndex(m_chart->findData(int(m_model->chartType())));
    m_unit->clear();
    m_unit->addItem(tr("Each unit"), QString());
    QStringList units = m_model->units();
    if (!m_model->chartUnit().isEmpty() && !units.contains(m_model->chartUnit()))
        units << m_model->chartUnit();
    for (const QString &unit : units)
        if (!unit.isEmpty())
            m_unit->addItem(tr("Only %1").arg(unit), unit);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(m_model->chartUnit())));
    m_unit->setToolTip(tr("A table mixing units is charted as one small chart per unit; or "
                          "chart one unit only. The printed report names what no chart shows."));
    m_unit->setEnabled(m_model->chartType() != ChartType::None);
}

int MetricTableEditor::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

// The form scrolls as a whole, so each table is as tall as its rows (no nested scrolling).

} // namespace csr::ui
