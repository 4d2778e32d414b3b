#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace csr::ui {

class ReportController;

// The editor's side of figures in and out through spreadsheets: File › Request Figures… and
// File › Import Figures…, kept out of MainWindow (which only adds the two actions).
class FigureExchange : public QObject
{
    Q_OBJECT
public:
    FigureExchange(ReportController *controller, QWidget *window);

    void requestFigures();
    void importFigures();
    // The import of these workbooks: the preview, then (when applied) one undo step.
    bool importWorkbooks(const QStringList &paths);

private:
    ReportController *m_controller;
    QWidget *m_window;
};

} // namespace csr::ui
