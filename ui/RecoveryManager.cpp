#include "RecoveryManager.h"

#include "DocumentFile.h"
#include "ReportSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QWindow>

namespace csr::ui {

namespace {
const QString IntervalKey = QStringLiteral("autosave/intervalSeconds");
constexpr int DefaultInterval = 60;

QString originFile(const QString &recoveryFile)
{
    return recoveryFile + QStringLiteral(".origin");
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
    if (!f.isFile())
        return std::nullopt;
    return Pending{f.absoluteFilePath(), documentPath, f.lastModified()};
}

bool RecoveryManager::autosaveNow()
{
    if (!m_session || !m_session->isModified())
        return false;
    const QString target = recoveryPathFor(m_session->filePath());
    if (!QDir().mkpath(recoveryDir()))
        return false;
    if (!DocumentFile::save(m_session->document(), target).isEmpty())
        return false; // best effort: the user's own save reports errors, this must not nag
    QFile origin(originFile(target));
    if (origin.open(QIODevice::WriteOnly | QIODevice::Truncate))
        origin.write(m_session->filePath().toUtf8());
    if (!m_written.isEmpty() && m_written != target)
        discardFile(m_written);
    m_written = target;
    return true;
}

void RecoveryManager::discardOwn()
{
    if (!m_written.isEmpty())
        discardFile(m_written);
    m_written.clear();
}

void RecoveryManager::adopt(const QString &recoveryFile)
{
    if (!m_written.isEmpty() && m_written != recoveryFile)
        discardFile(m_written);
    m_written = recoveryFile;
}

void RecoveryManager::discardFile(const QString &recoveryFile)
{
    QFile::remove(recoveryFile);
    QFile::remove(originFile(recoveryFile));
}

} // namespace csr::ui
