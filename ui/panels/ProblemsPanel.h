#pragma once

#include "IncrementalValidator.h"

#include <QTreeWidget>

namespace csr::ui {

// The validator's findings for the open report; double-click goes to where a finding points.
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    // The document names the places: a chapter's path, a figure's label.
    void setFindings(const QList<Finding> &findings, const Document &doc = {});
    // The same by scope (ValidationController), so later updates replace only their rows.
    void setScopes(const QList<IncrementalValidator::ScopeUpdate> &scopes, const Document &doc);
    // Replaces the rows of each updated scope; the other rows stay as they are.
    void applyUpdates(const QList<IncrementalValidator::ScopeUpdate> &updates, const Document &doc);
    const QList<Finding> &findings() const { return m_findings; }
    void retranslate();

signals:
    void findingActivated(const csr::Finding &finding);

private:
    QString place(const Location &at, const Document &doc) const;
    QTreeWidgetItem *makeItem(const Finding &f, const QString &scope, int order,
                              const Document &doc) const;
    int insertionRow(bool error, int order, bool after = true) const;

    QList<Finding> m_findings; // in row order
};

} // namespace csr::ui
