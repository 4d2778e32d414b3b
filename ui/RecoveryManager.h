#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace csr::ui {

class ReportSession;

// Keeps a copy of unsaved work where a crash cannot take it: every N seconds and whenever
// the application loses focus, a modified document is written (atomically, by core's
// DocumentFile::save) to AppDataLocation/recovery/<hash of path | untitled>.csreport, with
// the original path beside it in a ".origin" file. A save or a deliberate close removes the
// copy, so a copy found at start means the last session ended abnormally. While a session
// writes a copy it holds a QLockFile on it: another window running at the same time neither
// offers nor overwrites that copy (it writes its own, "<name>-<pid>.csreport"), no session
// writes over a leftover copy still waiting for the user's answer, and a crash
// leaves a stale lock that QLockFile recognises by its dead process.
class RecoveryManager : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryManager(ReportSession *session, QObject *parent = nullptr);
    ~RecoveryManager() override;

    static int intervalSeconds(); // QSettings "autosave/intervalSeconds", default 60
    static void setIntervalSeconds(int seconds);
    void reloadInterval();

    static QString recoveryDir();
    static QString recoveryPathFor(const QString &documentPath);

    struct Pending
    {
        QString recoveryFile;
        QString originalPath; // empty for an untitled report
        QDateTime written;
    };
    // Recovery copies left by earlier sessions, newest first.
    static QList<Pending> pending();
    static std::optional<Pending> pendingFor(const QString &documentPath);

    // Writes the copy now if there are unsaved changes; returns whether one was written.
    bool autosaveNow();
    // Removes only the copy this session wrote (or adopted): a copy left by an earlier
    // session is unsaved work nobody has decided about yet, so only the user's answer to the
    // recovery offer may remove it.
    void discardOwn();
    // A restored copy is this session's work from now on: removed by a save or a close.
    void adopt(const QString &recoveryFile);
    static void discardFile(const QString &recoveryFile);
    // Whether a running session (this one included) is writing this copy right now.
    static bool inUse(const QString &recoveryFile);

    QTimer *timer() { return &m_timer; }

private:
    QPointer<ReportSession> m_session;
    QTimer m_timer;
    // The lock of a copy, or null when another running session holds it.
    static std::unique_ptr<QLockFile> lockCopy(const QString &recoveryFile);
    static void unlock(std::unique_ptr<QLockFile> &lock);
    void releaseOwn();

    QString m_written;    // the copy this session wrote, to remove when it is no longer needed
    QString m_writtenFor; // recoveryPathFor() of the report m_written holds
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace csr::ui
