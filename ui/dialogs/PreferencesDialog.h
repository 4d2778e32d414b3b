#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace csr::ui {

// Settings that are not part of a report: how often unsaved work is copied for recovery, and
// the name the change history gives this user's saves.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QSpinBox *m_interval;
    QLineEdit *m_name;
};

} // namespace csr::ui
