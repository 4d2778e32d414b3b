#include "SignExportDialog.h"

#include "CertificateSummary.h"
#include "ReportExporter.h"
#include "ReportSession.h"
#include "ReportWording.h"
#include "ReviewCommands.h"
#include "Secret.h"
#include "SignOffGate.h"
#include "SigningPreferences.h"
#include "VerifyDialog.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace csr::ui {

namespace {

const QString LastCertificateKey = QStringLiteral("sign/lastCertificate");
const QString LastOutputFolderKey = QStringLiteral("sign/lastOutputFolder");

} // namespace

SignExportDialog::SignExportDialog(const Document &doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_certificatePath(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_edition(new QComboBox(this)),
      // The reason is part of the signed report: in the report's language.
      m_reason(new QLineEdit(
          print::ReportWording::builtIn(doc.metadata.language).text(QStringLiteral("sign.reason")),
          this)),
      m_location(new QLineEdit(this)), m_output(new QLineEdit(this)),
      m_check(new QPushButton(tr("&Check certificate"), this)),
      m_sign(new QPushButton(tr("&Sign and export"), this)), m_certificateView(new QLabel(this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_result(new QTextBrowser(this)), m_buttons(new QDialogButtonBox(this)),
      m_exporter(new ReportExporter(this))
{
    setWindowTitle(tr("Sign & Export PDF"));
    setMinimumWidth(640);
    m_exporter->setShowProgress(false); // the dialog shows its own progress

    auto *form = new QFormLayout;
    auto *certRow = new QHBoxLayout;
    auto *browseCert = new QPushButton(tr("Browse…"), this);
    m_certificatePath->setPlaceholderText(tr("a PKCS#12 file (.p12 or .pfx)"));
    certRow->addWidget(m_certificatePath);
    certRow->addWidget(browseCert);
    form->addRow(tr("Certificate:"), certRow);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("never stored"));
    auto *passRow = new QHBoxLayout;
    passRow->addWidget(m_password);
    passRow->addWidget(m_check);
    form->addRow(tr("Password:"), passRow);
    m_certificateView->setWordWrap(true);
    m_certificateView->setTextFormat(Qt::RichText);
    m_certificateView->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificateView->setFrameShape(QFrame::StyledPanel);
    // Room for the six lines of details, so checking a certificate does not reflow the dialog.
    m_certificateView->setMinimumHeight(m_certificateView->fontMetrics().lineSpacing() * 9);
    m_certificateView->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_certificateView->setText(tr("Choose a certificate and type its password, then check it."));
    form->addRow(QString(), m_certificateView);

    m_edition->addItem(tr("Public (confidential figures masked)"),
                       QVariant::fromValue(int(Edition::Public)));
    m_edition->addItem(tr("Internal (all figures)"), QVariant::fromValue(int(Edition::Internal)));
    form->addRow(tr("Edition:"), m_edition);
    form->addRow(tr("Reason:"), m_reason);
    m_location->setPlaceholderText(tr("e.g. 上海"));
    form->addRow(tr("Location:"), m_location);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setPlaceholderText(
        tr("only the report's owner: why sign before the review is finished"));
    form->addRow(tr("Sign despite open review:"), m_override);
    auto *outRow = new QHBoxLayout;
    auto *browseOut = new QPushButton(tr("Browse…"), this);
    outRow->addWidget(m_output);
    outRow->addWidget(browseOut);
    form->addRow(tr("Signed PDF:"), outRow);
    const QUrl tsa = SigningPreferences::tsaUrl();
    auto *timestamp = new QLabel(
        tsa.isEmpty()
            ? tr("none (set a time-stamp authority in Preferences for a signature that can be "
                 "checked after the certificate expires)")
            : tr("from %1%2")
                  .arg(tsa.toDisplayString(), SigningPreferences::embedLtv()
                                                  ? tr(", with long-term validation data")
                                                  : QString()),
        this);
    timestamp->setWordWrap(true);
    form->addRow(tr("Time stamp:"), timestamp);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_result->setVisible(false);
    m_result->setMinimumHeight(180);

    // Enter checks the certificate; signing takes a deliberate click.
    m_check->setDefault(true);
    m_sign->setAutoDefault(false);
    m_buttons->addButton(m_sign, QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_buttons);

    // Remembered from the last time; the password never is.
    QSettings settings;
    m_certificatePath->setText(settings.value(LastCertificateKey).toString());
    QString folder = settings.value(LastOutputFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString name =
        doc.metadata.unitName.isEmpty()
            ? tr("report")
            : tr("%1 %2 CSR report").arg(doc.metadata.unitName).arg(doc.metadata.year);
    m_output->setText(QDir(folder).filePath(name + tr("-signed") + QStringLiteral(".pdf")));

    connect(browseCert, &QPushButton::clicked, this, &SignExportDialog::browseCertificate);
    connect(browseOut, &QPushButton::clicked, this, &SignExportDialog::browseOutput);
    connect(m_check, &QPushButton::clicked, this, &SignExportDialog::checkCertificate);
    connect(m_sign, &QPushButton::clicked, this, &SignExportDialog::startSigning);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignExportDialog::reject);
    connect(m_exporter, &ReportExporter::finished, this, &SignExportDialog::exported);
    connect(&m_signing, &QFutureWatcher<sign::SignOutcome>::finished, this,
            &SignExportDialog::signed_);
    connect(&m_verifying, &QFutureWatcher<sign::VerificationReport>::finished, this,
            &SignExportDialog::verified);
}

SignExportDialog::SignExportDialog(ReportSession *session, QWidget *parent)
    : SignExportDialog(session->document(), parent)
{
    m_session = session;
}

Document SignExportDialog::documentToSign() const
{
    return m_session ? m_session->document() : m_doc;
}

SignExportDialog::~SignExportDialog()
{
    // The workers hold copies of what they need; let them end before the watchers go.
    m_signing.waitForFinished();
    m_verifying.waitForFinished();
    sign::wipe(m_secret);
}

void SignExportDialog::setCertificatePath(const QString &path)
{
    m_certificatePath->setText(path);
}

void SignExportDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

void SignExportDialog::setEdition(Edition edition)
{
    m_edition->setCurrentIndex(m_edition->findData(int(edition)));
}

void SignExportDialog::addTrustedCertificates(const QString &pemPath)
{
    m_trustedPems << pemPath;
}

QString SignExportDialog::message() const
{
    return m_status->text();
}

QString SignExportDialog::details() const
{
    return m_certificateView->text();
}

QString SignExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

QString SignExportDialog::certificatePath() const
{
    return m_certificatePath->text().trimmed();
}

void SignExportDialog::browseCertificate()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Signing certificate"), m_certificatePath->text(),
                                     tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty()) {
        m_certificatePath->setText(path);
        m_password->setFocus();
    }
}

void SignExportDialog::browseOutput()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Signed PDF"), m_output->text(),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

QByteArray SignExportDialog::takePassword()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    return password;
}

