#include "DocumentFile.h"
#include "TeamCommand.h"
#include "TeamStore.h"

namespace csr::cli {

int teamExport(QCommandLineParser &p, const QStringList &args)
{
    const QString output = p.value(QStringLiteral("output"));
    if (args.size() != 2 || output.isEmpty()) {
        err() << Tr::tr("team export: give the server, the report and -o FILE.csreport.")
              << Qt::endl;
        return Unreadable;
    }
    QSqlDatabase db =
        teamConnect(QStringLiteral("team export"), team::TeamAddress::parse(args.first()));
    if (!db.isValid())
        return Unreadable;
    const team::TeamStore::Loaded loaded = team::TeamStore::load(db, args.at(1));
    team::TeamConnection::close(db);
    if (!loaded.ok()) {
        err() << Tr::tr("team export: %1").arg(loaded.error) << Qt::endl;
        return Problems;
    }
    if (const QString error = DocumentFile::save(loaded.document, output); !error.isEmpty()) {
        err() << error << Qt::endl;
        return Problems;
    }
    out() << Tr::tr("Wrote the team report \"%1\" to %2.").arg(args.at(1), output) << Qt::endl;
    return Ok;
}

} // namespace csr::cli
