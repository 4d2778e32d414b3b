#pragma once

#include "DocumentFormat.h"

#include <QString>

namespace csr {

// Reading and writing .csreport files on disk.
namespace DocumentFile {

inline constexpr auto Extension = "csreport";

// Never modifies the file; a failure leaves the caller's document as it was.
DocumentFormat::ReadResult load(const QString &path);

// Atomic: the old file stays whole until the new one is completely written (QSaveFile).
// Returns an empty string on success, else a message naming the problem.
QString save(const Document &doc, const QString &path);

} // namespace DocumentFile
} // namespace csr
