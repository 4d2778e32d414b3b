#pragma once

#include "IncrementalValidator.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <limits>
#include <optional>

namespace csr::ui {

class ReportController;
class ValidationController;

// What the Problems panel lists for the open report: the validator's findings, kept current
// edit by edit without a full validation (ValidationController), and whether the printed report
// keeps the length its notes promise. That needs the whole layout, so it runs on a worker thread
// once the report has not changed for a moment (never on every keystroke), and a result the report
// has moved on from is dropped.
class ReportChecker : public QObject
{
    Q_OBJECT
public:
    explicit ReportChecker(ReportController *controller, QObject *parent = nullptr);
    ~ReportChecker() override;

    QList<Finding> findings() const;
    // The same by scope, in validate()'s order; the page count's finding is the scope "pages",
    // after all others.
    QList<IncrementalValidator::ScopeUpdate> scopes() const;
    ValidationController *validation() const { return m_validation; }
    // How long the report must stay unchanged before its pages are counted.
    QTimer *layoutDelay() { return &m_delay; }
    // Checks again now (validation) and soon (layout); after a language switch, say.
    void recheck();

signals:
    void findingsReset(); // read scopes()
    // The scopes whose findings changed (their rows alone need redoing).
    void findingsUpdated(const QList<csr::IncrementalValidator::ScopeUpdate> &updates);

private:
    void startLayout();
    void setPages(const std::optional<Finding> &pages);
    void reportChanged();

    ReportController *m_controller;
    ValidationController *m_validation;
    std::optional<Finding> m_pages;
    static constexpr qint64 PagesOrder = std::numeric_limits<qint64>::max(); // after all
    QTimer m_delay;
    QFutureWatcher<std::optional<Finding>> m_layout;
    int m_generation = 0;       // of the report's changes
    int m_layoutGeneration = 0; // the change the running layout is for
};

} // namespace csr::ui
