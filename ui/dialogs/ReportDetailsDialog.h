#pragma once

#include "Document.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace csr::ui {

class OptionalDateEdit;

// The report notes' facts: unit, title, year, period, scope, standards followed, page budget;
// how many year columns the metric tables print; the language the report is printed in and its
// print style.
// Only what the user changes is taken: OK alone leaves the report as it was.
class ReportDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDetailsDialog(const ReportMetadata &metadata, QWidget *parent = nullptr);
    ReportMetadata metadata() const;
    ReportMetadata value() const { return metadata(); } // what MainWindow::editValue reads
    void accept() override;

private:
    ReportMetadata m_metadata;
    QLineEdit *m_unit, *m_title, *m_category;
    QSpinBox *m_year, *m_pages, *m_yearColumns, *m_tocDepth;
    OptionalDateEdit *m_start, *m_end;
    QPlainTextEdit *m_scope, *m_standards;
    QComboBox *m_language;
    QComboBox *m_style;
    QLabel *m_error;
};

} // namespace csr::ui
