#include "PgCluster.h"

#include "TeamConnection.h"

#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace csr::test {

namespace {

const QString Bin = QStringLiteral("/usr/lib/postgresql/15/bin/");

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t size = sizeof a;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &size) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

} // namespace

PgCluster::PgCluster()
{
    if (!dir_.isValid()) {
        error_ = QStringLiteral("no temporary directory");
        return;
    }
    if (::geteuid() == 0) {
        const passwd *pg = ::getpwnam("postgres");
        if (!pg || ::chown(dir_.path().toLocal8Bit().constData(), pg->pw_uid, pg->pw_gid) != 0) {
            error_ = QStringLiteral("running as root needs the postgres user (postgresql-15)");
            return;
        }
    }
    port_ = freeLoopbackPort();
    QString output;
    if (!run({Bin + QStringLiteral("initdb"), QStringLiteral("-D"), dir_.filePath("data"),
              QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), admin(),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
              QStringLiteral("--no-sync")},
             &output)) {
        error_ = QStringLiteral("initdb failed: ") + output;
        return;
    }
    if (!start())
        error_ = QStringLiteral("the server did not start: ") + output;
}

PgCluster::~PgCluster()
{
    if (port_)
        run({Bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), dir_.filePath("data"),
             QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
}

PgCluster &PgCluster::shared()
{
    static PgCluster cluster;
    return cluster;
}

bool PgCluster::run(const QStringList &command, QString *output)
{
    QStringList args = command;
    QString program = args.takeFirst();
    if (::geteuid() == 0) {
        args = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                           program} +
               args;
        program = QStringLiteral("runuser");
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(dir_.path());
    p.start(program, args);
    const bool done = p.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgCluster::start()
{
    // fsync off: a killed server loses nothing the operating system already has, and the
    // tests never crash the machine.
    return run({Bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), dir_.filePath("data"),
                QStringLiteral("-l"), dir_.filePath("server.log"), QStringLiteral("-o"),
                QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                    .arg(port_)
                    .arg(dir_.path()),
                QStringLiteral("-w"), QStringLiteral("start")});
}

bool PgCluster::crash()
{
    return run({Bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), dir_.filePath("data"),
                QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
}

QString PgCluster::url(const QString &database, const QString &person) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(person.isEmpty() ? admin() : person)
        .arg(port_)
        .arg(database);
}

QString PgCluster::adminExec(const QString &database, const QString &sql)
{
    QString error;
    QSqlDatabase db = team::TeamConnection::open(team::TeamAddress::parse(url(database)), &error);
    if (!db.isValid())
        return error;
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            error = q.lastError().text();
    }
    team::TeamConnection::close(db);
    return error;
}

QString PgCluster::createDatabase()
{
    const QString name = QStringLiteral("t%1").arg(++databases_);
    const QString error =
        adminExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    return error.isEmpty() ? name : QString();
}

void PgCluster::createLogin(const QString &person)
{
    adminExec(QStringLiteral("postgres"),
              QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                             "'%1') THEN CREATE ROLE \"%1\" LOGIN; END IF; END $$")
                  .arg(person));
}

} // namespace csr::test
