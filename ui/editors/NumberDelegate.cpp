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
    // A figure longer than its column widens the editor to the left (the figure is right
    // aligned) so it is never cut while typed; the column grows once it is entered.
    connect(edit, &QLineEdit::textChanged, edit, [edit] {
        const QRect cell = edit->property("cell").toRect();
        if (!cell.isValid())
            return;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->text()) +
                           4 * edit->fontMetrics().height() / 3;
        const int width = std::max(cell.width(), needed);
        edit->setGeometry(cell.right() + 1 - width, cell.top(), width, cell.height());
    });
    return edit;
}

void NumberDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor);
        edit && m_columns.contains(index.column())) {
        edit->setProperty("cell", edit->geometry());
        emit edit->textChanged(edit->text());
    }
}

} // namespace csr::ui
