#include "PreferencesDialog.h"

#include "RecoveryManager.h"
#include "ReportSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace csr::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_interval(new QSpinBox(this)), m_name(new QLineEdit(this))
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
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    RecoveryManager::setIntervalSeconds(m_interval->value());
    ReportSession::setAuthorName(m_name->text());
    QDialog::accept();
}

} // namespace csr::ui
