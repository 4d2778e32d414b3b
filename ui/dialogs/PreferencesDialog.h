#pragma once

#include <QDialog>

class QSpinBox;

namespace csr::ui {

// Settings that are not part of a report: how often unsaved work is copied for recovery.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QSpinBox *m_interval;
};

} // namespace csr::ui
