#include "SaveTemplateDialog.h"

#include "ReportController.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace csr::ui {

SaveTemplateDialog::SaveTemplateDialog(const QString &suggestedName, const QString &suggestedId,
                                       QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(suggestedName, this)),
      m_id(new QLineEdit(suggestedId, this)), m_prose(new QCheckBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Save as Template"));
    m_prose->setText(tr("Keep the prose (otherwise only the hints)"));
    m_id->setToolTip(tr("Letters, digits, \".\", \"_\" and \"-\": the template's file name"));
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_error->setWordWrap(true);
    auto *hint = new QLabel(tr("Keeps the chapters, required parts, hints, tables and the "
                               "figures' names and units; drops the figures, events, honours "
                               "and who fills what."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("File name:"), m_id);
    form->addRow(QString(), m_prose);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, m_error, &QLabel::clear);
    connect(m_id, &QLineEdit::textChanged, m_error, &QLabel::clear);
}

QString SaveTemplateDialog::name() const
{
    return m_name->text().trimmed();
}

QString SaveTemplateDialog::id() const
{
    return m_id->text().trimmed();
}

bool SaveTemplateDialog::keepProse() const
{
    return m_prose->isChecked();
}

QString SaveTemplateDialog::ask(ReportController *controller, QWidget *parent)
{
    SaveTemplateDialog dialog(controller->documentName(), QStringLiteral("my-template"), parent);
    while (dialog.exec() == QDialog::Accepted) {
        const QString error =
            controller->saveAsTemplate(dialog.id(), dialog.name(), dialog.keepProse());
        if (error.isEmpty())
            return dialog.name();
        dialog.showError(error);
    }
    return {};
}

void SaveTemplateDialog::showError(const QString &error)
{
    m_error->setText(error);
}

} // namespace csr::ui
