// File › Import Existing Report… and its review panel: the MainWindow's part of the report
// import (the reading is print/import's, the document replacing the controller's).
#include "ChapterTreeModel.h"
#include "ImportReportDialog.h"
#include "ImportReviewCommand.h"
#include "ImportReviewPanel.h"
#include "MainWindow.h"
#include "ReportImporter.h"
#include "ReportSession.h"

#include <QDockWidget>
#include <QFileInfo>

namespace csr::ui {

void MainWindow::createImportReview()
{
    m_importer = new ReportImporter(m_controller, this);
    m_importReview = new ImportReviewPanel(this);
    connect(m_importReview, &ImportReviewPanel::placeActivated, this, &MainWindow::jumpTo);
    m_importDock = new QDockWidget(this);
    m_importDock->setObjectName(QStringLiteral("importReviewDock"));
    m_importDock->setWidget(m_importReview);
    addDockWidget(Qt::RightDockWidgetArea, m_importDock);
    tabifyDockWidget(m_problemsDock, m_importDock);
    m_importDock->hide(); // shown by an import
    // The list is the report's: another report brings its own (none, mostly), an accepted
    // decision leaves the document's list (an undoable step), and a report saved before its
    // review shows what is left when it is opened again.
    ReportSession *session = m_controller->session();
    connect(session, &ReportSession::documentReset, this, [this, session] {
        m_importReview->setItems(session->document().importReview);
        if (!m_importReview->items().isEmpty())
            m_importDock->show();
    });
    connect(session, &ReportSession::importReviewChanged, this,
            [this, session] { m_importReview->setItems(session->document().importReview); });
    connect(m_importReview, &ImportReviewPanel::acceptRequested, this,
            [session](const QList<ImportReviewItem> &left) {
                session->undoStack()->push(
                    new AcceptImportReviewCommand(session, session->document().importReview, left));
            });
    // A chapter read by the import is "imported" in the navigator until its review is accepted.
    connect(m_importReview, &ImportReviewPanel::itemsChanged, this, [this] {
        QSet<QString> imported;
        for (const ImportReviewItem &item : m_importReview->items())
            if (item.kind == ImportReviewItem::Kind::ImportedChapter)
                imported << item.location.chapterId;
        chapterModel()->setImported(imported);
    });
    connect(m_importer, &ReportImporter::imported, this, [this] {
        m_importDock->show();
        m_importDock->raise();
    });
}

bool MainWindow::importReport(const QString &path, const QString &templateId, int year)
{
    return m_importer->importReport(path, templateId, year);
}

void MainWindow::importExistingReport()
{
    const QString path =
        m_controller->prompts().importFileName(this, m_controller->currentFolder());
    if (path.isEmpty())
        return;
    ImportReportDialog dialog(m_controller->templates(), QFileInfo(path).fileName(), this);
    if (dialog.exec() == QDialog::Accepted)
        importReport(path, dialog.templateId(), dialog.year());
}

} // namespace csr::ui
