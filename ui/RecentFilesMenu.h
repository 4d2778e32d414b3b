#pragma once

#include <QMenu>

namespace csr::ui {

class RecentFiles;

// File › Open Recent: one entry per recent file (its name, the full path as tooltip), kept
// up to date with the list.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    RecentFilesMenu(RecentFiles *files, const QString &title, QWidget *parent = nullptr);

signals:
    void fileChosen(const QString &path);

private:
    void rebuild();

    RecentFiles *m_files;
};

} // namespace csr::ui
