#include "TeamFixture.h"
#include "TeamStore.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace csr;
using namespace csr::team;
using csr::test::rawSql;

namespace {

QString blockText(test::TeamFixture &f, const QString &blockId)
{
    return f
        .adminValue(
            QStringLiteral("SELECT data->>'text' FROM csr_blocks WHERE doc_id = '%1'").arg(blockId))
        .toString();
}

} // namespace

TEST_CASE("an editor's raw SQL changes their own chapter and nobody else's", "[team]")
{
    test::TeamFixture f;
    QSqlDatabase anna = f.connect(QStringLiteral("anna"));
    // b7 is in 理论学习 under 保障员工权益 (anna's); b19 is in 参与社会治理 (bob's).
    const QString before = blockText(f, QStringLiteral("b19"));
    CHECK(rawSql(anna, QStringLiteral("UPDATE csr_blocks SET data = jsonb_set(data, '{text}', "
                                      "'\"anna was here\"') WHERE doc_id = 'b19'")) == 0);
    CHECK(blockText(f, QStringLiteral("b19")) == before);
    CHECK(rawSql(anna, QStringLiteral("UPDATE csr_blocks SET data = jsonb_set(data, '{text}', "
                                      "'\"anna was here\"')")) > 0);
    CHECK(blockText(f, QStringLiteral("b19")) == before);
    CHECK(blockText(f, QStringLiteral("b7")) == QStringLiteral("anna was here"));
    // Nor can she add a block to bob's chapter, move hers there, or delete his.
    CHECK(rawSql(anna, QStringLiteral("INSERT INTO csr_blocks (report_id, chapter_id, position, "
                                      "doc_id, data) SELECT report_id, id, 9, 'b999', "
                                      "'{\"id\":\"b999\",\"type\":\"paragraph\",\"text\":\"x\"}' "
                                      "FROM csr_chapters WHERE doc_id = 'c16'")) == -1);
    CHECK(rawSql(anna, QStringLiteral("UPDATE csr_blocks SET chapter_id = (SELECT id FROM "
                                      "csr_chapters WHERE doc_id = 'c16') WHERE doc_id = 'b7'")) ==
          -1);
    CHECK(rawSql(anna, QStringLiteral("DELETE FROM csr_blocks WHERE doc_id = 'b19'")) == 0);
    CHECK(f.adminValue(QStringLiteral("SELECT count(*) FROM csr_blocks WHERE doc_id = 'b19'"))
              .toInt() == 1);
}

TEST_CASE("an editor changes the figures their chapters own and no others", "[team]")
{
    test::TeamFixture f;
    QSqlDatabase anna = f.connect(QStringLiteral("anna"));
    // Figures of anna's metric tables (员工教育 b9 …) and of bob's (志愿服务 b21).
    const QString annas =
        f.adminValue(QStringLiteral("SELECT m.doc_id FROM csr_metrics m JOIN csr_chapters "
                                    "c ON c.id = m.chapter_id WHERE c.doc_id = 'c7' LIMIT 1"))
            .toString();
    const QString bobs =
        f.adminValue(QStringLiteral("SELECT m.doc_id FROM csr_metrics m JOIN csr_chapters c "
                                    "ON c.id = m.chapter_id WHERE c.doc_id = 'c17' LIMIT 1"))
            .toString();
    REQUIRE(!annas.isEmpty());
    REQUIRE(!bobs.isEmpty());
    const QString set = QStringLiteral("UPDATE csr_metrics SET data = jsonb_set(data, '{value}', "
                                       "'4242'), version = version + 1 WHERE doc_id = '%1'");
    CHECK(rawSql(anna, set.arg(bobs)) == 0);
    CHECK(rawSql(anna, set.arg(annas)) == 1);
}

