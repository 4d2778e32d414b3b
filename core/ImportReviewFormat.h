#pragma once

#include "ImportReview.h"
#include "JsonReader.h"

#include <QJsonArray>

namespace csr::ImportReviewFormat {

// The "importReview" section of a .csreport (format 5, docs/file-format.md): what the import of
// last year's report left to check. DocumentFormat writes it only when something is left.
QJsonArray toJson(const QList<ImportReviewItem> &items);
// An import of a 400-page report leaves a few thousand; more is no report's, and the panel would
// take long to list them.
constexpr qsizetype MaxItems = 100000;
// A message names a heading or a figure's words; a place is ids and a chapter's path.
constexpr qsizetype MaxTextLength = 4000;

// Read with the caller's reader, so a problem names its path; stops at the first one.
void read(JsonReader &r, const QJsonArray &a, QList<ImportReviewItem> &items);

} // namespace csr::ImportReviewFormat
