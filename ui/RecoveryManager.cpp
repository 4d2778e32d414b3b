#include "RecoveryManager.h"

#include "DocumentFile.h"
#include "ReportSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QWindow>
#include <utility>

namespace csr::ui {

namespace {
const QString IntervalKey = QStringLiteral("autosave/intervalSeconds");
constexpr int DefaultInterval = 60;

QString originFile(const QString &recoveryFile)
{
    return recoveryFile + QStringLiteral(".origin");
}

QString lockFile(const QString &recoveryFile)
{
    return recoveryFile + QStringLiteral(".lock");
}

// The lock files this process holds.
QSet<QString> &heldLocks()
{
    static QSet<QString> held;
    return held;
}

// A lock naming this very process that this process does not hold was left by an earlier
// process with the same PID (containers and sandboxes reuse PIDs): QLockFile cannot see that
// it is stale, since the PID it records is alive.
bool leftByEarlierProcess(const QLockFile &lock, const QString &path)
{
    qint64 pid = 0;
    QString host, application;
    return !heldLocks().contains(path) && lock.getLockInfo(&pid, &host, &application) &&
           pid == QCoreApplication::applicationPid() && host == QSysInfo::machineHostName();
}
} // namespace

RecoveryManager::RecoveryManager(ReportSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    reloadInterval();
    connect(&m_timer, &QTimer::timeout, this, &RecoveryManager::autosaveNow);
    m_timer.start();
    // Losing focus is when people walk away or another program crashes the session.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive)
                    autosaveNow();
            });
    connect(qGuiApp, &QGuiApplication::focusWindowChanged, this, [this](QWindow *w) {
        if (!w)
            autosaveNow();
    });
    // Saved, undone back to the saved state, or another document: this session's copy is
    // stale. A copy left by an earlier session is never removed here, so it can still be
    // offered.
    connect(session, &ReportSession::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discardOwn();
    });
    connect(session, &ReportSession::filePathChanged, this, &RecoveryManager::discardOwn);
}

RecoveryManager::~RecoveryManager()
{
    unlock(m_lock); // the copy itself stays: only a save or the user's answer removes it
}

int RecoveryManager::intervalSeconds()
{
    const int s = QSettings().value(IntervalKey, DefaultInterval).toInt();
    return s > 0 ? s : DefaultInterval;
}

void RecoveryManager::setIntervalSeconds(int seconds)
{
    QSettings().setValue(IntervalKey, seconds);
}

void RecoveryManager::reloadInterval()
{
    m_timer.setInterval(intervalSeconds() * 1000);
}

QString RecoveryManager::recoveryDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryManager::recoveryPathFor(const QString &documentPath)
{
    QString name = QStringLiteral("untitled");
    if (!documentPath.isEmpty()) {
        const QByteArray key = QFileInfo(documentPath).absoluteFilePath().toUtf8();
        name = QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    }
    return recoveryDir() + QLatin1Char('/') + name + QStringLiteral(".csreport");
}

QList<RecoveryManager::Pending> RecoveryManager::pending()
{
    QList<Pending> out;
    const QDir dir(recoveryDir());
    const auto files = dir.entryInfoList({QStringLiteral("*.csreport")}, QDir::Files, QDir::Time);
    for (const QFileInfo &f : files) {
        if (inUse(f.absoluteFilePath()))
            continue; // another window's live work, not a crash's leftover
        QFile origin(originFile(f.absoluteFilePath()));
        QString path;
        if (origin.open(QIODevice::ReadOnly))
            path = QString::fromUtf8(origin.readAll());
        out << Pending{f.absoluteFilePath(), path, f.lastModified()};
    }
    return out;
}

std::optional<RecoveryManager::Pending> RecoveryManager::pendingFor(const QString &documentPath)
{
    const QFileInfo f(recoveryPathFor(documentPath));
    if (!f.isFile() || inUse(f.absoluteFilePath()))
        return std::nullopt;
    return Pending{f.absoluteFilePath(), documentPath, f.lastModified()};
}

bool RecoveryManager::autosaveNow()
{
    if (!m_session || !m_session->isModified())
        return false;
    if (!QDir().mkpath(recoveryDir()))
        return false;
    const QString preferred = recoveryPathFor(m_session->filePath());
    QString target = m_written;
    std::unique_ptr<QLockFile> lock;
    if (m_written.isEmpty() || m_writtenFor != preferred) {
        const QString stem = preferred.chopped(int(qstrlen(".csreport")));
        const QString pid = QString::number(QCoreApplication::applicationPid());
        for (const QString &candidate :
             {preferred, stem + QLatin1Char('-') + pid + QStringLiteral(".csreport"),
              stem + QLatin1Char('-') + pid + QLatin1Char('-') +
                  QString::number(QDateTime::currentMSecsSinceEpoch()) +
                  QStringLiteral(".csreport")}) {
            // A copy that is not ours is someone's unsaved work: another window's, or a
            // crash's still waiting for the user's answer. Never write over it.
            if (QFile::exists(candidate))
                continue;
            if ((lock = lockCopy(candidate))) {
                target = candidate;
                break;
            }
        }
        if (!lock)
            return false;
    }
    if (!DocumentFile::save(m_session->document(), target).isEmpty()) {
        unlock(lock);
        return false; // best effort: the user's own save reports errors, this must not nag
    }
    QFile origin(originFile(target));
    if (origin.open(QIODevice::WriteOnly | QIODevice::Truncate))
        origin.write(m_session->filePath().toUtf8());
    if (lock) {
        // Only now that the new copy is whole does the previous one (untitled before Save As,
        // or another report) go.
        releaseOwn();
        m_lock = std::move(lock);
        m_written = target;
        m_writtenFor = preferred;
    }
    return true;
}

std::unique_ptr<QLockFile> RecoveryManager::lockCopy(const QString &recoveryFile)
{
    const QString path = lockFile(recoveryFile);
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0)) {
        if (!leftByEarlierProcess(*lock, path) || !lock->removeStaleLockFile() || !lock->tryLock(0))
            return nullptr;
    }
    heldLocks().insert(path);
    return lock;
}

void RecoveryManager::unlock(std::unique_ptr<QLockFile> &lock)
{
    if (!lock)
        return;
    heldLocks().remove(lock->fileName());
    lock.reset(); // unlocks and removes the lock file
}

void RecoveryManager::releaseOwn()
{
    unlock(m_lock);
    const QString written = std::exchange(m_written, QString());
    m_writtenFor.clear();
    if (!written.isEmpty())
        discardFile(written);
}

void RecoveryManager::discardOwn()
{
    releaseOwn();
}

void RecoveryManager::adopt(const QString &recoveryFile)
{
    if (recoveryFile == m_written)
        return;
    // Offered because nobody held it, so the lock is normally free; without it the copy is
    // still this session's, only unguarded against a second window.
    auto lock = lockCopy(recoveryFile);
    releaseOwn();
    m_lock = std::move(lock);
    m_written = recoveryFile;
    m_writtenFor = recoveryPathFor(m_session ? m_session->filePath() : QString());
}

void RecoveryManager::discardFile(const QString &recoveryFile)
{
    QFile::remove(recoveryFile);
    QFile::remove(originFile(recoveryFile));
}

bool RecoveryManager::inUse(const QString &recoveryFile)
{
    const QString path = lockFile(recoveryFile);
    if (heldLocks().contains(path))
        return true; // a window of this process
    QLockFile lock(path);
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock(); // nobody holds it (or a crashed session did): a leftover
        return false;
    }
    return lock.error() == QLockFile::LockFailedError && !leftByEarlierProcess(lock, path);
}

} // namespace csr::ui
