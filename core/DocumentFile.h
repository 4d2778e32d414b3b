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

// A digest of the file's bytes as they are now (empty when it cannot be read), so an editor
// can tell whether someone else changed the file since it was read or written.
QByteArray fingerprint(const QString &path);

} // namespace DocumentFile
} // namespace csr
