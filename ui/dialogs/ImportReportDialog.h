#pragma once

#include "Template.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace csr::ui {

// File › Import Existing Report…, after the file is chosen: the template whose chapters the
// headings are matched to, and the report's year (or the year the report names).
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const TemplateRegistry &registry, const QString &fileName,
                       QWidget *parent = nullptr);
    QString templateId() const;
    int year() const; // 0: the year the report names

private:
    QComboBox *m_template;
    QSpinBox *m_year;
};

} // namespace csr::ui
