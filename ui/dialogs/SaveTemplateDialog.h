#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace csr::ui {

class ReportController;

// File › Save as Template…: the new template's name and file name, and whether the prose goes
// with the frame.
class SaveTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    SaveTemplateDialog(const QString &suggestedName, const QString &suggestedId,
                       QWidget *parent = nullptr);

    QString name() const;
    QString id() const;
    bool keepProse() const;
    // Shown under the fields when the controller refuses the template.
    void showError(const QString &error);
    // Asks until the controller has saved the template or the user gives up; the template's
    // name, or "" when cancelled.
    static QString ask(ReportController *controller, QWidget *parent);

private:
    QLineEdit *m_name;
    QLineEdit *m_id;
    QCheckBox *m_prose;
    QLabel *m_error;
};

} // namespace csr::ui
