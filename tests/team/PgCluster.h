#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace csr::test {

// A throwaway PostgreSQL server: initdb on a temporary directory and pg_ctl on a free loopback
// port (Debian's /usr/lib/postgresql/15/bin), trust authentication, torn down in the
// destructor. initdb refuses to run as root (CI runs as root), so the server then runs as the
// postgres user. One cluster per test binary (shared()), one database per test.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    static PgCluster &shared();

    bool ok() const { return error_.isEmpty(); }
    QString error() const { return error_; }
    int port() const { return port_; }
    static QString admin() { return QStringLiteral("csr_admin"); } // the superuser

    // A fresh, empty database; its name.
    QString createDatabase();
    // "postgresql://PERSON@127.0.0.1:PORT/DB" (the administrator when person is empty).
    QString url(const QString &database, const QString &person = {}) const;
    // A login role (no password: the cluster trusts loopback). Exists afterwards.
    void createLogin(const QString &person);
    // Runs SQL as the administrator on `database`; the error text, empty on success.
    QString adminExec(const QString &database, const QString &sql);

    // A crash: the server stops without shutting down (pg_ctl -m immediate stop).
    bool crash();
    bool start();

private:
    bool run(const QStringList &command, QString *output = nullptr);
    QTemporaryDir dir_;
    QString error_;
    int port_ = 0;
    int databases_ = 0;
};

} // namespace csr::test
