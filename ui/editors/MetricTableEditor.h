#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace csr::ui {

class MetricTableModel;
class ReportSession;
class RowButtons;

// A metric table: the figures with last year's value, computed change and confidentiality,
// row buttons, and the chart type printed with it.
class MetricTableEditor : public QWidget
{
    Q_OBJECT
public:
    MetricTableEditor(ReportSession *session, const QString &blockId, QWidget *parent = nullptr);

    MetricTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *chartCombo() const { return m_chart; }
    void retranslate();

private:
    int currentRow() const;
    void syncChartCombo();

    MetricTableModel *m_model;
    QTableView *m_view;
    QLabel *m_chartLabel;
    QComboBox *m_chart;
    RowButtons *m_buttons;
};

} // namespace csr::ui
