#pragma once

#include "Document.h"
#include "ReadError.h"

#include <QByteArray>
#include <QJsonObject>

namespace csr {

// The .csreport file format: one UTF-8 JSON object, described in docs/file-format.md.
namespace DocumentFormat {

constexpr int CurrentVersion = 1;
constexpr qint64 MaxFileSize = 64 * 1024 * 1024; // a real report is well under 1 MiB

struct ReadResult
{
    Document document;
    QJsonObject root; // the parsed file, for callers that read extra sections (templates)
    ReadError error;
    bool ok() const { return !error; }
};

// Byte-stable: the same document always gives the same bytes (keys sorted, 4-space indent).
QByteArray toJson(const Document &doc);
QJsonObject toJsonObject(const Document &doc);
ReadResult fromJson(const QByteArray &bytes);

} // namespace DocumentFormat
} // namespace csr
