#include "NumberDelegate.h"

#include <QDoubleValidator>
#include <QLineEdit>

namespace csr::ui {

NumberDelegate::NumberDelegate(QList<int> numberColumns, QObject *parent)
    : QStyledItemDelegate(parent), m_columns(std::move(numberColumns))
{
}

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    if (!m_columns.contains(index.column()))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *edit = new QLineEdit(parent);
    auto *validator = new QDoubleValidator(edit);
    validator->setLocale(QLocale::c());
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(tr("number"));
    return edit;
}

} // namespace csr::ui
