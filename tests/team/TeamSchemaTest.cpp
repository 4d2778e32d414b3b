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

namespace {

// The sample with a review record and an evidence file, as a reviewer left it in a file.
Document reviewedSample()
{
    Document doc = test::loadSample();
    const QDateTime when(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    doc.findChapter(QStringLiteral("c6"))->status = ChapterStatus::NeedsChanges;
    doc.review.history = {{QStringLiteral("c6"),
                           ChapterStatus::NeedsChanges,
                           QStringLiteral("李审核"),
                           when,
                           QStringLiteral("写具体一些"),
                           {},
                           {}}};
    const QString metric = doc.metrics.first().id;
    doc.review.explanations.insert(metric,
                                   {QStringLiteral("新建了食堂"), QStringLiteral("朱樱"), when});
    CommentThread t;
    t.id = QStringLiteral("t1");
    t.anchor = {AnchorKind::Metric, QStringLiteral("c3"), {}, metric, 0, {}};
    t.comments = {{QStringLiteral("李审核"), when, QStringLiteral("来源？")},
                  {QStringLiteral("朱樱"), when.addSecs(60), QStringLiteral("见附件")}};
    t.resolved = true;
    t.resolvedBy = QStringLiteral("李审核");
    t.resolvedAt = when.addSecs(120);
    doc.review.threads = {t};
    auto made = EvidenceFactory::make(metric, QStringLiteral("bill.csv"), "a,b\n1,2\n",
                                      QStringLiteral("朱樱"), when, 0);
    REQUIRE(made.ok());
    made.evidence.id = QStringLiteral("e1");
    doc.evidence = {made.evidence};
    return doc;
}

// Writes `doc` as a version 2 program did: the review and evidence inside the report row.
void insertAsVersion2(QSqlDatabase db, const Document &doc)
{
    ReportRows rows = splitDocument(doc);
    QJsonObject data = DocumentFormat::toJsonObject(doc);
    for (const char *key : {"metrics", "chapters", "changeLog"})
        data.remove(QLatin1String(key));
    QSqlQuery q(db);
    const auto exec = [&](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        INFO(sql.toStdString());
        REQUIRE(q.exec());
    };
    exec(QStringLiteral("INSERT INTO csr_reports (name, data) VALUES ('old', CAST(? AS jsonb)) "
                        "RETURNING id"),
         {TeamStore::jsonText(data)});
    REQUIRE(q.next());
    const qint64 report = q.value(0).toLongLong();
    QList<qint64> chapters, blocks;
    const QVariant none(QMetaType(QMetaType::LongLong));
    for (const Row &c : rows.chapters) {
        exec(QStringLiteral("INSERT INTO csr_chapters (report_id, parent_id, position, doc_id, "
                            "data) VALUES (?, ?, ?, ?, CAST(? AS jsonb)) RETURNING id"),
             {report, c.parent ? QVariant(chapters.at(c.parent - 1)) : none, c.position, c.docId,
              TeamStore::jsonText(c.data)});
        REQUIRE(q.next());
        chapters.append(q.value(0).toLongLong());
    }
    for (const Row &b : rows.blocks) {
        exec(QStringLiteral("INSERT INTO csr_blocks (report_id, chapter_id, position, doc_id, "
                            "data) VALUES (?, ?, ?, ?, CAST(? AS jsonb)) RETURNING id"),
             {report, chapters.at(b.parent - 1), b.position, b.docId, TeamStore::jsonText(b.data)});
        REQUIRE(q.next());
        blocks.append(q.value(0).toLongLong());
    }
    for (RowKind kind : {RowKind::TimelineEntry, RowKind::ListItem})
        for (const Row &e : rows.rows(kind))
            exec(QStringLiteral("INSERT INTO %1 (report_id, block_id, position, data) VALUES (?, "
                                "?, ?, CAST(? AS jsonb))")
                     .arg(tableName(kind)),
                 {report, blocks.at(e.parent - 1), e.position, TeamStore::jsonText(e.data)});
    for (const Row &m : rows.metrics)
        exec(QStringLiteral("INSERT INTO csr_metrics (report_id, chapter_id, position, doc_id, "
                            "data) VALUES (?, ?, ?, ?, CAST(? AS jsonb))"),
             {report, m.parent ? QVariant(chapters.at(m.parent - 1)) : none, m.position, m.docId,
              TeamStore::jsonText(m.data)});
}

} // namespace

TEST_CASE("upgrading to version 3 moves a report's review and evidence into their tables",
          "[team][review]")
{
    QSqlDatabase db = freshDatabase(test::PgCluster::shared());
    REQUIRE(TeamSchema::migrate(db, 2).isEmpty());
    const Document doc = reviewedSample();
    REQUIRE(db.transaction()); // as the version 2 program published: one transaction
    insertAsVersion2(db, doc);
    REQUIRE(db.commit());

    REQUIRE(TeamSchema::migrate(db).isEmpty());
    const TeamStore::Loaded loaded = TeamStore::load(db, QStringLiteral("old"));
    INFO(loaded.error.toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded.document.review == doc.review);
    CHECK(loaded.document.evidence == doc.evidence);
    CHECK(loaded.document.chapters == doc.chapters);
    CHECK(loaded.document.metrics == doc.metrics);
    CHECK(loaded.document.changeLog == doc.changeLog);
    CHECK(loaded.document == doc);
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM csr_review_steps), (SELECT count(*) FROM csr_comments), "
        "(SELECT count(*) FROM csr_explanations), (SELECT sha256 FROM csr_evidence), (SELECT "
        "count(*) FROM csr_reports WHERE data ? 'evidence' OR data->'review' ? 'threads')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(q.value(1).toInt() == 2);
    CHECK(q.value(2).toInt() == 1);
    CHECK(q.value(3).toString() == doc.evidence.first().sha256);
    CHECK(q.value(4).toInt() == 0);
    // Published now, the same record goes into the tables and reads back equal.
    const QString published = TeamStore::publish(db, doc, QStringLiteral("new"));
    INFO(published.toStdString());
    REQUIRE(published.isEmpty());
    CHECK(TeamStore::load(db, QStringLiteral("new")).document == doc);
    TeamConnection::close(db);
}
