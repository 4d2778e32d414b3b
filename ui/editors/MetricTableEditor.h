#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QTableView;

namespace csr::ui {

class MetricTableModel;
class ReportSession;
class RowButtons;

// A metric table: the figures with last year's value, computed change and confidentiality,
// row buttons, and the chart type printed with it. A figure with evidence files shows a clip;
// right-click opens them.
class MetricTableEditor : public QWidget
{
    Q_OBJECT
public:
    MetricTableEditor(ReportSession *session, const QString &blockId, QWidget *parent = nullptr);

    MetricTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *chartCombo() const { return m_chart; }
    QComboBox *chartUnitCombo() const { return m_unit; }
    // The row's context menu: one "Open …" per evidence file of its figure (null when none).
    QMenu *evidenceMenu(int row);
    // The row's whole context menu: whether its figure compares with last year in percentage
    // points (one undo step), then its evidence files.
    QMenu *rowMenu(int row);
    void setComparesInPoints(const QString &metricId, bool on);
    void retranslate();

private:
    int currentRow() const;
    void syncChartCombo();

    QPointer<ReportSession> m_session;
    MetricTableModel *m_model;
    QTableView *m_view;
    QLabel *m_chartLabel;
    QComboBox *m_chart;
    QComboBox *m_unit;
    RowButtons *m_buttons;
};

} // namespace csr::ui
