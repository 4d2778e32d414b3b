#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace csr {

// A file that backs a figure (a spreadsheet, a scanned invoice, a photo of a meter), kept in
// the report itself so the figure and its proof travel together. Never printed in the public
// edition; listed and embedded in the internal one.
struct Evidence
{
    QString id; // "e4", unique among the evidence files
    QString metricId;
    QString fileName; // the name it had when attached, without folders
    QString mimeType;
    QByteArray data;
    QString sha256; // lowercase hex of `data`, checked when the report is read
    QString addedBy;
    QDateTime addedAt; // UTC
    bool operator==(const Evidence &) const = default;
};

namespace EvidenceLimits {
// One file: a scan or a spreadsheet fits; a video does not belong in a report. All files
// together stay well inside DocumentFormat::MaxFileSize once base64 has grown them by a third.
constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;
constexpr qint64 MaxTotalBytes = 32 * 1024 * 1024;
} // namespace EvidenceLimits

QString sha256Hex(const QByteArray &data);

struct EvidenceResult
{
    Evidence evidence;
    QString error; // empty when the file can be attached
    bool ok() const { return error.isEmpty(); }
};

// Makes the record for a file to attach, or says why it cannot be: too large on its own, or
// together with the files already attached (`alreadyAttached` bytes).
class EvidenceFactory
{
    Q_DECLARE_TR_FUNCTIONS(csr::Evidence)
public:
    static EvidenceResult make(const QString &metricId, const QString &fileName,
                               const QByteArray &data, const QString &who, const QDateTime &when,
                               qint64 alreadyAttached);
};

QString formatByteSize(qint64 bytes); // "1.5 MiB", "320 KiB", "12 bytes"

} // namespace csr
