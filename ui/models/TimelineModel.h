#pragma once

#include "Document.h"

#include "SnapshotModel.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace csr::ui {

class ReportSession;

// The entries of one timeline block, always shown in date order (a file may store them in
// any order; the document keeps it). An entry outside the reporting period is flagged
// (warning icon and tooltip on its date) because the guideline counts only that year.
class TimelineModel : public SnapshotModel<QAbstractTableModel, TimelineEntry>
{
    Q_OBJECT
public:
    enum Column { DateColumn, CategoryColumn, TitleColumn, OutletColumn, NoteColumn, ColumnCount };
    enum Role { OutsidePeriodRole = Qt::UserRole + 1 };

    TimelineModel(ReportSession *session, const QString &blockId, QObject *parent = nullptr);

    QString blockId() const { return m_blockId; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Adds an entry (one undo step); returns its row after sorting, or -1.
    int addEvent(const TimelineEntry &entry);
    bool removeEvent(int row);

    // The guideline's categories, as (key, translated name).
    static QList<std::pair<QString, QString>> categories();
    static QString categoryName(const QString &key);

private:
    const Timeline *timeline() const;
    void refresh(bool documentReset);
    bool outsidePeriod(const TimelineEntry &e) const;

    QPointer<ReportSession> m_session;
    QString m_blockId;
    QList<int> m_entryIndex; // per row: the entry's index in the document's timeline
};

} // namespace csr::ui
