#include "FigureExchange.h"

#include "ImportFiguresDialog.h"
#include "OpenData.h"
#include "OpenDataFile.h"
#include "ReportController.h"
#include "ReportSession.h"
#include "RequestFiguresDialog.h"
#include "RequestWorkbookWriter.h"
#include "UserPrompts.h"
#include "WorkbookReader.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace csr::ui {

FigureExchange::FigureExchange(ReportController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window)
{
}

void FigureExchange::requestFigures()
{
    RequestFiguresDialog dialog(QDir(m_controller->currentFolder()).filePath(tr("figure requests")),
                                m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.folder().isEmpty())
        return;
    const auto result = data::writeDataRequest(m_controller->session()->document(),
                                               dialog.grouping(), dialog.folder());
    if (!result.error.isEmpty()) {
        m_controller->prompts().showError(m_window, tr("Request Figures"), result.error);
        return;
    }
    if (result.files.isEmpty()) {
        m_controller->prompts().showError(m_window, tr("Request Figures"),
                                          tr("The report has no metric tables with figures."));
        return;
    }
    QMessageBox::information(m_window, tr("Request Figures"),
                             tr("%n workbook(s) written to %1.", nullptr, int(result.files.size()))
                                 .arg(QDir::toNativeSeparators(dialog.folder())));
}

void FigureExchange::importFigures()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import Figures"), m_controller->currentFolder(),
                                      tr("Workbooks (*.xlsx *.csv);;All files (*)"));
    if (!paths.isEmpty())
        importWorkbooks(paths);
}

bool FigureExchange::importWorkbooks(const QStringList &paths)
{
    QList<Workbook> books;
    for (const QString &path : paths)
        books << data::readWorkbook(path);
    ImportFiguresDialog dialog(m_controller->session(), books, m_window);
    return dialog.exec() == QDialog::Accepted;
}

void FigureExchange::exportOpenData()
{
    const QString folder = m_controller->currentFolder();
    const OpenDataSet data = openDataSet(m_controller->session()->document(), Edition::Public);
    const QString suggested = QDir(folder).filePath(openDataFileName(data, QStringLiteral("csv")));
    const QString path = m_controller->prompts().dataFileName(m_window, suggested);
    if (!path.isEmpty())
        exportOpenDataTo(path);
}

bool FigureExchange::exportOpenDataTo(const QString &path)
{
    const OpenDataSet data = openDataSet(m_controller->session()->document(), Edition::Public);
    if (const QString error = data::writeOpenDataFile(data, path); !error.isEmpty()) {
        m_controller->prompts().showError(m_window, tr("Export Open Data"), error);
        return false;
    }
    const auto withheld = std::count_if(data.rows.begin(), data.rows.end(),
                                        [](const OpenDataRow &r) { return r.withheld; });
    emit statusMessage(tr("Open data written to %1: %n figure(s), %2 confidential value(s) "
                          "withheld.",
                          nullptr, int(data.rows.size()))
                           .arg(QDir::toNativeSeparators(path))
                           .arg(withheld),
                       8000);
    return true;
}

} // namespace csr::ui
