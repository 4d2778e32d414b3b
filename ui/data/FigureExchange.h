#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace csr::ui {

class ReportController;

// The editor's side of figures in and out through spreadsheets: File › Request Figures…,
// File › Import Figures… and File › Export Open Data…, kept out of MainWindow (which only adds
// the actions).
class FigureExchange : public QObject
{
    Q_OBJECT
public:
    FigureExchange(ReportController *controller, QWidget *window);

    void requestFigures();
    void importFigures();
    // The import of these workbooks: the preview, then (when applied) one undo step.
    bool importWorkbooks(const QStringList &paths);
    // The public edition's figures (no confidential value) as open data; the file's suffix
    // says which format.
    void exportOpenData();
    bool exportOpenDataTo(const QString &path);

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    ReportController *m_controller;
    QWidget *m_window;
};

} // namespace csr::ui
