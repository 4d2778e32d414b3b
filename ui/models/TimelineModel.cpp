#include "TimelineModel.h"

#include "ReportSession.h"
#include "TimelineCommands.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace csr::ui {

TimelineModel::TimelineModel(ReportSession *session, const QString &blockId, QObject *parent)
    : SnapshotModel(parent), m_session(session), m_blockId(blockId)
{
    connect(session, &ReportSession::blockChanged, this, [this](const QString &id) {
        if (id == m_blockId)
            refresh(false);
    });
    connect(session, &ReportSession::documentReset, this, [this] { refresh(true); });
    refresh(true);
    connect(session, &ReportSession::metadataChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

QList<std::pair<QString, QString>> TimelineModel::categories()
{
    return {{category::LeadershipCare, tr("Leadership care")},
            {category::MediaReport, tr("Media report")},
            {category::Activity, tr("Activity")}};
}

QString TimelineModel::categoryName(const QString &key)
{
    for (const auto &[k, name] : categories())
        if (k == key)
            return name;
    return key; // free text is allowed
}

const Timeline *TimelineModel::timeline() const
{
    if (!m_session)
        return nullptr;
    const Block *b = m_session->findBlock(m_blockId);
    return b ? std::get_if<Timeline>(&b->content) : nullptr;
}

void TimelineModel::refresh(bool documentReset)
{
    const Timeline *t = timeline();
    const QList<TimelineEntry> entries = t ? t->entries : QList<TimelineEntry>();
    const QList<int> order = t ? timelineOrder(*t) : QList<int>();
    QList<TimelineEntry> sorted;
    sorted.reserve(entries.size());
    for (int i : order)
        sorted << entries.at(i);
    m_entryIndex = order;
    if (documentReset)
        resetRows(sorted);
    else
        setRows(sorted);
}

bool TimelineModel::outsidePeriod(const TimelineEntry &e) const
{
    const ReportMetadata &m = m_session->document().metadata;
    return e.date.isValid() && m.periodStart.isValid() && m.periodEnd.isValid() &&
           (e.date < m.periodStart || e.date > m.periodEnd);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= rows().size())
        return {};
    const TimelineEntry &e = rows().at(index.row());
    const bool outside = outsidePeriod(e);
    if (role == OutsidePeriodRole)
        return outside;
    if (index.column() == DateColumn && outside) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole) {
            const ReportMetadata &m = m_session->document().metadata;
            // The dates as the column shows them, not in the system locale's format.
            return tr("This date lies outside the reporting period %1 – %2.")
                .arg(m.periodStart.toString(Qt::ISODate), m.periodEnd.toString(Qt::ISODate));
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        if (role == Qt::EditRole)
            return e.date;
        return e.date.toString(QStringLiteral("yyyy-MM-dd"));
    case CategoryColumn:
        return role == Qt::EditRole ? e.category : categoryName(e.category);
    case TitleColumn:
        return e.title;
    case OutletColumn:
        return e.outlet;
    case NoteColumn:
        return e.note;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Event");
    case OutletColumn:
        return tr("Outlet");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    if (!b || role != Qt::EditRole || !index.isValid() || index.row() >= m_entryIndex.size())
        return false;
    using F = TimelineCommands::Field;
    F field = F::Title;
    QVariant v = value;
    switch (index.column()) {
    case DateColumn: {
        QDate d = value.toDate();
        if (!d.isValid())
            d = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!d.isValid())
            return false;
        field = F::Date;
        v = d;
        break;
    }
    case CategoryColumn:
        field = F::Category;
        break;
    case TitleColumn:
        field = F::Title;
        break;
    case OutletColumn:
        field = F::Outlet;
        break;
    case NoteColumn:
        field = F::Note;
        break;
    default:
        return false;
    }
    if (auto cmd =
            TimelineCommands::editEvent(m_session, *b, m_entryIndex.at(index.row()), field, v))
        m_session->undoStack()->push(cmd.release());
    return true;
}

int TimelineModel::addEvent(const TimelineEntry &entry)
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    if (!b || !timeline())
        return -1;
    m_session->undoStack()->push(TimelineCommands::addEvent(m_session, *b, entry).release());
    // The new entry is the last one of its date (sorting is stable).
    return int(rows().lastIndexOf(entry));
}

bool TimelineModel::removeEvent(int row)
{
    const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr;
    if (!b || row < 0 || row >= m_entryIndex.size())
        return false;
    auto cmd = TimelineCommands::removeEvent(m_session, *b, m_entryIndex.at(row));
    if (!cmd)
        return false;
    m_session->undoStack()->push(cmd.release());
    return true;
}

} // namespace csr::ui
