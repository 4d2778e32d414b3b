#include "ReportController.h"

#include "DocumentFile.h"
#include "RecentFiles.h"
#include "RecoveryManager.h"
#include "ReportSession.h"
#include "ReportStore.h"
#include "RollForward.h"
#include "TemplateWriter.h"
#include "UserPrompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

// Texts that moved here from the main window keep its translation context, so the shipped
// translations still apply.
namespace csr::ui {

ReportController::ReportController(QObject *parent)
    : QObject(parent), m_session(new ReportSession(this)),
      m_recovery(new RecoveryManager(m_session, this)), m_recent(new RecentFiles(this)),
      m_prompts(std::make_unique<UserPrompts>()), m_store(std::make_shared<FileStore>()),
      m_templates(TemplateRegistry::loadDefault())
{
    // Once the event loop runs, unless opening a file (the command line's) made the offer
    // first.
    QTimer::singleShot(0, this, [this] { offerStartupRecovery(); });
}

ReportController::~ReportController() = default;

void ReportController::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

const Template *ReportController::documentTemplate() const
{
    return m_templates.find(m_session->document().metadata.templateId);
}

bool ReportController::hasReport() const
{
    return !m_session->document().chapters.isEmpty() || !m_session->filePath().isEmpty();
}

QString ReportController::documentName() const
{
    if (!m_session->filePath().isEmpty())
        return QFileInfo(m_session->filePath()).completeBaseName();
    const ReportMetadata &m = m_session->document().metadata;
    if (!m.unitName.isEmpty())
        return m.unitName + (m.year > 0 ? QStringLiteral(" %1").arg(m.year) : QString());
    return QCoreApplication::translate("csr::ui::MainWindow", "Untitled");
}

QString ReportController::currentFolder() const
{
    return m_session->filePath().isEmpty() ? QString()
                                           : QFileInfo(m_session->filePath()).absolutePath();
}

void ReportController::showError(const QString &title, const QString &text)
{
    m_prompts->showError(m_dialogParent, title, text);
}

bool ReportController::replaceDocument(const std::function<std::optional<Incoming>()> &make,
                                       Ask ask)
{
    if (ask == Ask::SaveChanges && !maybeSave())
        return false;
    // The report being left was saved or given up just now, so its copy is stale; removed
    // before `make` looks for a copy of the next one, which must be an earlier session's.
    m_recovery->discardOwn();
    std::optional<Incoming> next = make();
    if (!next)
        return false;
    m_store = next->store ? next->store : std::make_shared<FileStore>();
    m_session->reset(next->document, next->path, next->modified);
    if (!next->restoredFrom.isEmpty())
        m_recovery->adopt(next->restoredFrom);
    return true;
}

std::optional<ReportController::Incoming>
ReportController::restoredCopy(const QString &recoveryFile, const QString &originalPath)
{
    auto read = DocumentFile::load(recoveryFile);
    if (!read.ok()) {
        showError(QCoreApplication::translate("csr::ui::MainWindow", "Cannot restore"),
                  QCoreApplication::translate("csr::ui::MainWindow",
                                              "The recovery copy cannot be read.\n\n%1")
                      .arg(read.error.message));
        return std::nullopt;
    }
    // Restored work is unsaved work: it stays marked modified until saved.
    return Incoming{read.document, originalPath, true, recoveryFile, nullptr};
}

bool ReportController::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // At a fresh start, work lost in a crash is offered before this file takes the window;
    // the file's own copy is offered below, with the file.
    offerStartupRecovery(absolute);
    // Read first: a file that cannot be opened must not cost a question about the open one.
    auto read = DocumentFile::load(path);
    if (!read.ok()) {
        // The message already names the file ("Cannot open "x": …"); the heading stays generic.
        showError(QCoreApplication::translate("csr::ui::MainWindow", "Cannot open report"),
                  read.error.message);
        return false;
    }
    const bool opened = replaceDocument([&]() -> std::optional<Incoming> {
        const auto copy = RecoveryManager::pendingFor(absolute);
        if (!copy)
            return Incoming{read.document, absolute, false, {}, nullptr};
        std::optional<Incoming> restored;
        if (m_prompts->askRestore(m_dialogParent, QFileInfo(absolute).fileName(), copy->written) ==
            UserPrompts::RecoveryChoice::Restore)
            restored = restoredCopy(copy->recoveryFile, absolute);
        if (restored)
            return restored;
        RecoveryManager::discardFile(copy->recoveryFile);
        return Incoming{read.document, absolute, false, {}, nullptr};
    });
    if (!opened)
        return false;
    m_recent->add(absolute);
    emit statusMessage(
        QCoreApplication::translate("csr::ui::MainWindow", "Opened %1").arg(absolute), 5000);
    return true;
}

void ReportController::offerStartupRecovery(const QString &openingPath)
{
    if (m_startupChecked)
        return;
    m_startupChecked = true;
    const QString openingCopy =
        openingPath.isEmpty()
            ? QString()
            : QFileInfo(RecoveryManager::recoveryPathFor(openingPath)).absoluteFilePath();
    for (const auto &copy : RecoveryManager::pending()) {
        if (copy.recoveryFile == openingCopy)
            continue;
        const QString name = copy.originalPath.isEmpty()
                                 ? QCoreApplication::translate("csr::ui::MainWindow", "Untitled")
                                 : QFileInfo(copy.originalPath).fileName();
        if (m_prompts->askRestore(m_dialogParent, name, copy.written) !=
            UserPrompts::RecoveryChoice::Restore) {
            RecoveryManager::discardFile(copy.recoveryFile);
            continue;
        }
        // The window holds one report: the copy replaces the open one only once that one is
        // saved or given up; otherwise the copy waits for the next start.
        replaceDocument([&]() -> std::optional<Incoming> {
            auto restored = restoredCopy(copy.recoveryFile, copy.originalPath);
            if (!restored)
                RecoveryManager::discardFile(copy.recoveryFile);
            return restored;
        });
        return;
    }
}

