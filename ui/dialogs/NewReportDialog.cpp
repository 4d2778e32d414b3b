#include "NewReportDialog.h"

#include "Translations.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace csr::ui {

NewReportDialog::NewReportDialog(const TemplateRegistry &registry, QWidget *parent)
    : QDialog(parent), m_registry(registry), m_template(new QComboBox(this)),
      m_description(new QLabel(this)), m_unit(new QLineEdit(this)), m_year(new QSpinBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("New report"));
    for (const Template &t : registry.templates())
        m_template->addItem(t.name, t.id);
    const int def = m_template->findData(TemplateRegistry::DefaultId);
    if (def >= 0)
        m_template->setCurrentIndex(def);
    m_description->setWordWrap(true);
    m_unit->setPlaceholderText(tr("e.g. 中国电信股份有限公司上海西区电信局"));
    m_year->setRange(1990, 2200);
    // Reports are written early in the year about the year before.
    m_year->setValue(QDate::currentDate().year() - 1);
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Template:"), m_template);
    form->addRow(QString(), m_description);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Year:"), m_year);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &NewReportDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto describe = [this] {
        const Template *t = m_registry.find(templateId());
        m_description->setText(t ? t->descriptionIn(preferredLanguage()) : QString());
    };
    connect(m_template, &QComboBox::currentIndexChanged, this, describe);
    // The complaint goes as soon as it no longer holds.
    connect(m_unit, &QLineEdit::textChanged, this, [this] {
        if (!unitName().isEmpty())
            m_error->clear();
    });
    describe();
}

QString NewReportDialog::templateId() const
{
    return m_template->currentData().toString();
}

QString NewReportDialog::unitName() const
{
    return m_unit->text().trimmed();
}

int NewReportDialog::year() const
{
    return m_year->value();
}

void NewReportDialog::accept()
{
    if (templateId().isEmpty()) {
        m_error->setText(tr("No template is available."));
        return;
    }
    if (unitName().isEmpty()) {
        m_error->setText(tr("Enter the unit's name."));
        return;
    }
    QDialog::accept();
}

} // namespace csr::ui
