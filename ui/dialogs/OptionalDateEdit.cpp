#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QEvent>

namespace csr::ui {

namespace {
const QDate NotSet(1900, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(NotSet);
    setSpecialValueText(tr("not set"));
    calendarWidget()->installEventFilter(this);
}

void OptionalDateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() && date > NotSet ? date : NotSet);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == minimumDate() ? QDate() : date();
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Turning the page only: selecting a date here would set it without the user choosing.
    if (watched == calendarWidget() && event->type() == QEvent::Show && !optionalDate().isValid())
        calendarWidget()->setCurrentPage(m_hint.year(), m_hint.month());
    return QDateEdit::eventFilter(watched, event);
}

} // namespace csr::ui
