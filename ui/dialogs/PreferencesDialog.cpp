#include "PreferencesDialog.h"

#include "RecoveryManager.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace csr::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_interval(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_interval->setRange(10, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(RecoveryManager::intervalSeconds());
    auto *form = new QFormLayout;
    form->addRow(tr("Save a recovery copy every:"), m_interval);
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
    QDialog::accept();
}

} // namespace csr::ui
