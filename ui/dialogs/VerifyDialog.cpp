#include "VerifyDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace csr::ui {

namespace {

QString yesNo(bool value)
{
    return value ? VerifyDialog::tr("yes") : VerifyDialog::tr("<b>no</b>");
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

VerifyDialog::VerifyDialog(QWidget *parent)
    : QDialog(parent), m_pdf(new QLineEdit(this)), m_trusted(new QLineEdit(this)),
      m_verify(new QPushButton(tr("&Verify"), this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_result(new QTextBrowser(this))
{
    setWindowTitle(tr("Verify Signed PDF"));
    auto *form = new QFormLayout;
    auto *pdfRow = new QHBoxLayout;
    auto *browsePdf = new QPushButton(tr("Browse…"), this);
    pdfRow->addWidget(m_pdf);
    pdfRow->addWidget(browsePdf);
    form->addRow(tr("Signed PDF:"), pdfRow);
    auto *trustRow = new QHBoxLayout;
    auto *browseTrust = new QPushButton(tr("Browse…"), this);
    m_trusted->setPlaceholderText(tr("optional: a PEM file of an in-house CA to trust"));
    trustRow->addWidget(m_trusted);
    trustRow->addWidget(browseTrust);
    form->addRow(tr("Also trust:"), trustRow);

    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumSize(520, 260);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);

    connect(browsePdf, &QPushButton::clicked, this, &VerifyDialog::browsePdf);
    connect(browseTrust, &QPushButton::clicked, this, &VerifyDialog::browseTrusted);
    connect(m_verify, &QPushButton::clicked, this, &VerifyDialog::startVerification);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<sign::VerificationReport>::finished, this,
            &VerifyDialog::done);
}

void VerifyDialog::setPdfPath(const QString &path)
{
    m_pdf->setText(path);
}

void VerifyDialog::setTrustedCertificates(const QString &pemPath)
{
    m_trusted->setText(pemPath);
}

bool VerifyDialog::isBusy() const
{
    return m_watcher.isRunning();
}

QString VerifyDialog::summary() const
{
    return m_summary->text();
}

QString VerifyDialog::details() const
{
    return m_result->toPlainText();
}

void VerifyDialog::browsePdf()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Signed PDF"), m_pdf->text(),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty()) {
        m_pdf->setText(path);
        startVerification();
    }
}

void VerifyDialog::browseTrusted()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Trusted CA certificates"), m_trusted->text(),
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_trusted->setText(path);
}

bool VerifyDialog::startVerification()
{
    if (m_watcher.isRunning())
        return false;
    const QString path = m_pdf->text().trimmed();
    if (path.isEmpty()) {
        m_summary->setText(tr("Choose the PDF to verify."));
        return false;
    }
    sign::PdfVerifier verifier;
    const QString pem = m_trusted->text().trimmed();
    QString error;
    if (!pem.isEmpty() && !verifier.addTrustedCertificates(pem, &error)) {
        m_summary->setText(tr("The trusted CA file \"%1\" cannot be used: %2").arg(pem, error));
        return false;
    }
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_result->clear();
    m_progress->setVisible(true);
    m_verify->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([verifier, path] { return verifier.verifyFile(path); }));
    return true;
}

void VerifyDialog::done()
{
    m_report = m_watcher.result();
    m_progress->setVisible(false);
    m_verify->setEnabled(true);
    m_summary->setText(verdict(m_report));
    m_result->setHtml(reportHtml(m_report));
    emit verified(m_report);
}

QString VerifyDialog::verdict(const sign::VerificationReport &report)
{
    using S = sign::VerificationReport::Status;
    switch (report.status) {
    case S::Valid:
        return tr("Valid: every signature holds and nothing was changed after the last one.");
    case S::NotSigned:
        if (!report.signatures.isEmpty()) // document time stamps only
            return tr("Not signed: the PDF carries only a document time stamp, which proves when "
                      "it existed, not who approved it.");
        return tr("Not signed: the PDF carries no signature.");
    case S::Unreadable:
        return tr("The file cannot be read.");
    case S::NotPdf:
        return tr("The file is not a PDF.");
    case S::TooMuchWork:
        return tr("Not verified: the file is too large or has too many signatures to verify.");
    case S::Invalid:
        break;
    }
    if (report.modifiedAfterLastSignature())
        return tr("Modified: the file was changed after it was signed.");
    return tr("Not valid: a signature does not hold.");
}

QString VerifyDialog::reportHtml(const sign::VerificationReport &report)
{
    QString out;
    if (!report.problems.isEmpty()) {
        out += QStringLiteral("<ul>");
        for (const QString &p : report.problems)
            out += QStringLiteral("<li>%1</li>").arg(html(p));
        out += QStringLiteral("</ul>");
    }
    int signatures = 0, stamps = 0; // numbered apart, as the problems name them
    for (const sign::SignatureCheck &s : report.signatures) {
        // A document time stamp is the TSA's token over the file: when, not who.
        const bool stamp = s.documentTimestamp;
        out += QStringLiteral("<h4>%1</h4><table>")
                   .arg(html(stamp ? tr("Document time stamp %1").arg(++stamps)
                                   : tr("Signature %1").arg(++signatures)));
        auto row = [&out](const QString &label, const QString &value) {
            out += QStringLiteral("<tr><td>%1&nbsp;</td><td>%2</td></tr>").arg(html(label), value);
        };
        const QString name = s.signerCommonName.isEmpty() ? s.signer : s.signerCommonName;
        row(stamp ? tr("Time-stamp authority:") : tr("Signer:"), html(name));
        if (!stamp)
            row(tr("Issuer:"), html(s.issuerCommonName.isEmpty() ? s.issuer : s.issuerCommonName));
        row(stamp ? tr("Stamped at:") : tr("Signed at:"),
            html(s.signingTime.isValid()
                     ? s.signingTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                     : tr("unknown")));
        if (!s.reason.isEmpty())
            row(tr("Reason:"), html(s.reason));
        if (!s.location.isEmpty())
            row(tr("Location:"), html(s.location));
        if (s.timestamp.present && !stamp)
            row(tr("Time stamp:"),
                html(tr("%1 by %2, %3")
                         .arg(s.timestamp.time.toLocalTime().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              s.timestamp.tsaName,
                              s.timestamp.valid() ? tr("valid")
                                                  : tr("not valid: %1").arg(s.timestamp.problem))));
        row(tr("Content unchanged (digest):"), yesNo(s.digestMatches && s.rangeWellFormed));
        row(tr("Certificate trusted:"), yesNo(s.certificateTrusted));
        row(tr("Covers the whole file:"), yesNo(s.coversWholeFile));
        if (!s.digestProblem.isEmpty())
            row(tr("Digest problem:"), html(s.digestProblem));
        if (!s.trustProblem.isEmpty())
            row(tr("Trust problem:"), html(s.trustProblem));
        out += QStringLiteral("</table>");
    }
    if (report.dss.present)
        out += QStringLiteral("<p>%1</p>")
                   .arg(html(tr("Long-term validation data embedded: %1 certificates, %2 OCSP "
                                "responses, %3 CRLs.")
                                 .arg(report.dss.certificates)
                                 .arg(report.dss.ocspResponses)
                                 .arg(report.dss.crls)));
    return out;
}

} // namespace csr::ui
