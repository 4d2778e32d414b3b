#include "ChangeLogModel.h"

#include "ReportSession.h"

namespace csr::ui {

namespace {

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("value"))
        return ChangeLogModel::tr("value");
    if (field == QLatin1String("previousValue"))
        return ChangeLogModel::tr("last year's value");
    if (field == QLatin1String("unit"))
        return ChangeLogModel::tr("unit");
    if (field == QLatin1String("label"))
        return ChangeLogModel::tr("name");
    if (field == QLatin1String("confidential"))
        return ChangeLogModel::tr("confidential");
    if (field == QLatin1String("metric"))
        return ChangeLogModel::tr("figure added or removed");
    if (field.startsWith(QLatin1String("history.")))
        return ChangeLogModel::tr("value of %1").arg(field.mid(8));
    return field;
}

QString fieldValue(const QString &field, const QString &text)
{
    if (field == QLatin1String("confidential"))
        return text == QLatin1String("true") ? ChangeLogModel::tr("yes") : ChangeLogModel::tr("no");
    return text;
}

} // namespace

ChangeLogModel::ChangeLogModel(ReportSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    // Read-only and rarely changing (on open and on save): a reset is all it needs.
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(session, &ReportSession::documentReset, this, reset);
    connect(session, &ReportSession::changeLogChanged, this, reset);
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->document().changeLog.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto &log = m_session->document().changeLog;
    const ChangeRecord &c = log.at(log.size() - 1 - index.row()); // newest first
    switch (index.column()) {
    case When:
        return c.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Who:
        return c.source.isEmpty() ? c.who : ChangeLogModel::tr("%1 from %2").arg(c.who, c.source);
    case Figure: {
        const Metric *m = m_session->document().findMetric(c.metricId);
        return m ? QStringLiteral("%1 (%2)").arg(m->label, c.metricId) : c.metricId;
    }
    case Change:
        return fieldLabel(c.field);
    case Before:
        return fieldValue(c.field, c.before);
    case After:
        return fieldValue(c.field, c.after);
    default:
        return {};
    }
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Figure:
        return tr("Figure");
    case Change:
        return tr("Changed");
    case Before:
        return tr("From");
    case After:
        return tr("To");
    default:
        return {};
    }
}

} // namespace csr::ui
