#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QWidget;

namespace csr::ui {

// Every question and message the main window puts to the user, behind one interface so tests
// can answer without a modal dialog blocking them.
class UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::UserPrompts)
public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class RecoveryChoice { Restore, Discard };
    enum class ConflictChoice { Overwrite, SaveAs, Cancel };

    virtual ~UserPrompts() = default;
    virtual void showError(QWidget *parent, const QString &title, const QString &text);
    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &documentName);
    virtual RecoveryChoice askRestore(QWidget *parent, const QString &documentName,
                                      const QDateTime &written);
    // The file was changed by someone else since it was opened or saved here.
    virtual ConflictChoice askOverwriteChanged(QWidget *parent, const QString &documentName);
    virtual QString openFileName(QWidget *parent, const QString &folder);
    // A published report to import: PDF, Word (.docx) or text.
    virtual QString importFileName(QWidget *parent, const QString &folder);
    virtual QString saveFileName(QWidget *parent, const QString &suggested);
    virtual QString exportFileName(QWidget *parent, const QString &suggested);
    // A .csv, .json or .xlsx file for the open data set.
    virtual QString dataFileName(QWidget *parent, const QString &suggested);
};

} // namespace csr::ui
