#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace csr::ui {

class ReportSession;

// The report's change history, newest first, read-only: when, who, which figure, what changed,
// from what to what.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Figure, Change, Before, After, ColumnCount };

    explicit ChangeLogModel(ReportSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<ReportSession> m_session;
};

} // namespace csr::ui
