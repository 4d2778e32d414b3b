#pragma once

#include <QWidget>

class QHBoxLayout;
class QPushButton;

namespace csr::ui {

// The buttons under a list or table editor: add, remove and, where the order is the user's
// (not a date order), move up and down. The editor says what each does with the rows; extra
// widgets (a chart type box) go after the stretch through layout().
class RowButtons : public QWidget
{
    Q_OBJECT
public:
    enum class Order { Movable, Fixed };

    explicit RowButtons(Order order, QWidget *parent = nullptr);

    // The add and remove texts name the row ("Add metric"); the move texts are shared.
    void retranslate(const QString &addText, const QString &removeText);
    QHBoxLayout *layout() const { return m_layout; }

signals:
    void addClicked();
    void removeClicked();
    void moveClicked(int delta); // -1 up, +1 down

private:
    QHBoxLayout *m_layout;
    QPushButton *m_add, *m_remove;
    QPushButton *m_up = nullptr, *m_down = nullptr;
};

} // namespace csr::ui