bool ReportController::maybeSave()
{
    if (!m_session->isModified())
        return true;
    switch (m_prompts->askSaveChanges(m_dialogParent, documentName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        return false;
    }
    return false;
}

bool ReportController::save()
{
    const auto saveUnderNewName = [this] {
        const QString path =
            m_prompts->saveFileName(m_dialogParent, documentName() + QStringLiteral(".csreport"));
        return !path.isEmpty() && saveAs(path);
    };
    if (!m_store->hasPlace(*m_session))
        return saveUnderNewName();
    // Chapters are filled by several people, often in one file on a shared folder: never
    // replace a colleague's saved work without asking.
    if (m_store->changedElsewhere(*m_session)) {
        switch (m_prompts->askOverwriteChanged(m_dialogParent, documentName())) {
        case UserPrompts::ConflictChoice::SaveAs:
            return saveUnderNewName();
        case UserPrompts::ConflictChoice::Cancel:
            return false;
        case UserPrompts::ConflictChoice::Overwrite:
            break;
        }
    }
    const QString error = m_store->save(*m_session);
    if (!error.isEmpty()) {
        showError(QCoreApplication::translate("csr::ui::MainWindow", "Cannot save report"), error);
        return false;
    }
    m_recovery->discardOwn();
    if (!m_session->filePath().isEmpty())
        m_recent->add(QFileInfo(m_session->filePath()).absoluteFilePath());
    const QString place = m_session->filePath();
    emit statusMessage(QCoreApplication::translate("csr::ui::MainWindow", "Saved %1")
                           .arg(place.isEmpty() ? documentName() : place),
                       5000);
    return true;
}

bool ReportController::saveAs(const QString &path)
{
    const QString error = m_session->save(path);
    if (!error.isEmpty()) {
        showError(QCoreApplication::translate("csr::ui::MainWindow", "Cannot save report"), error);
        return false;
    }
    // From now on the report lives in this file, whatever it came from.
    m_store = std::make_shared<FileStore>();
    m_recovery->discardOwn();
    m_recent->add(QFileInfo(path).absoluteFilePath());
    emit statusMessage(QCoreApplication::translate("csr::ui::MainWindow", "Saved %1").arg(path),
                       5000);
    return true;
}

bool ReportController::saveAsAsked()
{
    const QString suggested = m_session->filePath().isEmpty()
                                  ? documentName() + QStringLiteral(".csreport")
                                  : m_session->filePath();
    const QString path = m_prompts->saveFileName(m_dialogParent, suggested);
    return !path.isEmpty() && saveAs(path);
}

void ReportController::newFromTemplate(const QString &templateId, const QString &unitName, int year)
{
    const Template *t = m_templates.find(templateId);
    if (!t) {
        showError(QCoreApplication::translate("csr::ui::MainWindow", "New report"),
                  QCoreApplication::translate("csr::ui::MainWindow",
                                              "The template \"%1\" is not available.")
                      .arg(templateId));
        return;
    }
    // A new report has never been saved, so it counts as unsaved work from the start.
    replaceDocument(
        [&] {
            return std::optional(Incoming{newDocument(*t, unitName, year), {}, true, {}, {}});
        },
        Ask::No);
}

bool ReportController::newFromLastYear(const QString &lastYearPath)
{
    const auto read = DocumentFile::load(lastYearPath);
    if (!read.ok()) {
        showError(QCoreApplication::translate("csr::ui::MainWindow", "Cannot open report"),
                  read.error.message);
        return false;
    }
    const int year = read.document.metadata.year + 1;
    // Never saved, so unsaved work from the start, like a report from a template.
    if (!replaceDocument([&] {
            return std::optional(Incoming{rollForward(read.document, year), {}, true, {}, {}});
        }))
        return false;
    emit statusMessage(
        QCoreApplication::translate(
            "csr::ui::MainWindow",
            "Started the %1 report from %2: last year's figures are the comparison column.")
            .arg(year)
            .arg(QFileInfo(lastYearPath).fileName()),
        0);
    return true;
}

QString ReportController::saveAsTemplate(const QString &id, const QString &name, bool keepProse)
{
    TemplateOptions options;
    options.keepProse = keepProse;
    const Template t = templateFromReport(m_session->document(), id, name, {}, options);
    const QString folder = TemplateRegistry::userFolder();
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return tr("There is no folder to keep your templates in.");
    const QString error = saveTemplate(t, folder + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!error.isEmpty())
        return error;
    m_templates = TemplateRegistry::loadDefault();
    emit statusMessage(tr("Saved the template \"%1\": File › New offers it.").arg(name), 8000);
    return {};
}

bool ReportController::close()
{
    if (!maybeSave())
        return false;
    m_recovery->discardOwn();
    return true;
}

} // namespace csr::ui
