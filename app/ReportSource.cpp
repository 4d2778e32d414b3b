#include "ReportSource.h"

#include "DocumentFile.h"
#include "PasswordPrompt.h"
#include "TeamConnection.h"
#include "TeamStore.h"

namespace csr::cli {

DocumentFormat::ReadResult loadReport(const QString &fileOrTeamReport)
{
    if (!team::TeamAddress::isTeamReport(fileOrTeamReport))
        return DocumentFile::load(fileOrTeamReport);
    DocumentFormat::ReadResult out;
    const team::TeamAddress address = team::TeamAddress::parse(fileOrTeamReport);
    QString error;
    QSqlDatabase db = team::TeamConnection::open(address, &error, terminalPasswordPrompt());
    if (!db.isValid()) {
        out.error.kind = ReadErrorKind::FileUnreadable;
        out.error.message = error;
        return out;
    }
    const team::TeamStore::Loaded loaded = team::TeamStore::load(db, address.report);
    team::TeamConnection::close(db);
    if (!loaded.ok()) {
        out.error.kind = ReadErrorKind::FileUnreadable;
        out.error.message = loaded.error;
    } else
        out.document = loaded.document;
    return out;
}

} // namespace csr::cli
