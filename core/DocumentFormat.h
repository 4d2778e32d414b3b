#pragma once

#include "Document.h"
#include "ReadError.h"

#include <QByteArray>
#include <QJsonObject>

namespace csr {

// The .csreport file format: one UTF-8 JSON object, described in docs/file-format.md.
namespace DocumentFormat {

// 1: the first format. 2: review (comments, approvals, overrides, tolerances), evidence
// files, a chapter status "needsChanges". 3: a metric's history of earlier years, the trend
// chart types, the tables' number of year columns. 4: the photo block. 5: the import review
// (what the import of last year's report left to check).
constexpr int CurrentVersion = 5;
constexpr int MaxNumberingDepth = 16; // metadata.numbering: one style per chapter depth
// A report without photos is well under 1 MiB; photos (at most 100 MiB) and evidence files (at
// most 32 MiB), base64-encoded, stay inside this.
constexpr qint64 MaxFileSize = 192 * 1024 * 1024;

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

// One block or metric as the file writes it; the review fingerprints what was approved with
// these, so any change a saved file would show is a change to the approved chapter.
QJsonObject blockToJson(const Block &block);
QJsonObject metricToJson(const Metric &metric);

} // namespace DocumentFormat
} // namespace csr
