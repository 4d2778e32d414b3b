#pragma once

#include "Command.h"
#include "TeamConnection.h"

namespace csr::cli {

// `csrstudio team SUBCOMMAND …`: a report on a PostgreSQL server (docs/team-mode.md).
Command teamCommand();

// The subcommands, one file each; `args` are the words after the subcommand's name.
int teamInit(QCommandLineParser &p, const QStringList &args);
int teamPublish(QCommandLineParser &p, const QStringList &args);
int teamList(QCommandLineParser &p, const QStringList &args);
int teamExport(QCommandLineParser &p, const QStringList &args);
int teamGrant(QCommandLineParser &p, const QStringList &args);

// A connection for a subcommand, or an invalid one after printing why.
QSqlDatabase teamConnect(const QString &command, const team::TeamAddress &address);

} // namespace csr::cli
