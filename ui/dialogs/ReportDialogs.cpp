#include "ReportDialogs.h"

#include "ChangeHistoryDialog.h"
#include "EditMetadataCommand.h"
#include "NewReportDialog.h"
#include "PreferencesDialog.h"
#include "RecoveryManager.h"
#include "ReportController.h"
#include "ReportDetailsDialog.h"
#include "ReportSession.h"
#include "SaveTemplateDialog.h"
#include "SignatoryCommand.h"
#include "SignatoryDialog.h"
#include "UserPrompts.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoStack>

namespace csr::ui {

namespace {
// Shows the dialog on one value of the document; an accepted change is one undo step.
template <typename Dialog, typename Command, typename T>
void editValue(ReportSession *session, QWidget *parent, T Document::*member)
{
    Dialog dialog(session->document().*member, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const T after = dialog.value();
    if (after != session->document().*member)
        session->undoStack()->push(new Command(session, session->document().*member, after));
}
} // namespace

ReportDialogs::ReportDialogs(ReportController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window)
{
}

void ReportDialogs::newReport()
{
    if (!m_controller->maybeSave())
        return;
    NewReportDialog dialog(m_controller->templates(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->newFromTemplate(dialog.templateId(), dialog.unitName(), dialog.year());
}

void ReportDialogs::newFromLastYear()
{
    const QString path =
        m_controller->prompts().openFileName(m_window, m_controller->currentFolder());
    if (!path.isEmpty())
        m_controller->newFromLastYear(path);
}

void ReportDialogs::open()
{
    const QString path =
        m_controller->prompts().openFileName(m_window, m_controller->currentFolder());
    if (!path.isEmpty())
        m_controller->openFile(path);
}

void ReportDialogs::saveTemplate()
{
    SaveTemplateDialog::ask(m_controller, m_window);
}

void ReportDialogs::editReportDetails()
{
    editValue<ReportDetailsDialog, EditMetadataCommand>(m_controller->session(), m_window,
                                                        &Document::metadata);
}

void ReportDialogs::editSignatory()
{
    editValue<SignatoryDialog, SignatoryCommand>(m_controller->session(), m_window,
                                                 &Document::signatory);
}

void ReportDialogs::editPreferences()
{
    PreferencesDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->recovery()->reloadInterval();
}

void ReportDialogs::showHistory()
{
    ChangeHistoryDialog dialog(m_controller->session(), m_window);
    dialog.exec();
}

void ReportDialogs::showAbout()
{
    QMessageBox::about(m_window, tr("About CSR Report Studio"),
                       tr("CSR Report Studio %1\nWrites the yearly social-responsibility "
                          "report of a Shanghai civilized unit.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace csr::ui
