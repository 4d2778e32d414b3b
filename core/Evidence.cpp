#include "Evidence.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>

namespace csr {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString formatByteSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg((bytes + 1023) / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

EvidenceResult EvidenceFactory::make(const QString &metricId, const QString &fileName,
                                     const QByteArray &data, const QString &who,
                                     const QDateTime &when, qint64 alreadyAttached)
{
    EvidenceResult result;
    const QString name = QFileInfo(fileName).fileName();
    if (data.size() > EvidenceLimits::MaxFileBytes) {
        result.error = tr("\"%1\" is %2; an evidence file may be at most %3. Attach a smaller "
                          "scan or an extract, and keep the full file in the unit's archive.")
                           .arg(name, formatByteSize(data.size()),
                                formatByteSize(EvidenceLimits::MaxFileBytes));
        return result;
    }
    if (alreadyAttached + data.size() > EvidenceLimits::MaxTotalBytes) {
        result.error = tr("\"%1\" (%2) does not fit: the report already holds %3 of evidence "
                          "and keeps at most %4 in all.")
                           .arg(name, formatByteSize(data.size()), formatByteSize(alreadyAttached),
                                formatByteSize(EvidenceLimits::MaxTotalBytes));
        return result;
    }
    Evidence &e = result.evidence;
    e.metricId = metricId;
    e.fileName = name;
    e.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(name, data).name();
    e.data = data;
    e.sha256 = sha256Hex(data);
    e.addedBy = who;
    e.addedAt = when.toUTC();
    return result;
}

} // namespace csr
