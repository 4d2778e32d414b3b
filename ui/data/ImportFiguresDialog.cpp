#include "ImportFiguresDialog.h"

#include "ImportFiguresCommand.h"
#include "ReportSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csr::ui {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? formatNumber(*v) : QString();
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

ImportFiguresDialog::ImportFiguresDialog(ReportSession *session, const QList<Workbook> &workbooks,
                                         QWidget *parent)
    : QDialog(parent), m_session(session), m_plan(planFigureImport(session->document(), workbooks))
{
    setWindowTitle(tr("Import Figures"));
    setObjectName(QStringLiteral("importFiguresDialog"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problems = makeTable({tr("Workbook"), tr("Place"), tr("Problem")}, this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_preview = makeTable({tr("Figure"), tr("Unit"), tr("Before"), tr("After"), tr("Last year"),
                           tr("From"), tr("Note")},
                          this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_acceptLabels = new QCheckBox(this);
    m_acceptLabels->setText(tr("Also apply the %n row(s) matched by label and unit (no metric id)",
                               nullptr, m_plan.confirmationCount()));
    m_acceptLabels->setVisible(m_plan.confirmationCount() > 0);
    connect(m_acceptLabels, &QCheckBox::toggled, this, [this] {
        fillPreview();
        updateState();
    });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &ImportFiguresDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(new QLabel(tr("Changes:"), this));
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_acceptLabels);
    layout->addWidget(m_buttons);
    fillProblems();
    fillPreview();
    updateState();
    resize(980, 560);
}

int ImportFiguresDialog::appliedCount() const
{
    const bool accept = m_acceptLabels->isChecked();
    return int(std::count_if(m_plan.updates.begin(), m_plan.updates.end(),
                             [&](const FigureUpdate &u) { return isApplied(u, accept); }));
}

bool ImportFiguresDialog::canApply() const
{
    return !m_plan.blocked() && appliedCount() > 0;
}

void ImportFiguresDialog::fillProblems()
{
    m_problems->setRowCount(int(m_plan.problems.size()));
    for (int r = 0; r < m_plan.problems.size(); ++r) {
        const ImportProblem &p = m_plan.problems.at(r);
        const QString kind = p.severity == ImportProblem::Severity::Error     ? tr("Error")
                             : p.severity == ImportProblem::Severity::Warning ? tr("Warning")
                                                                              : tr("Confirm");
        setRow(m_problems, r, {p.workbook, p.place(), kind + QStringLiteral(": ") + p.message});
    }
    m_problems->resizeColumnsToContents();
    m_problems->setVisible(!m_plan.problems.isEmpty());
}

void ImportFiguresDialog::fillPreview()
{
    const bool accept = m_acceptLabels->isChecked();
    m_preview->setRowCount(int(m_plan.updates.size()));
    for (int r = 0; r < m_plan.updates.size(); ++r) {
        const FigureUpdate &u = m_plan.updates.at(r);
        QString note = u.warning;
        if (!isApplied(u, accept))
            note = tr("matched by label: not applied unless confirmed below");
        else if (u.sourceAfter != u.sourceBefore)
            note = tr("source: %1").arg(u.sourceAfter) + (note.isEmpty() ? QString() : "; " + note);
        setRow(m_preview, r,
               {u.title(m_session->document().metadata.year), u.unit, number(u.before),
                number(u.after), number(u.lastYear), u.workbook + QLatin1Char(' ') + u.place(),
                note});
        if (!isApplied(u, accept))
            for (int c = 0; c < m_preview->columnCount(); ++c)
                m_preview->item(r, c)->setForeground(
                    palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_preview->resizeColumnsToContents();
}

void ImportFiguresDialog::updateState()
{
    const int errors = m_plan.errorCount();
    if (errors)
        m_summary->setText(tr("%n error(s) in the workbooks: correct them and import again. "
                              "Nothing is applied while any remains.",
                              nullptr, errors));
    else if (m_plan.updates.isEmpty())
        m_summary->setText(tr("The workbooks give no new figures."));
    else
        m_summary->setText(tr("%n figure(s) will change. Apply makes every change at once; "
                              "Edit › Undo takes them all back.",
                              nullptr, appliedCount()));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(canApply());
}

void ImportFiguresDialog::apply()
{
    if (!canApply())
        return;
    Document doc = m_session->document();
    const ImportedValues imported = applyFigureImport(doc, m_plan, m_acceptLabels->isChecked());
    m_session->undoStack()->push(
        new ImportFiguresCommand(m_session, doc.metrics, imported, appliedCount()));
    accept();
}

} // namespace csr::ui
