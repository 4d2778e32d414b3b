#include "TeamCommand.h"
#include "TeamStore.h"

namespace csr::cli {

int teamGrant(QCommandLineParser &p, const QStringList &args)
{
    if (args.size() != 4) {
        err() << Tr::tr("team grant: give the server, the report, the role (owner, editor, "
                        "reviewer or reader) and the person's login.")
              << Qt::endl;
        return Unreadable;
    }
    QSqlDatabase db =
        teamConnect(QStringLiteral("team grant"), team::TeamAddress::parse(args.first()));
    if (!db.isValid())
        return Unreadable;
    const QStringList chapters = p.values(QStringLiteral("chapter"));
    const QString error = team::TeamStore::grant(db, args.at(1), args.at(2), args.at(3), chapters);
    team::TeamConnection::close(db);
    if (!error.isEmpty()) {
        err() << Tr::tr("team grant: %1").arg(error) << Qt::endl;
        return Problems;
    }
    if (chapters.isEmpty())
        out() << Tr::tr("%1 is now %2 of \"%3\".").arg(args.at(3), args.at(2), args.at(1))
              << Qt::endl;
    else
        out() << Tr::tr("%1 is now editor of \"%2\" for %3.")
                     .arg(args.at(3), args.at(1), chapters.join(QStringLiteral(", ")))
              << Qt::endl;
    return Ok;
}

} // namespace csr::cli
