#include "EvidenceOpener.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

namespace csr::ui {

EvidenceOpener::EvidenceOpener(QObject *parent)
    : QObject(parent), m_launcher([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

EvidenceOpener *EvidenceOpener::shared()
{
    static QPointer<EvidenceOpener> opener;
    if (!opener)
        opener = new EvidenceOpener(QCoreApplication::instance());
    return opener;
}

QString EvidenceOpener::open(const Evidence &evidence, QString *error)
{
    if (sha256Hex(evidence.data) != evidence.sha256) {
        *error = tr("\"%1\" is damaged: its content no longer matches its SHA-256.")
                     .arg(evidence.fileName);
        return {};
    }
    // One folder per file: two files of the same name on different figures stay apart. The name
    // is the file's own without folders, so a stored name cannot point outside the folder.
    const QString name = QFileInfo(evidence.fileName).fileName();
    if (!m_dir.isValid() || name.isEmpty() || name == QLatin1String("..")) {
        *error = tr("Cannot make a copy of \"%1\" to open.").arg(evidence.fileName);
        return {};
    }
    const QString folder = m_dir.filePath(
        evidence.id.isEmpty() ? QStringLiteral("file") : QFileInfo(evidence.id).fileName());
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(evidence.data) != evidence.data.size() ||
        !out.commit()) {
        *error = tr("Cannot make a copy of \"%1\" to open: %2.")
                     .arg(evidence.fileName, out.errorString());
        return {};
    }
    // Read-only: changing the copy would not change the report's file, so nobody should try.
    QFile::setPermissions(path, QFile::ReadOwner);
    if (!m_launcher(QUrl::fromLocalFile(path))) {
        *error = tr("No program is set up to open \"%1\".").arg(name);
        return {};
    }
    return path;
}

} // namespace csr::ui
