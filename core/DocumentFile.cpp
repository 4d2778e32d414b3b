#include "DocumentFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace csr::DocumentFile {

// Messages name their context literally: lupdate misfiles a Q_DECLARE_TR_FUNCTIONS class
// declared inside this namespace-qualified block.

DocumentFormat::ReadResult load(const QString &path)
{
    DocumentFormat::ReadResult result;
    const QFileInfo info(path);
    auto unreadable = [&](const QString &why) {
        result.error.kind = ReadErrorKind::FileUnreadable;
        result.error.message =
            QCoreApplication::translate("csr::DocumentFile", "Cannot open \"%1\": %2")
                .arg(path, why);
        return result;
    };
    if (!info.exists())
        return unreadable(
            QCoreApplication::translate("csr::DocumentFile", "the file does not exist."));
    if (info.isDir())
        return unreadable(
            QCoreApplication::translate("csr::DocumentFile", "it is a folder, not a file."));
    if (info.size() > DocumentFormat::MaxFileSize) {
        result.error.kind = ReadErrorKind::TooLarge;
        result.error.message =
            QCoreApplication::translate("csr::DocumentFile",
                                        "\"%1\" is %2 MiB, larger than any report: it is probably "
                                        "not a report.")
                .arg(path)
                .arg(info.size() / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    result = DocumentFormat::fromJson(file.readAll());
    if (result.error)
        result.error.message =
            QCoreApplication::translate("csr::DocumentFile", "Cannot open \"%1\". %2")
                .arg(info.fileName(), result.error.message);
    return result;
}

QString save(const Document &doc, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("csr::DocumentFile", "Cannot save \"%1\": %2")
            .arg(path, file.errorString());
    const QByteArray bytes = DocumentFormat::toJson(doc);
    // QSaveFile buffers: write() reports every byte taken, and Qt 6.4's commit() renames a
    // file the disk refused to take whole (a full disk, a size limit). flush() is where such
    // a refusal shows; then the old file must stay.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.cancelWriting();
        return QCoreApplication::translate("csr::DocumentFile", "Cannot save \"%1\": %2")
            .arg(path, file.errorString());
    }
    if (!file.commit())
        return QCoreApplication::translate("csr::DocumentFile", "Cannot save \"%1\": %2")
            .arg(path, file.errorString());
    return {};
}

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace csr::DocumentFile
