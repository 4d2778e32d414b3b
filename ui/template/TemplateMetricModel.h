#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace csr::ui {

class TemplateEdits;
class TemplateModel;

// The template's figure definitions as a table: id, name, unit and the tolerated change from
// last year (empty: the report's default). Edits go through TemplateEdits, so they undo.
class TemplateMetricModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, LabelColumn, UnitColumn, ToleranceColumn, ColumnCount };

    TemplateMetricModel(TemplateEdits *edits, QObject *parent = nullptr);

    QString metricId(int row) const;
    void retranslate() { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void metricsChanged();

    TemplateEdits *m_edits;
    QPointer<TemplateModel> m_model;
    int m_rows = 0;
};

} // namespace csr::ui
