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
// chart types, the tables' number of year columns.
constexpr int CurrentVersion = 3;
constexpr int MaxNumberingDepth = 16;            // metadata.numbering: one style per chapter depth
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

// One block or metric as the file writes it; the review fingerprints what was approved with
// these, so any change a saved file would show is a change to the approved chapter.
QJsonObject blockToJson(const Block &block);
QJsonObject metricToJson(const Metric &metric);

} // namespace DocumentFormat
} // namespace csr
