#pragma once

#include <QCommandLineParser>
#include <QString>

namespace csr::cli {

// `csrstudio export FILE --data -o figures.{csv,json,xlsx} [--edition public|internal]
// [--force]`: the report's figures as open data (docs/open-data.md), the format by the
// output's suffix. Returns the exit code.
int exportOpenData(const QCommandLineParser &p, const QString &report, const QString &output);

} // namespace csr::cli
