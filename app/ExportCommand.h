#pragma once

#include "Command.h"

#include "Document.h"
#include "Edition.h"

#include <optional>

namespace csr::cli {

// `csrstudio export FILE -o OUT.pdf [--edition public|internal] [--pdfa] [--force]`, or with
// --data the figures as open data (OpenDataExport.h)
Command exportCommand();

// "public" / "internal"; empty when the word is neither. Shared with `print`.
std::optional<Edition> editionFromName(const QString &name);

// Loads a report and checks it for printing: validation errors refuse it unless `force`.
// Returns the exit code to stop with, or -1 to go on with `doc` filled.
int loadForPrinting(const QString &command, const QString &path, bool force, Document &doc);

} // namespace csr::cli
