#include "MainWindow.h"

#include "DocumentFile.h"

#include <QMessageBox>

namespace csr::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("CSR Report Studio"));
    resize(1200, 800);
}

bool MainWindow::openFile(const QString &path)
{
    const auto read = DocumentFile::load(path);
    if (!read.ok()) {
        QMessageBox::warning(this, tr("Cannot open report"), read.error.message);
        return false;
    }
    setWindowTitle(tr("%1 — CSR Report Studio").arg(read.document.metadata.unitName));
    return true;
}

} // namespace csr::ui
