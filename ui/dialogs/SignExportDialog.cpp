#include "SignExportDialog.h"

#include "PdfSigner.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace csr::ui {

namespace {
const QString CertificateKey = QStringLiteral("sign/certificate");

QHBoxLayout *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}
} // namespace

SignExportDialog::SignExportDialog(const QString &suggestedOutput, QWidget *parent)
    : QDialog(parent), m_output(new QLineEdit(suggestedOutput, this)),
      m_certificate(new QLineEdit(QSettings().value(CertificateKey).toString(), this)),
      m_password(new QLineEdit(this)),
      m_reason(new QLineEdit(sign::SignRequest::defaultReason(), this)),
      m_location(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign & Export PDF"));
    resize(560, 0);
    m_password->setEchoMode(QLineEdit::Password);
    m_location->setPlaceholderText(tr("e.g. 上海"));
    auto *browseOut = new QPushButton(tr("Choose…"), this);
    auto *browseCert = new QPushButton(tr("Choose…"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Signed PDF:"), withBrowse(m_output, browseOut));
    form->addRow(tr("Certificate (.p12/.pfx):"), withBrowse(m_certificate, browseCert));
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Location:"), m_location);
    auto *note = new QLabel(tr("The public edition is exported and signed with the unit's "
                               "certificate; any later change to the file is detectable."),
                            this);
    note->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_error->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &SignExportDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseOut, &QPushButton::clicked, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Signed PDF"), m_output->text(),
                                                    tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            m_output->setText(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
                                  ? path
                                  : path + QStringLiteral(".pdf"));
    });
    connect(browseCert, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Certificate"), m_certificate->text(),
                                         tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"));
        if (!path.isEmpty())
            m_certificate->setText(path);
    });
}

QString SignExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

QString SignExportDialog::certificatePath() const
{
    return m_certificate->text().trimmed();
}

QString SignExportDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString SignExportDialog::location() const
{
    return m_location->text().trimmed();
}

QByteArray SignExportDialog::takePassword()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    return password;
}

void SignExportDialog::accept()
{
    if (outputPath().isEmpty()) {
        m_error->setText(tr("Choose where to write the signed PDF."));
        return;
    }
    if (!QFileInfo(certificatePath()).isFile()) {
        m_error->setText(tr("Choose the certificate file (.p12 or .pfx)."));
        return;
    }
    QSettings().setValue(CertificateKey, certificatePath()); // the path, never the password
    QDialog::accept();
}

} // namespace csr::ui
