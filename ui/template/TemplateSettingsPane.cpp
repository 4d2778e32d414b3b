#include "TemplateSettingsPane.h"

#include "TemplateEdits.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace csr::ui {

TemplateSettingsPane::TemplateSettingsPane(TemplateEdits *edits, QWidget *parent)
    : QWidget(parent), m_edits(edits), m_id(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_form(new QFormLayout(this))
{
    // Label widgets of their own: addRow with an empty text makes none to retranslate later.
    m_form->addRow(new QLabel(this), m_name);
    m_form->addRow(new QLabel(this), m_id);
    m_form->addRow(new QLabel(this), m_description);
    for (int level = 0; level < Levels; ++level) {
        auto *box = new QComboBox(this);
        for (NumberingStyle style :
             {NumberingStyle::Chinese, NumberingStyle::ChineseParen, NumberingStyle::Arabic,
              NumberingStyle::ArabicParen, NumberingStyle::Code, NumberingStyle::None})
            box->addItem(QString(), int(style));
        m_form->addRow(new QLabel(this), box);
        connect(box, &QComboBox::activated, this, [this, level, box] {
            m_edits->setNumbering(level, NumberingStyle(box->currentData().toInt()));
        });
        m_levels << box;
    }
    retranslate();
    for (QLineEdit *edit : {m_id, m_name, m_description})
        connect(edit, &QLineEdit::textEdited, this, &TemplateSettingsPane::infoEdited);
    connect(edits->model(), &TemplateModel::infoChanged, this, &TemplateSettingsPane::sync);
    connect(edits->model(), &TemplateModel::numberingChanged, this, &TemplateSettingsPane::sync);
    sync();
}

void TemplateSettingsPane::retranslate()
{
    const auto label = [&](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_name, tr("Name:"));
    label(m_id, tr("File name (id):"));
    label(m_description, tr("Description:"));
    m_id->setToolTip(tr("Letters, digits, \".\", \"_\" and \"-\": the template's file name, "
                        "and what each report made from it remembers"));
    m_name->setPlaceholderText(tr("e.g. School CSR report (six dimensions)"));
    for (int level = 0; level < m_levels.size(); ++level) {
        QComboBox *box = m_levels.at(level);
        label(box, tr("Numbering, level %1:").arg(level + 1));
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(
                i, TemplateEdits::numberingText(NumberingStyle(box->itemData(i).toInt())));
    }
}

void TemplateSettingsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TemplateSettingsPane::infoEdited()
{
    if (!m_syncing)
        m_edits->setInfo({m_id->text().trimmed(), m_name->text(), m_description->text()});
}

void TemplateSettingsPane::sync()
{
    const Template &t = m_edits->model()->value();
    m_syncing = true;
    for (auto [edit, text] : {std::pair{m_id, t.id}, std::pair{m_name, t.name},
                              std::pair{m_description, t.description}})
        if (edit->text().trimmed() != text.trimmed())
            edit->setText(text);
    for (int level = 0; level < Levels; ++level) {
        const NumberingStyle style = numberingAt(t.skeleton.metadata.numbering, level);
        m_levels[level]->setCurrentIndex(m_levels[level]->findData(int(style)));
    }
    m_syncing = false;
}

} // namespace csr::ui
