#pragma once

#include "Document.h"
#include "Template.h"

#include <QObject>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace csr::ui {

class RecentFiles;
class RecoveryManager;
class ReportSession;
class ReportStore;
class UserPrompts;

// The open report's life: new, open, save, save as, close, and the recovery of work a crash
// left, with every question put through UserPrompts. Makes no widget, so tests drive it
// without a window; the window only adds menus and dialogs around it.
class ReportController : public QObject
{
    Q_OBJECT
public:
    explicit ReportController(QObject *parent = nullptr);
    ~ReportController() override;

    ReportSession *session() const { return m_session; }
    RecoveryManager *recovery() const { return m_recovery; }
    RecentFiles *recentFiles() const { return m_recent; }
    UserPrompts &prompts() const { return *m_prompts; }
    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    // The window questions and file dialogs are shown over (none in tests).
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    QWidget *dialogParent() const { return m_dialogParent; }
    const TemplateRegistry &templates() const { return m_templates; }
    // Reads the template folders again (a template was saved in the template editor).
    void reloadTemplates() { m_templates = TemplateRegistry::loadDefault(); }
    const Template *documentTemplate() const;

    // Whether a report is open: one with chapters or one read from a place. At start, and
    // after every report was refused, there is none and report actions have nothing to act on.
    bool hasReport() const;
    // The name titles and questions use: the file's name, else "unit year", else "Untitled".
    QString documentName() const;
    // The open report's folder, where file dialogs start ("" for an untitled report).
    QString currentFolder() const;

    // What replaces the open report: a document, where it came from ("" for none yet), whether
    // it starts as unsaved work, the recovery copy it was restored from, and its store (the
    // report's file when null).
    struct Incoming
    {
        Document document;
        QString path;
        bool modified = false;
        QString restoredFrom;
        std::shared_ptr<ReportStore> store;
    };
    enum class Ask { SaveChanges, No };
    // The one way a report is replaced: the open one is saved or given up (unless the caller
    // asked already), its recovery copy goes, and then `make` says what comes instead; nullopt
    // keeps the window without the old report's copy but with its document. False when the
    // user cancels or `make` gives nothing.
    bool replaceDocument(const std::function<std::optional<Incoming>()> &make,
                         Ask ask = Ask::SaveChanges);

    // Opens a report; on failure says why and keeps the current document. Offers to restore a
    // recovery copy of it left by a session that did not end normally.
    bool openFile(const QString &path);
    // Saves where the report came from; asks for a name when it has none, and first when
    // someone else changed the stored report.
    bool save();
    bool saveAs(const QString &path);
    // Asks for a file name and saves there; false when cancelled or failed.
    bool saveAsAsked();
    // Asks about unsaved changes; false when the user cancels.
    bool maybeSave();
    // A new report from a template. The caller has asked about unsaved changes already.
    void newFromTemplate(const QString &templateId, const QString &unitName, int year);
    // Next year's report from last year's file (core's rollForward); false if it cannot be
    // read or the user keeps the open report.
    bool newFromLastYear(const QString &lastYearPath);
    // Writes the open report's frame as a template into the user's template folder and makes
    // it available for new reports; returns the error (located) or "".
    QString saveAsTemplate(const QString &id, const QString &name, bool keepProse);
    // Ends the session's report as the window closes: false when the user keeps it open.
    bool close();
    // Once per run: offers the copies crashed sessions left, except the one of the file being
    // opened (openFile offers that one with the file).
    void offerStartupRecovery(const QString &openingPath = {});

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void showError(const QString &title, const QString &text);
    std::optional<Incoming> restoredCopy(const QString &recoveryFile, const QString &originalPath);

    ReportSession *m_session;
    RecoveryManager *m_recovery;
    RecentFiles *m_recent;
    std::unique_ptr<UserPrompts> m_prompts;
    std::shared_ptr<ReportStore> m_store;
    TemplateRegistry m_templates;
    QPointer<QWidget> m_dialogParent;
    bool m_startupChecked = false;
};

} // namespace csr::ui
