#pragma once

#include "Validator.h"

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
    const QList<Finding> &findings() const { return m_findings; }
    void retranslate();

signals:
    void findingActivated(const csr::Finding &finding);

private:
    QList<Finding> m_findings;
};

} // namespace csr::ui
