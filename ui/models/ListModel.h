#pragma once

#include "SnapshotModel.h"

#include <QAbstractListModel>
#include <QPointer>

namespace csr::ui {

class ReportSession;

// The items of one list block (honours, ...), editable in place; edits are undo commands.
class ListModel : public SnapshotModel<QAbstractListModel, QString>
{
    Q_OBJECT
public:
    ListModel(ReportSession *session, const QString &blockId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool addItem(int row, const QString &text);
    bool removeItem(int row);
    bool moveItem(int row, int delta);

private:
    const QStringList *items() const;
    void refresh(bool documentReset);

    QPointer<ReportSession> m_session;
    QString m_blockId;
};

} // namespace csr::ui
