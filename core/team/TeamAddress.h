#pragma once

#include <QString>

namespace csr::team {

// Where a team report lives, as a user writes it: a libpq URL
// ("postgresql://anna@db.unit.local/csr"), a libpq keyword string ("host=db dbname=csr") or a
// service name from ~/.pg_service.conf ("csr"), followed by "#REPORT" when one report is meant.
// A password is never accepted here: libpq reads ~/.pgpass and PGPASSWORD itself, and the
// command line or a settings file is no place for one.
struct TeamAddress
{
    QString conninfo; // libpq keyword/value string without a password; empty when unusable
    QString server;   // the part before '#', as written, for messages
    QString report;   // the part after '#', may be empty
    QString error;    // why the text is no usable address; empty when it is

    bool ok() const { return error.isEmpty(); }

    static TeamAddress parse(const QString &text);
    // True for "SERVER#REPORT" that names no existing file, so commands that take a report
    // file take a team report in the same place.
    static bool isTeamReport(const QString &text);
};

} // namespace csr::team
