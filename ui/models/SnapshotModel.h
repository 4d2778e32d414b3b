#pragma once

#include "RowChange.h"

#include <QAbstractItemModel>

namespace csr::ui {

// A model whose rows are a copy of part of the document, refreshed after every command. The
// copy lets it tell what an edit changed (RowChange) and announce just that.
template <typename Base, typename Row> class SnapshotModel : public Base
{
public:
    using Base::Base;

protected:
    const QList<Row> &rows() const { return m_rows; }

    // Takes the new rows and announces the difference from the old ones.
    void setRows(const QList<Row> &rows)
    {
        using K = RowChange::Kind;
        const RowChange change = compareRows(m_rows, rows);
        const auto wholeRow = [this](int row) {
            emit this->dataChanged(this->index(row, 0), this->index(row, lastColumn()));
        };
        switch (change.kind) {
        case K::Same:
            m_rows = rows;
            break;
        case K::Edited:
            m_rows = rows;
            emit this->dataChanged(this->index(change.first, 0),
                                   this->index(change.last, lastColumn()));
            break;
        case K::Inserted:
            this->beginInsertRows({}, change.first, change.first);
            m_rows = rows;
            this->endInsertRows();
            break;
        case K::Removed:
            this->beginRemoveRows({}, change.first, change.first);
            m_rows = rows;
            this->endRemoveRows();
            break;
        case K::Moved:
            // Qt counts the destination before the move: one further when moving down.
            this->beginMoveRows({}, change.first, change.first, {},
                                change.last > change.first ? change.last + 1 : change.last);
            m_rows = rows;
            this->endMoveRows();
            wholeRow(change.last);
            break;
        case K::Other:
            this->beginResetModel();
            m_rows = rows;
            this->endResetModel();
            break;
        }
    }

    // For a new document: nothing of the old rows carries over.
    void resetRows(const QList<Row> &rows)
    {
        this->beginResetModel();
        m_rows = rows;
        this->endResetModel();
    }

private:
    int lastColumn() const
    {
        // Through the base: QAbstractListModel makes columnCount() private.
        return std::max(0, static_cast<const QAbstractItemModel *>(this)->columnCount() - 1);
    }

    QList<Row> m_rows;
};

} // namespace csr::ui
