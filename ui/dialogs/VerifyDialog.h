#pragma once

#include "PdfVerifier.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace csr::ui {

// File › Verify Signed PDF: checks every signature of a PDF (digest, trust, whether anything
// was added after the last one) off the GUI thread and shows the findings per signature.
class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyDialog(QWidget *parent = nullptr);

    void setPdfPath(const QString &path);
    // An extra PEM file whose certificates are trusted as roots (an in-house CA); may be empty.
    void setTrustedCertificates(const QString &pemPath);
    // Starts the check; false (message shown) if there is nothing to check or one is running.
    bool startVerification();
    bool isBusy() const;

    const sign::VerificationReport &report() const { return m_report; }
    QString summary() const;
    QString details() const;

    // One line naming the verdict, and the findings of each signature as HTML; the Sign &
    // Export dialog shows the same.
    static QString verdict(const sign::VerificationReport &report);
    static QString reportHtml(const sign::VerificationReport &report);

signals:
    void verified(const csr::sign::VerificationReport &report);

private:
    void browsePdf();
    void browseTrusted();
    void done();

    QLineEdit *m_pdf;
    QLineEdit *m_trusted;
    QPushButton *m_verify;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTextBrowser *m_result;
    QFutureWatcher<sign::VerificationReport> m_watcher;
    sign::VerificationReport m_report;
};

} // namespace csr::ui
