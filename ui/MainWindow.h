#pragma once

#include <QMainWindow>

namespace csr::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // Opens a report; on failure shows why and keeps the current document.
    bool openFile(const QString &path);
};

} // namespace csr::ui
