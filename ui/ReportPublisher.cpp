#include "ReportPublisher.h"

#include "PrintPreview.h"
#include "ReportController.h"
#include "ReportExporter.h"
#include "ReportPrinter.h"
#include "ReportSession.h"
#include "SignExportDialog.h"
#include "UserPrompts.h"
#include "VerifyDialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

// Texts that moved here from the main window keep its translation context, so the shipped
// translations still apply.
namespace csr::ui {

ReportPublisher::ReportPublisher(ReportController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window),
      m_exporter(new ReportExporter(window))
{
    connect(m_exporter, &ReportExporter::finished, this,
            [this](const QString &path, const print::ExportResult &result) {
                emit exportRunning(false);
                if (!result.ok())
                    m_controller->prompts().showError(
                        m_window,
                        QCoreApplication::translate("csr::ui::MainWindow", "Cannot export PDF"),
                        result.error);
                else
                    emit statusMessage(
                        QCoreApplication::translate("csr::ui::MainWindow", "Exported %1 (%2 pages)")
                            .arg(path)
                            .arg(result.pageCount),
                        8000);
                emit exportFinished(path, result.error);
            });
}

bool ReportPublisher::exportPdf(const QString &path, Edition edition)
{
    if (!m_exporter->start(m_controller->session()->document(), path, edition))
        return false;
    emit exportRunning(true);
    return true;
}

void ReportPublisher::exportAsked(Edition edition)
{
    const QString folder = m_controller->currentFolder();
    QString suggested =
        (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + m_controller->documentName();
    suggested += edition == Edition::Internal
                     ? QCoreApplication::translate("csr::ui::MainWindow", "-internal")
                     : QString();
    const QString path =
        m_controller->prompts().exportFileName(m_window, suggested + QStringLiteral(".pdf"));
    if (!path.isEmpty())
        exportPdf(path, edition);
}

void ReportPublisher::printPreview(Edition edition)
{
    QPrintPreviewDialog dialog(m_window);
    dialog.setWindowTitle(QCoreApplication::translate("csr::ui::MainWindow", "Print Preview — %1")
                              .arg(m_controller->documentName()));
    dialog.resize(m_window->size() * 0.9);
    print::PrintPreview::attach(dialog, m_controller->session()->document(), edition);
    dialog.exec();
}

void ReportPublisher::printReport(Edition edition)
{
    const Document &doc = m_controller->session()->document();
    QPrinter printer(QPrinter::HighResolution);
    print::ReportPrinter::prepare(printer, doc);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = print::ReportPrinter::print(doc, edition, printer);
    if (!error.isEmpty())
        m_controller->prompts().showError(
            m_window, QCoreApplication::translate("csr::ui::MainWindow", "Cannot print"), error);
}

void ReportPublisher::signAndExport()
{
    // Non-modal and owned by the window: signing runs in the background while editing goes on;
    // Sign takes the report as it is at that moment.
    auto *dialog = new SignExportDialog(m_controller->session(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ReportPublisher::verifySignedPdf()
{
    auto *dialog = new VerifyDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace csr::ui
