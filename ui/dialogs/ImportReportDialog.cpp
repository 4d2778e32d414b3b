#include "ImportReportDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace csr::ui {

ImportReportDialog::ImportReportDialog(const TemplateRegistry &registry, const QString &fileName,
                                       QWidget *parent)
    : QDialog(parent), m_template(new QComboBox(this)), m_year(new QSpinBox(this))
{
    setWindowTitle(tr("Import Existing Report"));
    for (const Template &t : registry.templates())
        m_template->addItem(t.name, t.id);
    m_template->setCurrentIndex(std::max(0, m_template->findData(TemplateRegistry::DefaultId)));
    // 1999 stands for "the year the report names" (its notes or title).
    m_year->setRange(1999, QDate::currentDate().year() + 1);
    m_year->setSpecialValueText(tr("As the report says"));
    m_year->setValue(m_year->minimum());
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Import %1 as a new report. Its headings are matched to the "
                                "template's chapters; what the import is unsure of is listed "
                                "for review.")
                                 .arg(fileName),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("Report &year:"), m_year);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString ImportReportDialog::templateId() const
{
    return m_template->currentData().toString();
}

int ImportReportDialog::year() const
{
    return m_year->value() == m_year->minimum() ? 0 : m_year->value();
}

} // namespace csr::ui
