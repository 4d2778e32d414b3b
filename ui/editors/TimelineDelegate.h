#pragma once

#include <QStyledItemDelegate>

namespace csr::ui {

// Editors for a timeline row: a date edit with a calendar popup for the date, a combo of the
// guideline's categories (free text still allowed) for the category.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace csr::ui
