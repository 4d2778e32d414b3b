#include "TeamCommand.h"
#include "TeamSchema.h"

namespace csr::cli {

int teamInit(QCommandLineParser &, const QStringList &args)
{
    if (args.size() != 1) {
        err() << Tr::tr("team init: give the server (a postgresql:// address or a service name).")
              << Qt::endl;
        return Unreadable;
    }
    const team::TeamAddress address = team::TeamAddress::parse(args.first());
    QSqlDatabase db = teamConnect(QStringLiteral("team init"), address);
    if (!db.isValid())
        return Unreadable;
    QString error;
    const int before = team::TeamSchema::installedVersion(db, &error);
    if (error.isEmpty())
        error = team::TeamSchema::migrate(db);
    team::TeamConnection::close(db);
    if (!error.isEmpty()) {
        err() << Tr::tr("team init: %1").arg(error) << Qt::endl;
        return Problems;
    }
    if (before == team::TeamSchema::CurrentVersion)
        out() << Tr::tr("%1 already holds team schema version %2.").arg(address.server).arg(before)
              << Qt::endl;
    else if (before == 0)
        out() << Tr::tr("%1 now holds team schema version %2.")
                     .arg(address.server)
                     .arg(team::TeamSchema::CurrentVersion)
              << Qt::endl;
    else
        out() << Tr::tr("%1 upgraded from team schema version %2 to %3.")
                     .arg(address.server)
                     .arg(before)
                     .arg(team::TeamSchema::CurrentVersion)
              << Qt::endl;
    return Ok;
}

} // namespace csr::cli