bool SignExportDialog::checkCertificate()
{
    const QString path = m_certificatePath->text().trimmed();
    if (path.isEmpty()) {
        m_certificate = {};
        m_certificateView->setText(tr("Choose the certificate file (.p12 or .pfx)."));
        emit certificateChecked(false);
        return false;
    }
    QByteArray password = m_password->text().toUtf8();
    m_certificate = sign::readCertificate(path, password);
    sign::wipe(password);
    showCertificate();
    const bool ok = m_certificate.result == sign::SignResult::Ok;
    emit certificateChecked(ok);
    return ok;
}

void SignExportDialog::showCertificate()
{
    m_certificateView->setText(certificateSummaryHtml(m_certificate));
}

bool SignExportDialog::startSigning()
{
    if (m_busy)
        return false;
    m_result->setVisible(false);
    m_report = {};
    // The review first: no password is asked for a report that is not ready to be signed.
    {
        Document toSign = documentToSign();
        if (const QString refused = checkSignOff(toSign, false); !refused.isEmpty()) {
            fail(refused);
            return false;
        }
    }
    const QString output = outputPath();
    if (output.isEmpty()) {
        fail(tr("Choose where to write the signed PDF."));
        return false;
    }
    const QFileInfo outInfo(output);
    const QFileInfo folder(outInfo.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        fail(tr("The folder \"%1\" cannot be written; choose another place for the signed PDF.")
                 .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        return false;
    }
    if (outInfo.exists() && !outInfo.isWritable()) {
        fail(tr("The file \"%1\" cannot be replaced.").arg(QDir::toNativeSeparators(output)));
        return false;
    }
    if (!checkCertificate()) {
        m_password->clear();
        fail(m_certificate.message.isEmpty() ? tr("Choose the certificate file (.p12 or .pfx).")
                                             : m_certificate.message);
        return false;
    }

    QSettings settings;
    settings.setValue(LastCertificateKey,
                      QFileInfo(m_certificatePath->text().trimmed()).absoluteFilePath());
    settings.setValue(LastOutputFolderKey, folder.absoluteFilePath());

    m_work = std::make_unique<QTemporaryDir>();
    if (!m_work->isValid()) {
        m_password->clear();
        fail(tr("No temporary folder for the unsigned export: %1").arg(m_work->errorString()));
        return false;
    }
    m_secret = takePassword();
    m_request = {};
    m_request.inputPath = m_work->filePath(QStringLiteral("unsigned.pdf"));
    m_request.outputPath = output;
    m_request.certificatePath = m_certificatePath->text().trimmed();
    m_request.reason = m_reason->text().trimmed();
    m_request.location = m_location->text().trimmed();
    m_request.tsaUrl = SigningPreferences::tsaUrl();
    m_request.ltv = !m_request.tsaUrl.isEmpty() && SigningPreferences::embedLtv();

    Document toSign = documentToSign();
    if (const QString refused = checkSignOff(toSign, true); !refused.isEmpty()) {
        sign::wipe(m_secret);
        fail(refused);
        return false;
    }
    setBusy(true, tr("Exporting the report…"));
    m_exporter->start(toSign, m_request.inputPath, Edition(m_edition->currentData().toInt()));
    return true;
}

QString SignExportDialog::checkSignOff(Document &doc, bool record)
{
    const QList<SignOffBlocker> blockers = SignOffGate::blockers(doc);
    if (blockers.isEmpty())
        return {};
    QStringList open;
    for (const SignOffBlocker &b : blockers)
        open << QStringLiteral("• ") + b.message;
    const QString reason = m_override->text().trimmed();
    if (reason.isEmpty())
        return tr("The report is not ready for sign-off, so it was not signed:\n%1\nFinish the "
                  "review (Review panel), or, as the report's owner, enter a reason under \"Sign "
                  "despite open review\".")
            .arg(open.join(QLatin1Char('\n')));
    // A team report's owner is the server's (the session's review identity); a file's is
    // the one the report names.
    const auto policy = m_session ? m_session->reviewPolicy()
                                  : std::make_shared<const FileReviewPolicy>(doc.review);
    const QString who = m_session ? m_session->reviewAuthor() : ReportSession::authorName();
    const ReviewOutcome outcome = SignOffGate::recordOverride(
        doc, *policy, who, QDateTime::currentDateTimeUtc(), reason, blockers);
    if (!outcome.ok())
        return outcome.error;
    if (!record)
        return {};
    // Recorded in the report as an undoable step; saving keeps it, and the internal edition's
    // sign-off record prints it.
    if (m_session)
        m_session->undoStack()->push(
            new ReviewCommand(m_session, doc, tr("Sign despite open review points")));
    return {};
}

void SignExportDialog::exported(const QString &, const print::ExportResult &result)
{
    if (!result.ok()) {
        sign::wipe(m_secret);
        fail(tr("Cannot export PDF: %1").arg(result.error));
        return;
    }
    if (result.signature) {
        m_request.pageIndex = result.signature->page;
        m_request.rect = result.signature->rectPt;
    }
    setBusy(true, tr("Signing…"));
    // The copies share the secret's bytes, so wiping m_secret afterwards wipes them too.
    m_signing.setFuture(QtConcurrent::run([request = m_request, password = m_secret] {
        return sign::PdfSigner::sign(request, password);
    }));
}

void SignExportDialog::signed_()
{
    m_outcome = m_signing.result();
    sign::wipe(m_secret);
    m_work.reset(); // the unsigned export goes
    if (!m_outcome.ok()) {
        fail(m_outcome.message);
        return;
    }
    setBusy(true, tr("Verifying the signed file…"));
    sign::PdfVerifier verifier;
    for (const QString &pem : std::as_const(m_trustedPems))
        verifier.addTrustedCertificates(pem);
    const QString path = m_request.outputPath;
    m_verifying.setFuture(
        QtConcurrent::run([verifier, path] { return verifier.verifyFile(path); }));
}

void SignExportDialog::verified()
{
    m_report = m_verifying.result();
    setBusy(false);
    const QString written =
        tr("Signed and written to %1.").arg(QDir::toNativeSeparators(m_request.outputPath));
    QString note;
    if (!m_report.signatures.isEmpty() && !m_report.signatures.last().certificateTrusted &&
        m_report.signatures.last().digestMatches && m_report.signatures.last().coversWholeFile)
        note = tr(" The signature is intact; its certificate does not chain to a CA this computer "
                  "trusts, so readers may need your organisation's CA certificate.");
    // What long-term validation could not fetch (offline is normal): said, not an error.
    for (const QString &line : std::as_const(m_outcome.notes))
        note += QLatin1Char(' ') + line;
    m_status->setText(written + QLatin1Char(' ') + VerifyDialog::verdict(m_report) + note);
    m_result->setHtml(VerifyDialog::reportHtml(m_report));
    m_result->setVisible(true);
    emit finished(true, m_status->text());
}

void SignExportDialog::fail(const QString &message)
{
    m_work.reset(); // nothing partial stays behind
    setBusy(false);
    m_status->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_status->setText(message);
    emit finished(false, message);
}

void SignExportDialog::setBusy(bool busy, const QString &step)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_sign, m_check, m_certificatePath,
                                                       m_password, m_output, m_edition})
        w->setEnabled(!busy);
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(step);
    }
}

void SignExportDialog::reject()
{
    if (m_busy)
        return; // the signed file is being written; closing now would leave it half-done
    QDialog::reject();
}

void SignExportDialog::closeEvent(QCloseEvent *event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace csr::ui
