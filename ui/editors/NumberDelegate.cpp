#include "NumberDelegate.h"

#include <QDoubleValidator>
#include <QLineEdit>

namespace csr::ui {

namespace {
// QDoubleValidator holds empty text as unfinished, so Enter would refuse it; here empty is a
// complete answer: the figure is not known (yet), and the value is cleared.
class OptionalNumberValidator : public QDoubleValidator
{
public:
    using QDoubleValidator::QDoubleValidator;
    State validate(QString &input, int &pos) const override
    {
        if (input.trimmed().isEmpty())
            return Acceptable;
        return QDoubleValidator::validate(input, pos);
    }
};
} // namespace

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
    auto *validator = new OptionalNumberValidator(edit);
    validator->setLocale(QLocale::c());
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(tr("number"));
    return edit;
}

} // namespace csr::ui
