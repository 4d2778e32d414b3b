#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace csr::team {

// The tables of team mode, versioned and migrated by the program itself (`csrstudio team
// init`), so a unit needs no separate SQL scripts. Version 1: the report as rows, each with a
// version number. Version 2: rights (row-level security per person), the change log written
// by a trigger, notifications and presence. Version 3: the review (comment threads, review
// steps, figure explanations, evidence files) as rows, with the workflow enforced by triggers.
namespace TeamSchema {

constexpr int CurrentVersion = 3;

// The SQL statements that take version `to - 1` to version `to` (internal; tests use them to
// build an older schema).
QStringList migration(int to);

// The version in the database: 0 when there is no team schema, -1 (with `error`) when it
// cannot be read.
int installedVersion(QSqlDatabase db, QString *error);

// Creates or upgrades the schema up to `target` in one transaction, serialised against
// concurrent runs. Refuses (with a message) a schema newer than this program knows. Returns
// an empty string on success.
QString migrate(QSqlDatabase db, int target = CurrentVersion);

// Empty when the database holds exactly the schema this program works with, else a message
// saying what to do.
QString check(QSqlDatabase db);

} // namespace TeamSchema
} // namespace csr::team
