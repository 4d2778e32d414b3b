#pragma once

#include "Edition.h"

#include <QObject>

class QWidget;

namespace csr::ui {

class ReportController;
class ReportExporter;

// Everything that takes the open report out of the editor: print preview, printing, PDF
// export (in the background), Sign & Export, and checking a signed PDF.
class ReportPublisher : public QObject
{
    Q_OBJECT
public:
    ReportPublisher(ReportController *controller, QWidget *window);

    ReportExporter *exporter() const { return m_exporter; }
    // Exports a snapshot of the report in the background; exportFinished() tells the outcome.
    // False while another export runs.
    bool exportPdf(const QString &path, Edition edition);
    // Asks where to, then exports.
    void exportAsked(Edition edition);
    void printPreview(Edition edition);
    void printReport(Edition edition);
    void signAndExport();
    void verifySignedPdf();

signals:
    void exportRunning(bool running);
    void exportFinished(const QString &path, const QString &error);
    void statusMessage(const QString &text, int timeoutMs);

private:
    ReportController *m_controller;
    QWidget *m_window;
    ReportExporter *m_exporter;
};

} // namespace csr::ui
