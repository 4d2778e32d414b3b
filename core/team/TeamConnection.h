#pragma once

#include "TeamAddress.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace csr::team {

// Asked for the password when the server wants one and neither ~/.pgpass nor PGPASSWORD gave
// it; returns an empty string to give up. `who` names the server and login for the prompt.
using PasswordPrompt = std::function<QString(const QString &who)>;

// Opens Qt SQL connections (QPSQL) to a team server. Each connection has its own name, so one
// process may hold several (the editor and its listener, the tests' two clients).
namespace TeamConnection {

// An open connection, or an invalid one with `error` saying why.
QSqlDatabase open(const TeamAddress &address, QString *error, const PasswordPrompt &ask = {});
// Closes and forgets the connection; the handle must not be used afterwards.
void close(QSqlDatabase &db);
// True when the server went away (the socket is gone), as opposed to a query being refused.
bool isLost(const QSqlDatabase &db);
// The PostgreSQL role the connection logged in as.
QString currentUser(const QSqlDatabase &db);

} // namespace TeamConnection
} // namespace csr::team
