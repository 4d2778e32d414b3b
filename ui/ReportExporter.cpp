#include "ReportExporter.h"

#include "LayoutEngine.h"
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>
#include <memory>

namespace csr::ui {

ReportExporter::ReportExporter(QWidget *window) : QObject(window), m_window(window) {}

ReportExporter::~ReportExporter()
{
    // The worker only reads its own copy of the document; let it end before we go.
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportExporter::start(const Document &doc, const QString &path, Edition edition)
{
    if (m_running)
        return false;
    const print::ReportStyle style = print::ReportStyle::prepare(doc);
    if (!style.ok()) {
        finish(path, print::ExportResult{style.error, 0, std::nullopt, {}});
        return true;
    }
    m_running = true;
    if (m_showProgress && m_window) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Export PDF"));
        m_progress->setLabelText(tr("Laying out the pages…"));
        m_progress->setCancelButton(nullptr);
        m_progress->setRange(0, 0); // the layout reports no steps: a busy bar
        m_progress->setMinimumDuration(300);
        m_progress->setWindowModality(Qt::WindowModal);
    }
    const print::LayoutOptions options = style.options(edition);
    const QStringList styleMessages = style.messages;
    auto layout = std::make_shared<print::PageLayout>();
    m_thread = QThread::create(
        [doc, options, layout] { *layout = print::LayoutEngine::layout(doc, options); });
    connect(m_thread, &QThread::finished, this, [this, doc, layout, path, styleMessages] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress)
            m_progress->setLabelText(tr("Writing %1…").arg(path));
        // Still on the GUI thread, deliberately: print/paint draws each chart by rendering a
        // QChart (a QGraphicsWidget) through a QGraphicsScene, which Qt supports only on the
        // GUI thread. So the window stays alive the way QProgressDialog's modal use intends:
        // the bar advances page by page and pending paint events are handled between pages
        // (user input stays blocked by the window-modal dialog and the excluded input events).
        // Guarded: the events handled between pages could close the window and this with it.
        const QPointer<ReportExporter> self(this);
        const auto progress = [self](int page, int pages) {
            if (self && self->m_progress) {
                self->m_progress->setRange(0, pages);
                self->m_progress->setValue(page);
            }
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        };
        auto result = print::PdfExporter::exportLayout(doc, *layout, path, false, progress);
        result.warnings = styleMessages + result.warnings;
        if (self)
            finish(path, result);
    });
    m_thread->start();
    return true;
}

void ReportExporter::finish(const QString &path, const print::ExportResult &result)
{
    m_running = false;
    if (m_progress)
        m_progress->deleteLater();
    emit finished(path, result);
}

} // namespace csr::ui
