#include "RecentFilesMenu.h"

#include "RecentFiles.h"

#include <QCoreApplication>
#include <QFileInfo>

// Texts that moved here from the main window keep its translation context, so the shipped
// translations still apply.
namespace csr::ui {

RecentFilesMenu::RecentFilesMenu(RecentFiles *files, const QString &title, QWidget *parent)
    : QMenu(title, parent), m_files(files)
{
    connect(files, &RecentFiles::changed, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_files->files();
    for (const QString &f : files) {
        QAction *a = addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] { emit fileChosen(f); });
    }
    if (files.isEmpty())
        addAction(QCoreApplication::translate("csr::ui::MainWindow", "(none)"))->setEnabled(false);
}

} // namespace csr::ui
