#include "ProblemsPanel.h"

#include "LocationText.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

namespace csr::ui {

namespace {
// Errors first: they block a clean export; warnings are advice.
int groupOf(const Finding &f)
{
    return f.severity == Finding::Severity::Error ? 0 : 1;
}

QList<Finding> inGroup(const QList<Finding> &findings, int group)
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (groupOf(f) == group)
            out << f;
    return out;
}
} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QTreeWidget(parent),
      m_error(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical)),
      m_warning(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{
    setRootIsDecorated(false);
    setColumnCount(2);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setUniformRowHeights(true); // thousands of warnings: no row measured on its own
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

void ProblemsPanel::setScopes(const QList<ScopeUpdate> &scopes, const Document &doc)
{
    clear();
    m_findings.clear();
    m_rows.clear();
    m_orderOfScope.clear();
    const LocationNamer namer(doc);
    for (int group = 0; group < 2; ++group)
        for (const ScopeUpdate &s : scopes)
            if (const QList<Finding> found = inGroup(s.after, group); !found.isEmpty())
                insertRows(int(m_rows.size()), s.scope, s.order, found, namer);
    for (const ScopeUpdate &s : scopes)
        if (!s.after.isEmpty())
            m_orderOfScope.insert(s.scope, s.order);
}

void ProblemsPanel::updateScopes(const QList<ScopeUpdate> &updates, const Document &doc)
{
    const LocationNamer namer(doc);
    for (const ScopeUpdate &u : updates)
        updateScope(u, namer);
}

void ProblemsPanel::updateScope(const ScopeUpdate &update, const LocationNamer &namer)
{
    // The rows listed stand where the scope's order was when they were listed (a removed
    // figure's scope has no order any more).
    const qint64 oldOrder = m_orderOfScope.value(update.scope, update.order);
    for (int group = 0; group < 2; ++group)
        updateGroup(update.scope, group, oldOrder, update.order, inGroup(update.after, group),
                    namer);
    if (update.after.isEmpty())
        m_orderOfScope.remove(update.scope);
    else
        m_orderOfScope.insert(update.scope, update.order);
}

// Within a severity group, a scope's rows are one run (rows are sorted by the scope's order):
// rows both before and after are changed in place, the rest inserted or removed at its end.
void ProblemsPanel::updateGroup(const QString &scope, int group, qint64 oldOrder, qint64 newOrder,
                                const QList<Finding> &after, const LocationNamer &namer)
{
    int start = lowerBound(group, oldOrder);
    int listed = 0;
    while (start + listed < m_rows.size() && m_rows.at(start + listed).scope == scope)
        ++listed;
    if (listed > 0 && oldOrder != newOrder) { // moved: out of the old place, into the new
        for (int i = start + listed - 1; i >= start; --i) {
            delete takeTopLevelItem(i);
            m_rows.removeAt(i);
            m_findings.removeAt(i);
        }
        listed = 0;
    }
    if (listed == 0)
        start = lowerBound(group, newOrder);
    const int kept = int(std::min<qsizetype>(listed, after.size()));
    for (int i = 0; i < kept; ++i)
        if (!(m_findings.at(start + i) == after.at(i))) {
            QTreeWidgetItem *item = topLevelItem(start + i);
            // A figure's warning with a new percentage still points where it pointed.
            const QString where = m_findings.at(start + i).location == after.at(i).location
                                      ? item->text(1)
                                      : namer.describe(after.at(i).location);
            m_findings[start + i] = after.at(i);
            m_rows[start + i].order = newOrder;
            fill(item, after.at(i), where);
        }
    for (int i = start + listed - 1; i >= start + kept; --i) {
        delete takeTopLevelItem(i);
        m_rows.removeAt(i);
        m_findings.removeAt(i);
    }
    if (after.size() > kept)
        insertRows(start + kept, scope, newOrder, after.mid(kept), namer);
}

int ProblemsPanel::lowerBound(int group, qint64 order) const
{
    int lo = 0, hi = int(m_rows.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const int g = groupOf(m_findings.at(mid));
        if (g < group || (g == group && m_rows.at(mid).order < order))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void ProblemsPanel::insertRows(int at, const QString &scope, qint64 order,
                               const QList<Finding> &findings, const LocationNamer &namer)
{
    QList<QTreeWidgetItem *> items;
    items.reserve(findings.size());
    for (const Finding &f : findings) {
        auto *item = new QTreeWidgetItem;
        fill(item, f, namer.describe(f.location));
        items << item;
    }
    // One insertion for the run: views and models see one rowsInserted.
    insertTopLevelItems(at, items);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        m_findings.insert(at + i, findings.at(i));
        m_rows.insert(at + i, Row{scope, order});
    }
}

void ProblemsPanel::fill(QTreeWidgetItem *item, const Finding &f, const QString &where) const
{
    item->setText(0, f.message);
    item->setText(1, where);
    item->setIcon(0, f.severity == Finding::Severity::Error ? m_error : m_warning);
    item->setToolTip(0, f.message);
    item->setToolTip(1, where);
    item->setData(0, Qt::UserRole, f.code);
}

} // namespace csr::ui
