#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace csr::ui {

// Settings that are not part of a report: how often unsaved work is copied for recovery, the
// name the change history gives this user's saves, and the time-stamp authority Sign & Export
// uses (SigningPreferences).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QSpinBox *m_interval;
    QLineEdit *m_name;
    QLineEdit *m_tsa;
    QCheckBox *m_ltv;
    QLabel *m_problem;
};

} // namespace csr::ui
