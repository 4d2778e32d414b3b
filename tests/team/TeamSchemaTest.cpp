#include "TeamSchema.h"
#include "PgCluster.h"
#include "TeamConnection.h"
#include "TeamStore.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace csr;
using namespace csr::team;

namespace {

QSqlDatabase freshDatabase(test::PgCluster &cluster)
{
    REQUIRE(cluster.ok());
    const QString name = cluster.createDatabase();
    REQUIRE(!name.isEmpty());
    QString error;
    QSqlDatabase db = TeamConnection::open(TeamAddress::parse(cluster.url(name)), &error);
    REQUIRE(db.isValid());
    return db;
}

} // namespace

TEST_CASE("team init creates the schema once and leaves it alone the second time", "[team]")
{
    QSqlDatabase db = freshDatabase(test::PgCluster::shared());
    QString error;
    CHECK(TeamSchema::installedVersion(db, &error) == 0);
    CHECK_FALSE(TeamSchema::check(db).isEmpty());
    REQUIRE(TeamSchema::migrate(db).isEmpty());
    CHECK(TeamSchema::installedVersion(db, &error) == TeamSchema::CurrentVersion);
    CHECK(TeamSchema::check(db).isEmpty());
    REQUIRE(TeamSchema::migrate(db).isEmpty());
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM csr_schema")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == TeamSchema::CurrentVersion);
    TeamConnection::close(db);
}

TEST_CASE("a schema newer than the program knows is refused with a message", "[team]")
{
    QSqlDatabase db = freshDatabase(test::PgCluster::shared());
    REQUIRE(TeamSchema::migrate(db).isEmpty());
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO csr_schema (version) VALUES (%1)")
                       .arg(TeamSchema::CurrentVersion + 1)));
    const QString refused = TeamSchema::migrate(db);
    CHECK(refused.contains(QStringLiteral("newer than this program knows")));
    CHECK(TeamSchema::check(db).contains(QStringLiteral("newer")));
    QString error;
    CHECK(TeamStore::list(db, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("newer")));
    TeamConnection::close(db);
}

TEST_CASE("a database of the previous schema version is upgraded with its report", "[team]")
{
    QSqlDatabase db = freshDatabase(test::PgCluster::shared());
    REQUIRE(TeamSchema::migrate(db, TeamSchema::CurrentVersion - 1).isEmpty());
    // The report as the previous version stored it, written as that version's program did.
    const Document sample = test::loadSample();
    const ReportRows rows = splitDocument(sample);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO csr_reports (name, data) VALUES ('old', CAST(? AS "
                             "jsonb)) RETURNING id"));
    q.addBindValue(TeamStore::jsonText(rows.report.data));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const qint64 report = q.value(0).toLongLong();
    for (const Row &m : rows.metrics) {
        q.prepare(QStringLiteral("INSERT INTO csr_metrics (report_id, position, doc_id, data) "
                                 "VALUES (?, ?, ?, CAST(? AS jsonb))"));
        q.addBindValue(report);
        q.addBindValue(m.position);
        q.addBindValue(m.docId);
        q.addBindValue(TeamStore::jsonText(m.data));
        REQUIRE(q.exec());
    }
    CHECK(TeamSchema::check(db).contains(QStringLiteral("older")));

    REQUIRE(TeamSchema::migrate(db).isEmpty());
    CHECK(TeamSchema::check(db).isEmpty());
    const TeamStore::Loaded loaded = TeamStore::load(db, QStringLiteral("old"));
    INFO(loaded.error.toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded.document.metadata == sample.metadata);
    CHECK(loaded.document.metrics == sample.metrics);
    // Whoever upgraded owns the reports that had no owner before.
    QString error;
    const auto reports = TeamStore::list(db, &error);
    REQUIRE(reports.size() == 1);
    CHECK(reports.first().role == QStringLiteral("owner"));
    TeamConnection::close(db);
}
