#include "ProblemsPanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

namespace csr::ui {

ProblemsPanel::ProblemsPanel(QWidget *parent) : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setColumnCount(2);
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setStretchLastSection(true);
    setColumnWidth(0, 320);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = indexOfTopLevelItem(item);
        if (i >= 0 && i < m_findings.size())
            emit findingActivated(m_findings.at(i));
    });
    retranslate();
}

void ProblemsPanel::retranslate()
{
    setHeaderLabels({tr("Problem"), tr("Where")});
}

QString ProblemsPanel::place(const Location &at, const Document &doc) const
{
    // Where a person would look, not the validator's keys ("metrics.revenue.value").
    if (!at.chapterPath.isEmpty())
        return at.chapterPath;
    if (!at.metricId.isEmpty()) {
        const Metric *m = doc.findMetric(at.metricId);
        return tr("Figure: %1").arg(m && !m->label.isEmpty() ? m->label : at.metricId);
    }
    if (at.field.startsWith(QLatin1String("metadata.")))
        return tr("Report details");
    if (at.field.startsWith(QLatin1String("signatory.")))
        return tr("Signatory");
    return at.toString();
}

void ProblemsPanel::setFindings(const QList<Finding> &findings, const Document &doc)
{
    m_findings = findings;
    // Errors first: they block a clean export; warnings are advice.
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        return a.severity == Finding::Severity::Error && b.severity != Finding::Severity::Error;
    });
    clear();
    const QIcon error = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Finding &f : m_findings) {
        const QString where = place(f.location, doc);
        auto *item = new QTreeWidgetItem(this, {f.message, where});
        item->setIcon(0, f.severity == Finding::Severity::Error ? error : warning);
        item->setToolTip(0, f.message);
        item->setToolTip(1, where);
        item->setData(0, Qt::UserRole, f.code);
    }
}

} // namespace csr::ui
