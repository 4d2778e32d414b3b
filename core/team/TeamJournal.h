#pragma once

#include "TeamJson.h"

#include <QList>
#include <QString>

namespace csr::team {

// One edit not yet saved to the server: the row, the version it was made on, the new data.
struct JournalEntry
{
    RowKind kind = RowKind::Block;
    qint64 rowId = 0;
    int expected = 0;
    QJsonValue data;
};

// The local journal of edits made while the server was away: one JSON object per line, each
// appended and flushed before the edit counts as made, so neither a lost server nor a killed
// client loses it. Replayed on reconnect with the same version check as any edit.
class TeamJournal
{
public:
    explicit TeamJournal(QString path = {});

    const QString &path() const { return path_; }
    QList<JournalEntry> entries() const { return entries_; }
    bool isEmpty() const { return entries_.isEmpty(); }

    // Reads the file; a line that is no entry is reported and the file kept as it is.
    QString read();
    // Empty on success, else why the entry could not be written (then it was not kept).
    QString append(const JournalEntry &entry);
    QString clear();

private:
    QString path_;
    QList<JournalEntry> entries_;
};

} // namespace csr::team
