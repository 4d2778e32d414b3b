#include "ReportDetailsDialog.h"

#include "OptionalDateEdit.h"
#include "StyleRegistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace csr::ui {

ReportDetailsDialog::ReportDetailsDialog(const ReportMetadata &metadata, QWidget *parent)
    : QDialog(parent), m_metadata(metadata), m_unit(new QLineEdit(metadata.unitName, this)),
      m_title(new QLineEdit(metadata.reportTitle, this)),
      m_category(new QLineEdit(metadata.category, this)), m_year(new QSpinBox(this)),
      m_pages(new QSpinBox(this)), m_yearColumns(new QSpinBox(this)),
      m_tocDepth(new QSpinBox(this)), m_start(new OptionalDateEdit(this)),
      m_end(new OptionalDateEdit(this)), m_scope(new QPlainTextEdit(metadata.scope, this)),
      m_standards(new QPlainTextEdit(metadata.standards.join(QLatin1Char('\n')), this)),
      m_language(new QComboBox(this)), m_style(new QComboBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Report details"));
    resize(620, 520);
    m_year->setRange(1989, 2200);
    m_year->setSpecialValueText(tr("not set")); // the lowest year
    m_year->setValue(metadata.year > 0 ? metadata.year : m_year->minimum());
    m_pages->setRange(0, 999);
    m_pages->setSpecialValueText(tr("not stated"));
    m_pages->setValue(metadata.pageBudget);
    m_yearColumns->setRange(ReportMetadata::MinYearColumns, ReportMetadata::MaxYearColumns);
    m_yearColumns->setValue(metadata.yearColumns);
    m_yearColumns->setToolTip(tr("How many years the metric tables show: this year, last year "
                                 "and earlier years from the figures' history."));
    m_tocDepth->setRange(ReportMetadata::MinTocDepth, ReportMetadata::MaxTocDepth);
    m_tocDepth->setValue(metadata.tocDepth);
    m_tocDepth->setToolTip(tr("How many heading levels the printed table of contents lists: 1 "
                              "chapters only, 2 with their sections (a school's coded "
                              "indicators), 3 one level deeper."));
    const int hintYear = metadata.year > 0 ? metadata.year : QDate::currentDate().year() - 1;
    m_start->setOptionalDate(metadata.periodStart);
    m_start->setCalendarHint(QDate(hintYear, 1, 1));
    m_end->setOptionalDate(metadata.periodEnd);
    m_end->setCalendarHint(QDate(hintYear, 12, 31));
    m_scope->setTabChangesFocus(true);
    m_standards->setTabChangesFocus(true);
    m_standards->setPlaceholderText(tr("One guideline edition per line"));
    // Each language in its own words, as a reader of that edition would look for it.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(metadata.language)));
    m_language->setToolTip(tr("The language of the printed report's fixed words (contents, "
                              "table headings, dates, numbers), whatever the language of this "
                              "window."));

    // The styles installed (built in, the user's folder, $CSR_STYLE_PATH); the default one
    // stores nothing. A style the report names that is not installed stays listed as it is.
    m_style->setObjectName(QStringLiteral("printStyle"));
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_style->addItem(tr("Default"), QString());
    for (const print::StyleEntry &e : print::StyleRegistry::available())
        if (e.id != QLatin1String("default"))
            m_style->addItem(e.name, e.id);
    if (!metadata.style.isEmpty() && m_style->findData(metadata.style) < 0)
        m_style->addItem(tr("%1 (not installed)").arg(metadata.style), metadata.style);
    m_style->setCurrentIndex(std::max(0, m_style->findData(metadata.style)));
    m_style->setToolTip(tr("How the printed report looks: page, fonts, colours, cover. A unit's "
                           "own style is a file in the user's style folder."));

    auto *form = new QFormLayout;
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Report title:"), m_title);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Period from:"), m_start);
    form->addRow(tr("Period to:"), m_end);
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("Standards followed:"), m_standards);
    form->addRow(tr("Length (pages):"), m_pages);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Year columns in tables:"), m_yearColumns);
    form->addRow(tr("Printed in:"), m_language);
    form->addRow(tr("Print style:"), m_style);
    form->addRow(tr("Contents levels:"), m_tocDepth);
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_error->setWordWrap(true);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &ReportDetailsDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReportMetadata ReportDetailsDialog::metadata() const
{
    // Untouched fields keep their stored value (untrimmed text, a year outside the box's
    // range), so pressing OK alone changes nothing.
    ReportMetadata m = m_metadata;
    if (m_unit->isModified())
        m.unitName = m_unit->text().trimmed();
    if (m_title->isModified())
        m.reportTitle = m_title->text().trimmed();
    const int shownYear = m_metadata.year > 0
                              ? std::clamp(m_metadata.year, m_year->minimum(), m_year->maximum())
                              : m_year->minimum();
    if (m_year->value() != shownYear)
        m.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    m.periodStart = m_start->optionalDate();
    m.periodEnd = m_end->optionalDate();
    if (m_scope->document()->isModified())
        m.scope = m_scope->toPlainText().trimmed();
    if (m_standards->document()->isModified()) {
        m.standards.clear();
        for (const QString &line : m_standards->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                m.standards << line.trimmed();
    }
    if (m_pages->value() != std::clamp(m_metadata.pageBudget, 0, m_pages->maximum()))
        m.pageBudget = m_pages->value();
    if (m_category->isModified())
        m.category = m_category->text().trimmed();
    m.yearColumns = m_yearColumns->value();
    m.language = m_language->currentData().toString();
    m.style = m_style->currentData().toString();
    m.tocDepth = m_tocDepth->value();
    return m;
}

void ReportDetailsDialog::accept()
{
    if (m_unit->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the unit's name."));
        return;
    }
    const QDate start = m_start->optionalDate(), end = m_end->optionalDate();
    if (start.isValid() && end.isValid() && start > end) {
        m_error->setText(tr("The period starts after it ends."));
        return;
    }
    QDialog::accept();
}

} // namespace csr::ui
