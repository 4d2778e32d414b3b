#include "TeamCommand.h"

#include "PasswordPrompt.h"

namespace csr::cli {

namespace {

struct Subcommand
{
    const char *name;
    int (*run)(QCommandLineParser &, const QStringList &);
};

const Subcommand Subcommands[] = {{"init", teamInit},
                                  {"publish", teamPublish},
                                  {"list", teamList},
                                  {"export", teamExport},
                                  {"grant", teamGrant}};

QString usage()
{
    return Tr::tr("Usage: csrstudio team init SERVER\n"
                  "       csrstudio team publish FILE.csreport --to SERVER [--as NAME]\n"
                  "       csrstudio team list SERVER\n"
                  "       csrstudio team export SERVER REPORT -o FILE.csreport\n"
                  "       csrstudio team grant SERVER REPORT ROLE PERSON [--chapter KEY]...\n"
                  "SERVER is a postgresql:// address or a service name; passwords come from "
                  "~/.pgpass, PGPASSWORD or a prompt.\n");
}

int run(QCommandLineParser &p, const QStringList &positional)
{
    if (positional.isEmpty()) {
        err() << usage();
        return Unreadable;
    }
    for (const Subcommand &s : Subcommands)
        if (positional.first() == QLatin1String(s.name))
            return s.run(p, positional.mid(1));
    err() << Tr::tr("team: there is no subcommand \"%1\".\n").arg(positional.first()) << usage();
    return Unreadable;
}

} // namespace

QSqlDatabase teamConnect(const QString &command, const team::TeamAddress &address)
{
    QString error;
    QSqlDatabase db = team::TeamConnection::open(address, &error, terminalPasswordPrompt());
    if (!db.isValid())
        err() << command << ": " << error << Qt::endl;
    return db;
}

Command teamCommand()
{
    return {QStringLiteral("team"), false,
            Tr::tr("Share a report on a PostgreSQL server: init, publish, list, export, grant."),
            run, [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("SUBCOMMAND"),
                                        Tr::tr("init, publish, list, export or grant."));
                p.addOption({QStringLiteral("to"), Tr::tr("publish: the server to publish to."),
                             Tr::tr("SERVER")});
                p.addOption({QStringLiteral("as"),
                             Tr::tr("publish: the report's name on the server (default: the "
                                    "file's name)."),
                             Tr::tr("NAME")});
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                             Tr::tr("export: the report file to write."),
                             Tr::tr("FILE")});
                p.addOption({QStringLiteral("chapter"),
                             Tr::tr("grant: a chapter (id or guideline key) the editor may "
                                    "change, with its sub-chapters; repeat for more."),
                             Tr::tr("KEY")});
            }};
}

} // namespace csr::cli
