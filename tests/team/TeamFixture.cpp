#include "TeamFixture.h"

#include "TeamSchema.h"
#include "TeamStore.h"
#include "TestSupport.h"

#include <QSqlQuery>

namespace csr::test {

int rawSql(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return -1;
    return q.numRowsAffected();
}

TeamFixture::TeamFixture() : cluster(PgCluster::shared())
{
    REQUIRE(cluster.ok());
    database = cluster.createDatabase();
    REQUIRE(!database.isEmpty());
    for (const char *person : {"anna", "bob", "rita", "rudi"})
        cluster.createLogin(QString::fromLatin1(person));
    QSqlDatabase admin = connect();
    REQUIRE(team::TeamSchema::migrate(admin).isEmpty());
    REQUIRE(team::TeamStore::publish(admin, loadSample(), QStringLiteral("west-2023")).isEmpty());
    const QString report = QStringLiteral("west-2023");
    REQUIRE(team::TeamStore::grant(admin, report, QStringLiteral("editor"), QStringLiteral("anna"),
                                   {QStringLiteral("employees")})
                .isEmpty());
    REQUIRE(team::TeamStore::grant(admin, report, QStringLiteral("editor"), QStringLiteral("bob"),
                                   {QStringLiteral("governance")})
                .isEmpty());
    REQUIRE(team::TeamStore::grant(admin, report, QStringLiteral("reviewer"),
                                   QStringLiteral("rita"), {})
                .isEmpty());
    REQUIRE(
        team::TeamStore::grant(admin, report, QStringLiteral("reader"), QStringLiteral("rudi"), {})
            .isEmpty());
}

TeamFixture::~TeamFixture()
{
    for (QSqlDatabase &db : connections)
        team::TeamConnection::close(db);
}

Document TeamFixture::expectedDocument()
{
    Document doc = loadSample();
    doc.findChapter(QStringLiteral("c10"))->assignee = QStringLiteral("anna");
    doc.findChapter(QStringLiteral("c19"))->assignee = QStringLiteral("bob");
    return doc;
}

QString TeamFixture::url(const QString &person) const
{
    return cluster.url(database, person);
}

QString TeamFixture::report(const QString &person) const
{
    return url(person) + QStringLiteral("#west-2023");
}

QSqlDatabase TeamFixture::connect(const QString &person)
{
    QString error;
    QSqlDatabase db = team::TeamConnection::open(team::TeamAddress::parse(url(person)), &error);
    INFO(error.toStdString());
    REQUIRE(db.isValid());
    connections.append(db);
    return db;
}

QVariant TeamFixture::adminValue(const QString &sql)
{
    QSqlDatabase db = connections.isEmpty() ? connect() : connections.first();
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace csr::test
