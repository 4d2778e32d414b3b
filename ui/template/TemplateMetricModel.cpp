#include "TemplateMetricModel.h"

#include "TemplateEdits.h"

#include <QLocale>

namespace csr::ui {

TemplateMetricModel::TemplateMetricModel(TemplateEdits *edits, QObject *parent)
    : QAbstractTableModel(parent), m_edits(edits), m_model(edits->model()),
      m_rows(int(m_model->value().skeleton.metrics.size()))
{
    connect(m_model, &TemplateModel::metricsChanged, this, &TemplateMetricModel::metricsChanged);
}

void TemplateMetricModel::metricsChanged()
{
    const int rows = int(m_model->value().skeleton.metrics.size());
    // A figure added or removed changes the count (one at a time, at the end or anywhere);
    // an edit keeps it. Either way the figures are few: the rows are simply re-read.
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

QString TemplateMetricModel::metricId(int row) const
{
    const auto &metrics = m_model->value().skeleton.metrics;
    return row >= 0 && row < metrics.size() ? metrics.at(row).id : QString();
}

int TemplateMetricModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TemplateMetricModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateMetricModel::data(const QModelIndex &index, int role) const
{
    const auto &doc = m_model->value().skeleton;
    if (!index.isValid() || index.row() >= doc.metrics.size())
        return {};
    const Metric &m = doc.metrics.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ToleranceColumn)
        return tr("How far the figure may move from last year before a reviewer must see why: "
                  "per cent, or percentage points for a rate (unit %). Empty: the report's "
                  "default.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return m.id;
    case LabelColumn:
        return m.label;
    case UnitColumn:
        return m.unit;
    case ToleranceColumn: {
        const auto it = doc.review.metricTolerances.constFind(m.id);
        if (it == doc.review.metricTolerances.constEnd())
            return QString();
        return role == Qt::EditRole ? QVariant(*it) : QVariant(formatNumber(*it));
    }
    }
    return {};
}

bool TemplateMetricModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QString id = metricId(index.row());
    if (role != Qt::EditRole || id.isEmpty())
        return false;
    const QString text = value.toString();
    switch (index.column()) {
    case IdColumn:
        m_edits->setMetricId(id, text);
        return true;
    case LabelColumn:
        m_edits->setMetricLabel(id, text);
        return true;
    case UnitColumn:
        m_edits->setMetricUnit(id, text);
        return true;
    case ToleranceColumn: {
        if (text.trimmed().isEmpty()) {
            m_edits->setTolerance(id, std::nullopt);
            return true;
        }
        bool ok = false;
        const double tolerance = QLocale().toDouble(text.trimmed(), &ok);
        const double plain = ok ? tolerance : text.trimmed().toDouble(&ok);
        if (!ok || plain < 0)
            return false; // the cell keeps its value: a tolerance is a number, 0 or more
        m_edits->setTolerance(id, plain);
        return true;
    }
    }
    return false;
}

Qt::ItemFlags TemplateMetricModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant TemplateMetricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case LabelColumn:
        return tr("Name");
    case UnitColumn:
        return tr("Unit");
    case ToleranceColumn:
        return tr("Tolerance");
    }
    return {};
}

} // namespace csr::ui
