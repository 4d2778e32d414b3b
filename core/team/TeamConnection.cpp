#include "TeamConnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <libpq-fe.h>

namespace csr::team::TeamConnection {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::team::TeamConnection)
};

QString uniqueName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("csr-team-%1").arg(counter.fetchAndAddRelaxed(1));
}

PGconn *handle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef ("pg_conn*"); earlier
    // versions after the typedef. Taking only "PGconn*" made every refused query look like a
    // lost server.
    if (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(v.data());
}

} // namespace

QSqlDatabase open(const TeamAddress &address, QString *error, const PasswordPrompt &ask)
{
    if (!address.ok()) {
        *error = address.error;
        return {};
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Tr::tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian it comes with "
                        "the package libqt6sql6-psql.");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), uniqueName());
    db.setConnectOptions(address.conninfo);
    if (db.open()) {
        db.exec(QStringLiteral("SET client_min_messages = warning"));
        return db;
    }
    QString message = db.lastError().databaseText().trimmed();
    if (message.isEmpty())
        message = db.lastError().text();
    if (ask && message.contains(QLatin1String("no password supplied"))) {
        const QString password = ask(address.server);
        if (!password.isEmpty()) {
            db.setPassword(password);
            if (db.open())
                return db;
            message = db.lastError().databaseText().trimmed();
        }
    }
    *error = Tr::tr("Cannot connect to %1: %2").arg(address.server, message);
    close(db);
    return {};
}

void close(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    if (name.isEmpty())
        return;
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool isLost(const QSqlDatabase &db)
{
    PGconn *conn = handle(db);
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

QString currentUser(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace csr::team::TeamConnection
