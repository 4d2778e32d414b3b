#pragma once

#include <QStyledItemDelegate>

namespace csr::ui {

// A line edit that accepts only numbers (QDoubleValidator, C locale so "1184.5" always
// works) in the value columns of a metric table; empty text clears the value. Other columns
// get the default editor.
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NumberDelegate(QList<int> numberColumns, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    QList<int> m_columns;
};

} // namespace csr::ui
