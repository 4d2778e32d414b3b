#pragma once

#include "Document.h"
#include "Edition.h"
#include "PdfExporter.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace csr::ui {

// Exports a snapshot of the report to PDF without freezing the window: the layout (the part
// that grows with the report) runs on a worker thread; painting, which Qt Charts allows only
// on the GUI thread, follows on the GUI thread when the layout is done. Edits made meanwhile
// do not change the file being written.
class ReportExporter : public QObject
{
    Q_OBJECT
public:
    explicit ReportExporter(QWidget *window);
    ~ReportExporter() override;

    // False when an export is already running (one at a time).
    bool start(const Document &doc, const QString &path, Edition edition);
    bool isRunning() const { return m_running; }
    void setShowProgress(bool show) { m_showProgress = show; }

signals:
    void finished(const QString &path, const csr::print::ExportResult &result);

private:
    void finish(const QString &path, const print::ExportResult &result);

    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_progress;
    bool m_running = false;
    bool m_showProgress = true;
    class QThread *m_thread = nullptr;
};

} // namespace csr::ui
