// The main window's team-mode entry points, kept beside the other team files so the window's
// own file stays about files.
#include "ChapterTreeModel.h"
#include "MainWindow.h"
#include "OpenTeamReportDialog.h"
#include "ReportSession.h"
#include "TeamConflictDialog.h"
#include "TeamLink.h"
#include "TeamPassword.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

namespace csr::ui {

void MainWindow::openTeamDialog()
{
    if (!maybeSave())
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
    delete m_team;
    m_team = new TeamLink(m_session, std::move(session), this);
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
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, link,
            [link](const QModelIndex &current) {
                link->team()->setPresence(current.data(ChapterTreeModel::ChapterIdRole).toString());
            });
    link->team()->setPresence(currentChapterId());
    showStatus();
    return true;
}

} // namespace csr::ui
