#pragma once

#include "DocumentFormat.h"

#include <QString>

namespace csr::cli {

// A report named on the command line: a .csreport file, or a team report as SERVER#REPORT
// (a postgresql:// address or a service name, then the report's name). Either way the
// document comes through the file format's reader.
DocumentFormat::ReadResult loadReport(const QString &fileOrTeamReport);

} // namespace csr::cli
