#pragma once

#include "Validator.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <optional>

namespace csr::ui {

class ReportController;

// What the Problems panel lists for the open report: the validator's findings, at once on
// every change, and whether the printed report keeps the length its notes promise. That needs
// the whole layout, so it runs on a worker thread once the report has not changed for a moment
// (never on every keystroke), and a result the report has moved on from is dropped.
class ReportChecker : public QObject
{
    Q_OBJECT
public:
    explicit ReportChecker(ReportController *controller, QObject *parent = nullptr);
    ~ReportChecker() override;

    QList<Finding> findings() const;
    // How long the report must stay unchanged before its pages are counted.
    QTimer *layoutDelay() { return &m_delay; }
    // Checks again now (validation) and soon (layout); after a language switch, say.
    void recheck();

signals:
    void findingsChanged();

private:
    void startLayout();

    ReportController *m_controller;
    QList<Finding> m_validation;
    std::optional<Finding> m_pages;
    QTimer m_delay;
    QFutureWatcher<std::optional<Finding>> m_layout;
    int m_generation = 0;       // of the report's changes
    int m_layoutGeneration = 0; // the change the running layout is for
};

} // namespace csr::ui
