#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace csr::ui {

// File › Open Team Report…: the server (a postgresql:// address or a service name, remembered
// without any password) and one of the reports it lists for this person.
class OpenTeamReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenTeamReportDialog(QWidget *parent = nullptr);
    // "SERVER#REPORT"
    QString address() const;
    QLineEdit *serverEdit() const { return m_server; }
    QComboBox *reportBox() const { return m_report; }
    // Lists the server's reports; false (with the reason shown) when it cannot.
    bool listReports();

private:
    QLineEdit *m_server;
    QComboBox *m_report;
    QLabel *m_message;
};

} // namespace csr::ui
