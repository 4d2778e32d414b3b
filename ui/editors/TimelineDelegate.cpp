#include "TimelineDelegate.h"

#include "TimelineModel.h"

#include <QComboBox>
#include <QDateEdit>

namespace csr::ui {

QWidget *TimelineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (index.column() == TimelineModel::DateColumn) {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    if (index.column() == TimelineModel::CategoryColumn) {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        for (const auto &[key, name] : TimelineModel::categories())
            combo->addItem(name, key);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TimelineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = index.data(Qt::EditRole).toDate();
        edit->setDate(d.isValid() ? d : QDate::currentDate());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString key = index.data(Qt::EditRole).toString();
        const int i = combo->findData(key);
        if (i >= 0)
            combo->setCurrentIndex(i);
        else
            combo->setEditText(key);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TimelineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // A known category is stored by key; anything typed is kept as free text.
        const int i = combo->findText(combo->currentText());
        model->setData(index, i >= 0 ? combo->itemData(i).toString() : combo->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace csr::ui
