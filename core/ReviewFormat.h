#pragma once

#include "Evidence.h"
#include "JsonReader.h"
#include "Review.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace csr::ReviewFormat {

// The "review" and "evidence" sections of a .csreport (format 2, docs/file-format.md).
// DocumentFormat calls these; they are apart because they are a concept of their own.
bool isDefault(const ReviewRecord &review); // nothing to write
QJsonObject toJson(const ReviewRecord &review);
QJsonArray toJson(const QList<Evidence> &evidence);

// Read with the caller's reader, so a problem names its path; they stop at the first one.
void read(JsonReader &r, const QJsonObject &o, ReviewRecord &review);
// Checks each file's hash and size and that it belongs to one of `metricIds`.
void read(JsonReader &r, const QJsonArray &a, const QSet<QString> &metricIds,
          QList<Evidence> &evidence);

} // namespace csr::ReviewFormat
