#include "DocumentFile.h"
#include "TeamCommand.h"
#include "TeamStore.h"

#include <QFileInfo>

namespace csr::cli {

int teamPublish(QCommandLineParser &p, const QStringList &args)
{
    if (args.size() != 1 || !p.isSet(QStringLiteral("to"))) {
        err() << Tr::tr("team publish: give one report file and the server with --to SERVER.")
              << Qt::endl;
        return Unreadable;
    }
    const auto read = DocumentFile::load(args.first());
    if (!read.ok()) {
        err() << read.error.message << Qt::endl;
        return Unreadable;
    }
    const QString name = p.isSet(QStringLiteral("as")) ? p.value(QStringLiteral("as"))
                                                       : QFileInfo(args.first()).completeBaseName();
    const team::TeamAddress address = team::TeamAddress::parse(p.value(QStringLiteral("to")));
    QSqlDatabase db = teamConnect(QStringLiteral("team publish"), address);
    if (!db.isValid())
        return Unreadable;
    const QString error = team::TeamStore::publish(db, read.document, name);
    team::TeamConnection::close(db);
    if (!error.isEmpty()) {
        err() << Tr::tr("team publish: %1").arg(error) << Qt::endl;
        return Problems;
    }
    out() << Tr::tr("Published %1 as the team report \"%2\"; open it as %3#%2.")
                 .arg(args.first(), name, address.server)
          << Qt::endl;
    return Ok;
}

} // namespace csr::cli
