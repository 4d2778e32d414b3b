#include "ReportStore.h"

#include "ReportSession.h"

namespace csr::ui {

bool FileStore::hasPlace(const ReportSession &session) const
{
    return !session.filePath().isEmpty();
}

bool FileStore::changedElsewhere(const ReportSession &session) const
{
    return session.changedOnDisk();
}

QString FileStore::save(ReportSession &session)
{
    return session.save(session.filePath());
}

} // namespace csr::ui
