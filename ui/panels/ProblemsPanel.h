#pragma once

#include "IncrementalValidator.h"
#include "LocationText.h"

#include <QHash>
#include <QTreeWidget>

namespace csr::ui {

// The validator's findings for the open report; double-click goes to where a finding points.
// Errors come first (they block a clean export), each group in validate()'s order. An edit
// changes the rows of the scopes whose findings changed (rows inserted, removed or changed in
// place), never the whole list: a report with thousands of warnings keeps typing fast, and the
// selection and scroll position stay where they were.
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT
public:
    using ScopeUpdate = IncrementalValidator::ScopeUpdate;

    explicit ProblemsPanel(QWidget *parent = nullptr);

    // All findings, by scope (e.g. after a full validation). The document names the places: a
    // chapter's path, a figure's label.
    void setScopes(const QList<ScopeUpdate> &scopes, const Document &doc);
    // The scopes whose findings changed: only their rows change.
    void updateScopes(const QList<ScopeUpdate> &updates, const Document &doc);

    const QList<Finding> &findings() const { return m_findings; } // as listed, row by row
    void retranslate();

signals:
    void findingActivated(const csr::Finding &finding);

private:
    struct Row
    {
        QString scope;
        qint64 order = 0;
    };
    void updateScope(const ScopeUpdate &update, const LocationNamer &namer);
    void updateGroup(const QString &scope, int group, qint64 oldOrder, qint64 newOrder,
                     const QList<Finding> &after, const LocationNamer &namer);
    int lowerBound(int group, qint64 order) const;
    void insertRows(int at, const QString &scope, qint64 order, const QList<Finding> &findings,
                    const LocationNamer &namer);
    void fill(QTreeWidgetItem *item, const Finding &finding, const QString &where) const;

    QIcon m_error, m_warning;
    QList<Finding> m_findings;             // row by row
    QList<Row> m_rows;                     // row by row: where each finding came from
    QHash<QString, qint64> m_orderOfScope; // the scopes listed, with the order they were given
};

} // namespace csr::ui
