#include "ProblemsPanel.h"

#include "LocationText.h"

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
        const QString where = describeLocation(f.location, doc);
        auto *item = new QTreeWidgetItem(this, {f.message, where});
        item->setIcon(0, f.severity == Finding::Severity::Error ? error : warning);
        item->setToolTip(0, f.message);
        item->setToolTip(1, where);
        item->setData(0, Qt::UserRole, f.code);
    }
}

} // namespace csr::ui