TEST_CASE("the change log is written by the server: who, when and what, never by a client",
          "[team]")
{
    test::TeamFixture f;
    QSqlDatabase anna = f.connect(QStringLiteral("anna"));
    const QString metric =
        f.adminValue(QStringLiteral("SELECT m.doc_id FROM csr_metrics m JOIN csr_chapters "
                                    "c ON c.id = m.chapter_id WHERE c.doc_id = 'c7' AND "
                                    "m.data ? 'value' LIMIT 1"))
            .toString();
    REQUIRE(!metric.isEmpty());
    const QString oldValue =
        f.adminValue(QStringLiteral("SELECT data->>'value' FROM csr_metrics WHERE doc_id = '%1'")
                         .arg(metric))
            .toString();
    REQUIRE(rawSql(anna, QStringLiteral("UPDATE csr_metrics SET data = jsonb_set(data, "
                                        "'{value}', '4242'), version = version + 1 WHERE doc_id "
                                        "= '%1'")
                             .arg(metric)) == 1);
    QSqlQuery q(f.connect());
    REQUIRE(q.exec(QStringLiteral("SELECT who, data->>'metricId', data->>'field', "
                                  "data->>'before', data->>'after', abs(extract(epoch FROM now() "
                                  "- at)) FROM csr_change_log")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("anna"));
    CHECK(q.value(1).toString() == metric);
    CHECK(q.value(2).toString() == QStringLiteral("value"));
    CHECK(q.value(3).toString() == oldValue);
    CHECK(q.value(4).toString() == QStringLiteral("4242"));
    CHECK(q.value(5).toDouble() < 60);
    CHECK_FALSE(q.next());
    // Writing a record of her own, or one in bob's name, is refused.
    CHECK(rawSql(anna, QStringLiteral("INSERT INTO csr_change_log (report_id, data) SELECT id, "
                                      "'{\"metricId\":\"x\"}' FROM csr_reports")) == -1);
    CHECK(rawSql(anna, QStringLiteral("INSERT INTO csr_change_log (report_id, who, data) SELECT "
                                      "id, 'bob', '{}' FROM csr_reports")) == -1);
    CHECK(rawSql(anna, QStringLiteral("UPDATE csr_change_log SET who = 'bob'")) == -1);
    // And the record reaches the document's history.
    const auto loaded = TeamStore::load(f.connect(), QStringLiteral("west-2023"));
    REQUIRE(loaded.ok());
    REQUIRE(loaded.document.changeLog.size() == 1);
    CHECK(loaded.document.changeLog.first().who == QStringLiteral("anna"));
    CHECK(loaded.document.changeLog.first().after == QStringLiteral("4242"));
}

TEST_CASE("a reviewer sets review status only; a reader changes nothing", "[team]")
{
    test::TeamFixture f;
    QSqlDatabase rita = f.connect(QStringLiteral("rita"));
    // The status changes only by a review step, which records who and when.
    CHECK(rawSql(rita, QStringLiteral("UPDATE csr_chapters SET data = jsonb_set(data, "
                                      "'{status}', '\"needsChanges\"'), version = version + 1 "
                                      "WHERE doc_id = 'c6'")) == -1);
    CHECK(rawSql(rita, QStringLiteral("INSERT INTO csr_review_steps (chapter_id, status) SELECT "
                                      "id, 'needsChanges' FROM csr_chapters WHERE doc_id = "
                                      "'c6'")) == 1);
    CHECK(rawSql(rita, QStringLiteral("UPDATE csr_chapters SET data = jsonb_set(data, '{title}', "
                                      "'\"x\"') WHERE doc_id = 'c6'")) == -1);
    CHECK(rawSql(rita, QStringLiteral("UPDATE csr_blocks SET data = '{}'")) == 0);
    QSqlDatabase rudi = f.connect(QStringLiteral("rudi"));
    for (const char *table : {"csr_reports", "csr_chapters", "csr_blocks", "csr_metrics",
                              "csr_timeline_entries", "csr_list_items"})
        CHECK(rawSql(rudi, QStringLiteral("UPDATE %1 SET version = version + 1")
                               .arg(QLatin1String(table))) == 0);
    CHECK(f.adminValue(QStringLiteral("SELECT data->>'status' FROM csr_chapters WHERE doc_id = "
                                      "'c6'"))
              .toString() == QStringLiteral("needsChanges"));
    // Someone who is no member sees nothing at all.
    f.cluster.createLogin(QStringLiteral("mallory"));
    QSqlQuery q(f.connect(QStringLiteral("mallory")));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM csr_blocks")));
}
