#pragma once

#include "CertificateInfo.h"
#include "Document.h"
#include "Edition.h"
#include "PdfSigner.h"
#include "PdfVerifier.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTemporaryDir;
class QTextBrowser;

namespace csr::print {
struct ExportResult;
}
namespace csr::ui {
class ReportSession;
}

namespace csr::ui {

class ReportExporter;

// File › Sign & Export PDF: shows what the chosen certificate is before it signs anything,
// exports a snapshot of the report, signs it over the signature block, then verifies the written
// file and shows the verdict. Problems show inline (no modal boxes), so tests drive it directly.
//
// The password is never stored: the field is cleared after each signing attempt and the bytes
// handed to the signer are wiped. The last certificate and output folder are remembered in
// QSettings (sign/lastCertificate, sign/lastOutputFolder).
class SignExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignExportDialog(const Document &doc, QWidget *parent = nullptr);
    // Signs the session's report as it is when Sign is pressed, edits made while the dialog
    // was open included: what is signed is what the window shows.
    explicit SignExportDialog(ReportSession *session, QWidget *parent = nullptr);
    ~SignExportDialog() override;

    // The report the Sign button signs now.
    Document documentToSign() const;

    void setCertificatePath(const QString &path);
    void setPassword(const QString &password);
    void setOutputPath(const QString &path);
    void setEdition(Edition edition);
    // Roots trusted besides the system's when the written file is verified (an in-house CA).
    void addTrustedCertificates(const QString &pemPath);

    // Reads the certificate with the typed password and shows its details; false if it cannot
    // sign (the message says why).
    bool checkCertificate();
    // Starts export, signing and verification in the background; false (message shown) when the
    // input is refused before anything is written. finished() follows a true return.
    bool startSigning();
    bool isBusy() const { return m_busy; }

    const sign::CertificateInfo &certificate() const { return m_certificate; }
    const sign::VerificationReport &verification() const { return m_report; }
    QString message() const;
    QString details() const;
    QString outputPath() const;
    QString certificatePath() const;

signals:
    void certificateChecked(bool canSign);
    void finished(bool ok, const QString &message);

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;

private:
    void browseCertificate();
    void browseOutput();
    void showCertificate();
    void exported(const QString &path, const print::ExportResult &result);
    void signed_();
    void verified();
    void fail(const QString &message);
    // The sign-off gate: "" to go on (with `record`, an owner's override is then recorded in
    // `doc` and, as an undo step, in the session), else why the report is not signed.
    QString checkSignOff(Document &doc, bool record);
    void setBusy(bool busy, const QString &step = {});
    QByteArray takePassword();

    Document m_doc;
    QPointer<ReportSession> m_session; // when set, signs its current document, not m_doc
    QLineEdit *m_certificatePath;
    QLineEdit *m_password;
    QComboBox *m_edition;
    QLineEdit *m_reason;
    QLineEdit *m_location;
    QLineEdit *m_override = nullptr;
    QLineEdit *m_output;
    QPushButton *m_check;
    QPushButton *m_sign;
    QLabel *m_certificateView;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTextBrowser *m_result;
    QDialogButtonBox *m_buttons;

    ReportExporter *m_exporter;
    sign::CertificateInfo m_certificate;
    sign::VerificationReport m_report;
    sign::SignRequest m_request;
    QByteArray m_secret; // only while the signer runs
    QStringList m_trustedPems;
    std::unique_ptr<QTemporaryDir> m_work;
    QFutureWatcher<sign::SignOutcome> m_signing;
    QFutureWatcher<sign::VerificationReport> m_verifying;
    sign::SignOutcome m_outcome;
    bool m_busy = false;
};

} // namespace csr::ui
