#include "RecoveryManager.h"

#include "DocumentFile.h"
#include "ReportSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
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
    QString target = recoveryPathFor(m_session->filePath());
    if (target != m_written && !lockCopy(target)) {
        // Another running window is saving the same report: keep a copy of our own beside it.
        target.insert(target.size() - int(qstrlen(".csreport")),
                      QStringLiteral("-%1").arg(QCoreApplication::applicationPid()));
        if (target != m_written && !lockCopy(target))
            return false;
    }
    if (!DocumentFile::save(m_session->document(), target).isEmpty())
        return false; // best effort: the user's own save reports errors, this must not nag
    QFile origin(originFile(target));
    if (origin.open(QIODevice::WriteOnly | QIODevice::Truncate))
        origin.write(m_session->filePath().toUtf8());
    m_written = target;
    return true;
}

bool RecoveryManager::lockCopy(const QString &recoveryFile)
{
    auto lock = std::make_unique<QLockFile>(lockFile(recoveryFile));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0))
        return false;
    releaseOwn(); // the previous copy (another path, or untitled before Save As) is stale
    m_lock = std::move(lock);
    m_written = recoveryFile;
    return true;
}

void RecoveryManager::releaseOwn()
{
    const QString written = std::exchange(m_written, QString());
    m_lock.reset(); // unlocks and removes the lock file
    if (!written.isEmpty())
        discardFile(written);
}

void RecoveryManager::discardOwn()
{
    releaseOwn();
}

void RecoveryManager::adopt(const QString &recoveryFile)
{
    if (recoveryFile != m_written && !lockCopy(recoveryFile)) {
        // Not expected (it was offered because nobody held it); without the lock the copy is
        // still this session's to replace, only unguarded against a second window.
        releaseOwn();
        m_written = recoveryFile;
    }
}

void RecoveryManager::discardFile(const QString &recoveryFile)
{
    QFile::remove(recoveryFile);
    QFile::remove(originFile(recoveryFile));
}

bool RecoveryManager::inUse(const QString &recoveryFile)
{
    QLockFile lock(lockFile(recoveryFile));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock(); // nobody holds it (or a crashed session did): a leftover
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

} // namespace csr::ui
