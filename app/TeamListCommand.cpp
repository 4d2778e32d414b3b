#include "TeamCommand.h"
#include "TeamStore.h"

namespace csr::cli {

int teamList(QCommandLineParser &, const QStringList &args)
{
    if (args.size() != 1) {
        err() << Tr::tr("team list: give the server.") << Qt::endl;
        return Unreadable;
    }
    QSqlDatabase db =
        teamConnect(QStringLiteral("team list"), team::TeamAddress::parse(args.first()));
    if (!db.isValid())
        return Unreadable;
    QString error;
    const auto reports = team::TeamStore::list(db, &error);
    team::TeamConnection::close(db);
    if (!error.isEmpty()) {
        err() << Tr::tr("team list: %1").arg(error) << Qt::endl;
        return Problems;
    }
    for (const auto &r : reports)
        out() << r.name << "\t" << r.year << "\t" << r.title << "\t" << r.role << Qt::endl;
    return Ok;
}

} // namespace csr::cli
