// The main window's team-mode entry points, kept beside the other team files so the window's
// own file stays about files.
#include "MainWindow.h"
#include "OpenTeamReportDialog.h"
#include "ReportController.h"
#include "ReportSession.h"
#include "TeamConflictDialog.h"
#include "TeamLink.h"
#include "TeamPassword.h"
#include "TeamReportStore.h"

#include <QMessageBox>
#include <QStatusBar>

namespace csr::ui {

void MainWindow::openTeamDialog()
{
    if (!m_controller->maybeSave())
        return;
    OpenTeamReportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openTeamReport(dialog.address());
}

bool MainWindow::openTeamReport(const QString &address)
{
    QString error;
    team::TeamSession::Options options;
    options.reconnectMs = 3000;
    auto session = team::TeamSession::open(team::TeamAddress::parse(address), &error,
                                           passwordPrompt(this), options);
    if (!session) {
        QMessageBox::warning(this, tr("Open Team Report"), error);
        return false;
    }
    const Document document = session->document();
    if (!m_controller->replaceDocument(
            [&]() -> std::optional<ReportController::Incoming> {
                ReportController::Incoming in;
                in.document = document;
                in.store = std::make_shared<TeamReportStore>();
                return in;
            },
            ReportController::Ask::No))
        return false;
    delete m_team;
    m_team = new TeamLink(m_controller->session(), std::move(session), this);
    TeamLink *link = m_team;
    const auto showStatus = [this, link] { statusBar()->showMessage(link->statusText()); };
    connect(link, &TeamLink::statusChanged, this, showStatus);
    connect(link, &TeamLink::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // Queued: the dialog opens after the edit that met the conflict has finished.
    connect(
        link, &TeamLink::conflict, this,
        [this, link](const team::EditOutcome &o) {
            TeamConflictDialog dialog(o, this);
            if (dialog.exec() == QDialog::Accepted)
                link->settle(o, dialog.chosen());
        },
        Qt::QueuedConnection);
    connect(link, &TeamLink::detached, this, [this, link] {
        if (m_team == link)
            m_team = nullptr;
        link->deleteLater();
    });
    // Presence: the others see which chapter this window shows.
    connect(this, &MainWindow::chapterShown, link,
            [link](const QString &chapterId) { link->team()->setPresence(chapterId); });
    link->team()->setPresence(currentChapterId());
    showStatus();
    return true;
}

} // namespace csr::ui
