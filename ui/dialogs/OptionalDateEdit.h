#pragma once

#include <QDate>
#include <QDateEdit>

namespace csr::ui {

// A date field that may be left unset. A QDateEdit cannot hold an invalid date, so its lowest
// date stands for "not set" (shown as such); a dialog that filled in today instead would
// change the report when the user only pressed OK.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    void setOptionalDate(const QDate &date);
    QDate optionalDate() const; // invalid while not set
    // Where the calendar opens while no date is set (instead of the lowest date's month).
    void setCalendarHint(const QDate &date) { m_hint = date; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate m_hint = QDate::currentDate();
};

} // namespace csr::ui
