#pragma once

#include "Template.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace csr::ui {

// File › New: a template (the guideline frame), the unit's name and the report year.
class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    NewReportDialog(const TemplateRegistry &registry, QWidget *parent = nullptr);
    QString templateId() const;
    QString unitName() const;
    int year() const;
    void accept() override;

private:
    const TemplateRegistry &m_registry;
    QComboBox *m_template;
    QLabel *m_description;
    QLineEdit *m_unit;
    QSpinBox *m_year;
    QLabel *m_error;
};

} // namespace csr::ui
