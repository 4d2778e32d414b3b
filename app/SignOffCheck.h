#pragma once

#include "Command.h"

#include "Document.h"

namespace csr::cli {

// The sign-off gate for `export --sign`: --override-review REASON and --as NAME.
void declareSignOffOptions(QCommandLineParser &p);

// Before a signed export: returns -1 to go on, or the exit code after naming what blocks
// the signature. With --override-review by the owner, the override is added to `doc` (so the
// internal edition's sign-off record shows it) and `overridden` set; the caller saves the
// report with recordOverride() once the signature is written.
int checkSignOff(const QCommandLineParser &p, Document &doc, bool &overridden);

// Writes the report with its new override back to `reportPath`; returns the exit code.
int recordOverride(const QString &reportPath, const Document &doc);

} // namespace csr::cli
