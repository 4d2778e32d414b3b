#include "PreferencesDialog.h"

#include "RecoveryManager.h"
#include "ReportSession.h"
#include "SigningPreferences.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace csr::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_interval(new QSpinBox(this)), m_name(new QLineEdit(this)),
      m_tsa(new QLineEdit(this)), m_ltv(new QCheckBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    m_interval->setRange(10, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(RecoveryManager::intervalSeconds());
    auto *form = new QFormLayout;
    form->addRow(tr("Save a recovery copy every:"), m_interval);
    m_name->setText(ReportSession::authorName());
    m_name->setPlaceholderText(tr("e.g. 王芳"));
    m_name->setToolTip(tr("The change history names you with it when you save changed figures."));
    form->addRow(tr("Your name:"), m_name);
    m_tsa->setText(SigningPreferences::tsaUrl().toString());
    m_tsa->setPlaceholderText(tr("the address your CA gives you, e.g. http://…"));
    m_tsa->setToolTip(tr("An RFC 3161 time-stamp authority. Sign & Export then time-stamps each "
                         "signature (PAdES B-T), so it can be checked after the certificate "
                         "expires. Leave empty for no time stamp."));
    form->addRow(tr("Time-stamp authority:"), m_tsa);
    m_ltv->setText(tr("Embed long-term validation data (certificates, revocation)"));
    m_ltv->setChecked(SigningPreferences::embedLtv());
    m_ltv->setToolTip(tr("With a time-stamp authority: adds the certificate chain and what "
                         "revocation data can be fetched to the signed PDF (PAdES B-LT)."));
    form->addRow(QString(), m_ltv);
    m_problem->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    const QString tsa = m_tsa->text().trimmed();
    if (!tsa.isEmpty() && !SigningPreferences::isTsaUrl(QUrl(tsa))) {
        m_problem->setText(tr("The time-stamp authority needs an http:// or https:// address."));
        m_problem->setVisible(true);
        return;
    }
    SigningPreferences::setTsaUrl(QUrl(tsa));
    SigningPreferences::setEmbedLtv(m_ltv->isChecked());
    RecoveryManager::setIntervalSeconds(m_interval->value());
    ReportSession::setAuthorName(m_name->text());
    QDialog::accept();
}

} // namespace csr::ui
