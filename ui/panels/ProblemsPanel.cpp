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

namespace {
enum ItemRole { CodeRole = Qt::UserRole, ScopeRole, OrderRole };

bool isError(const Finding &f)
{
    return f.severity == Finding::Severity::Error;
}
} // namespace

QTreeWidgetItem *ProblemsPanel::makeItem(const Finding &f, const QString &scope, int order,
                                         const Document &doc) const
{
    static const QIcon error = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    static const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QString where = place(f.location, doc);
    auto *item = new QTreeWidgetItem({f.message, where});
    item->setIcon(0, isError(f) ? error : warning);
    item->setToolTip(0, f.message);
    item->setToolTip(1, where);
    item->setData(0, CodeRole, f.code);
    item->setData(0, ScopeRole, scope);
    item->setData(0, OrderRole, order);
    return item;
}

void ProblemsPanel::setFindings(const QList<Finding> &findings, const Document &doc)
{
    QList<IncrementalValidator::ScopeUpdate> scopes;
    for (qsizetype i = 0; i < findings.size(); ++i)
        scopes.append({QString(), int(i), {}, {findings.at(i)}});
    setScopes(scopes, doc);
}

void ProblemsPanel::setScopes(const QList<IncrementalValidator::ScopeUpdate> &scopes,
                              const Document &doc)
{
    // Errors first: they block a clean export; warnings are advice. Each part in the report's
    // order.
    clear();
    m_findings.clear();
    QList<QTreeWidgetItem *> items;
    for (bool errors : {true, false})
        for (const auto &s : scopes)
            for (const Finding &f : s.after)
                if (isError(f) == errors) {
                    m_findings.append(f);
                    items.append(makeItem(f, s.scope, s.order, doc));
                }
    addTopLevelItems(items);
}

// Rows are sorted by (error first, report order); a scope's new rows go where they belong.
// With `after` false: the first row of (error, order) itself, where its rows begin.
int ProblemsPanel::insertionRow(bool error, int order, bool after) const
{
    int lo = 0, hi = topLevelItemCount();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const Finding &f = m_findings.at(mid);
        const int midOrder = topLevelItem(mid)->data(0, OrderRole).toInt();
        const bool before = (isError(f) && !error) ||
                            (isError(f) == error && (after ? midOrder <= order : midOrder < order));
        if (before)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void ProblemsPanel::applyUpdates(const QList<IncrementalValidator::ScopeUpdate> &updates,
                                 const Document &doc)
{
    for (const auto &u : updates) {
        // A scope's rows sit together in each part (errors, warnings), found by their order
        // without looking at every row (a large report has thousands of warnings).
        qsizetype removed = 0;
        const auto removeRow = [&](int row) {
            if (topLevelItem(row)->data(0, ScopeRole).toString() != u.scope)
                return;
            delete takeTopLevelItem(row);
            m_findings.removeAt(row);
            ++removed;
        };
        if (!u.before.isEmpty())
            for (bool error : {true, false})
                for (int row = insertionRow(error, u.order, true) - 1;
                     row >= insertionRow(error, u.order, false); --row)
                    removeRow(row);
        // Figures added or removed since the rows were made shift the order: look everywhere.
        if (removed < u.before.size())
            for (int row = topLevelItemCount() - 1; row >= 0; --row)
                removeRow(row);
        for (const Finding &f : u.after) {
            const int row = insertionRow(isError(f), u.order);
            insertTopLevelItem(row, makeItem(f, u.scope, u.order, doc));
            m_findings.insert(row, f);
        }
    }
}

} // namespace csr::ui
