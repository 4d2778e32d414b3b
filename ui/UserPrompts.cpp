#include "UserPrompts.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace csr::ui {

void UserPrompts::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

UserPrompts::SaveChoice UserPrompts::askSaveChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("\"%1\" has unsaved changes. Save them?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

UserPrompts::RecoveryChoice UserPrompts::askRestore(QWidget *parent, const QString &documentName,
                                                    const QDateTime &written)
{
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                    tr("CSR Report Studio did not close normally. A copy of unsaved changes to "
                       "\"%1\" was saved at %2.\n\nRestore it?")
                        // Not the system locale's format, which may be another language
                        // than the window's; this one reads the same in both.
                        .arg(documentName, written.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                    QMessageBox::NoButton, parent);
    auto *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore ? RecoveryChoice::Restore : RecoveryChoice::Discard;
}

UserPrompts::ConflictChoice UserPrompts::askOverwriteChanged(QWidget *parent,
                                                             const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                    tr("\"%1\" was changed by someone else since you opened or saved it here "
                       "(a colleague, or another program).\n\nSaving now would replace their "
                       "changes with yours. Save your version under another name, or replace "
                       "theirs?")
                        .arg(documentName),
                    QMessageBox::NoButton, parent);
    auto *saveAs = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
    auto *overwrite = box.addButton(tr("Replace Their Changes"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs);
    box.exec();
    if (box.clickedButton() == saveAs)
        return ConflictChoice::SaveAs;
    return box.clickedButton() == overwrite ? ConflictChoice::Overwrite : ConflictChoice::Cancel;
}

QString UserPrompts::openFileName(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open report"), folder,
                                        tr("CSR reports (*.csreport);;All files (*)"));
}

QString UserPrompts::importFileName(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Import existing report"), folder,
        tr("Published reports (*.pdf *.docx *.txt);;All files (*)"));
}

QString UserPrompts::saveFileName(QWidget *parent, const QString &suggested)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Save report as"), suggested,
                                                tr("CSR reports (*.csreport)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".csreport")))
        path += QStringLiteral(".csreport");
    return path;
}

} // namespace csr::ui

namespace csr::ui {

QString UserPrompts::exportFileName(QWidget *parent, const QString &suggested)
{
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

QString UserPrompts::dataFileName(QWidget *parent, const QString &suggested)
{
    const QStringList filters{tr("CSV, UTF-8 (*.csv)"), tr("JSON (*.json)"),
                              tr("Excel workbook (*.xlsx)")};
    QString chosen;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Open Data"), suggested,
                                                filters.join(QStringLiteral(";;")), &chosen);
    // The filter chosen names the kind when the typed name does not.
    static const char *const suffixes[] = {".csv", ".json", ".xlsx"};
    const qsizetype kind = filters.indexOf(chosen);
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')) && kind >= 0)
        path += QLatin1String(suffixes[kind]);
    return path;
}

} // namespace csr::ui
