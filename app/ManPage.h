#pragma once

#include <QList>
#include <QString>

namespace csr::cli {

// The help text of one command, exactly as `csrstudio COMMAND --help` prints it.
struct CommandHelp
{
    QString name;
    QString helpText;
};

// The manual page csrstudio(1) in roff, made from the same texts as `--help` and
// `COMMAND --help`, so the manual cannot drift from what the program says about itself.
// `summary` is the one line of the NAME section.
QString manPage(const QString &version, const QString &summary, const QString &overview,
                const QList<CommandHelp> &commands);

} // namespace csr::cli
