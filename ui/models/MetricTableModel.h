#pragma once

#include "Document.h"
#include "SnapshotModel.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <optional>

namespace csr::ui {

class ReportSession;

// The rows of one metricTable block: each row is a metric defined in the document. Edits go
// through undo commands; the year-over-year column is computed and read-only. The rows are a
// snapshot of the table's metrics, so a figure's edit is announced as that one row's change.
struct MetricRow
{
    QString id;
    std::optional<Metric> metric; // empty when the id is not defined
    QStringList evidence;         // names of the files attached to back the figure
    bool operator==(const MetricRow &) const = default;
};

class MetricTableModel : public SnapshotModel<QAbstractTableModel, MetricRow>
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        ValueColumn,
        UnitColumn,
        PreviousColumn,
        ChangeColumn,
        ConfidentialColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { MetricIdRole = Qt::UserRole + 1, EvidenceRole }; // EvidenceRole: QStringList

    MetricTableModel(ReportSession *session, const QString &blockId, QObject *parent = nullptr);

    QString blockId() const { return m_blockId; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Rejects (returns false) a value that is not a number; "" clears the value.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Row operations, each one undo step. Return false when there is nothing to do.
    bool addMetric(const QString &label = {});
    bool removeMetricRow(int row);
    bool moveMetricRow(int row, int delta);
    ChartType chartType() const;
    void setChartType(ChartType type);
    // The one unit charted ("" : one chart per unit), and the units the table's metrics use.
    QString chartUnit() const;
    void setChartUnit(const QString &unit);
    QStringList units() const;

    // Parses a typed number: accepts the locale's and the C decimal point, thousands
    // separators and surrounding spaces; "" is "no value".
    static std::optional<std::optional<double>> parseNumber(const QString &text);

private:
    const MetricTable *table() const;
    const Metric *metricAt(int row) const;
    QList<MetricRow> currentRows() const;

    QPointer<ReportSession> m_session;
    QString m_blockId;
};

} // namespace csr::ui
