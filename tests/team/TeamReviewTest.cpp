// The review of a team report (issue 11): steps, comments, explanations and evidence stored on
// the server, the workflow's rights enforced by it (tried with raw SQL as each person too).
#include "CliRun.h"
#include "ReviewWorkflow.h"
#include "TeamFixture.h"
#include "TeamSession.h"
#include "TeamStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace csr;
using namespace csr::team;
using csr::test::rawSql;

namespace {

struct People
{
    explicit People(test::TeamFixture &f)
    {
        anna = open(f, QStringLiteral("anna"));
        rita = open(f, QStringLiteral("rita"));
    }
    std::unique_ptr<TeamSession> open(test::TeamFixture &f, const QString &person)
    {
        TeamSession::Options options;
        options.journalPath = dir.filePath(person + QStringLiteral(".jsonl"));
        QString error;
        auto s = TeamSession::open(TeamAddress::parse(f.report(person)), &error, {}, options);
        INFO(error.toStdString());
        REQUIRE(s);
        return s;
    }
    QTemporaryDir dir;
    std::unique_ptr<TeamSession> anna, rita;
};

ChapterStatus statusOf(const TeamSession &s, const char *chapter)
{
    return s.document().findChapter(QString::fromLatin1(chapter))->status;
}

QString serverStatus(test::TeamFixture &f, const char *chapter)
{
    return f
        .adminValue(QStringLiteral("SELECT data->>'status' FROM csr_chapters WHERE doc_id = '%1'")
                        .arg(QLatin1String(chapter)))
        .toString();
}

Block withText(const TeamSession &s, const QString &id, const QString &text)
{
    for (const Block &b : s.document().findChapter(QStringLiteral("c6"))->blocks)
        if (b.id == id) {
            Block changed = b;
            std::get<Paragraph>(changed.content).text = text;
            return changed;
        }
    FAIL("no block " << id.toStdString());
    return {};
}

// The sample's chapters are approved without a record; the reviewer returns c6 first, so
// the tests start from a recorded step, and anna fixes and submits it.
void returnAndSubmit(People &p)
{
    const EditOutcome returned =
        p.rita->returnChapter(QStringLiteral("c6"), QStringLiteral("写具体一些"));
    INFO(returned.message.toStdString());
    REQUIRE(returned.status == EditStatus::Saved);
    REQUIRE(p.anna->reload().isEmpty());
    REQUIRE(p.anna->updateBlock(withText(*p.anna, QStringLiteral("b7"), QStringLiteral("改好了")))
                .ok());
    REQUIRE(p.anna->submitChapter(QStringLiteral("c6")).status == EditStatus::Saved);
    REQUIRE(p.rita->reload().isEmpty());
}

QString annasMetric(test::TeamFixture &f)
{
    return f
        .adminValue(QStringLiteral("SELECT m.doc_id FROM csr_metrics m JOIN csr_chapters c ON "
                                   "c.id = m.chapter_id WHERE c.doc_id IN ('c7', 'c8', 'c9') "
                                   "ORDER BY m.id LIMIT 1"))
        .toString();
}

} // namespace

TEST_CASE("a reviewer approves a chapter; an editor may not, through the client or psql",
          "[team][review]")
{
    test::TeamFixture f;
    People p(f);
    CHECK(p.anna->role() == QStringLiteral("editor"));
    CHECK(p.rita->role() == QStringLiteral("reviewer"));
    returnAndSubmit(p);
    CHECK(statusOf(*p.anna, "c6") == ChapterStatus::Submitted);
    CHECK(serverStatus(f, "c6") == QStringLiteral("submitted"));

    // The editor is refused by the client, and by the server when she skips the client.
    const EditOutcome mine = p.anna->approveChapter(QStringLiteral("c6"));
    CHECK(mine.status == EditStatus::Refused);
    CHECK(mine.message.contains(QStringLiteral("Only a reviewer")));
    QSqlDatabase anna = f.connect(QStringLiteral("anna"));
    CHECK(rawSql(anna, QStringLiteral("INSERT INTO csr_review_steps (chapter_id, status) SELECT "
                                      "id, 'approved' FROM csr_chapters WHERE doc_id = 'c6'")) ==
          -1);
    CHECK(rawSql(anna, QStringLiteral("UPDATE csr_chapters SET data = jsonb_set(data, "
                                      "'{status}', '\"approved\"') WHERE doc_id = 'c6'")) == -1);
    // Nor may a reviewer approve what nobody submitted (c16 went back to bob).
    QSqlDatabase rita = f.connect(QStringLiteral("rita"));
    REQUIRE(rawSql(rita, QStringLiteral("INSERT INTO csr_review_steps (chapter_id, status) "
                                        "SELECT id, 'needsChanges' FROM csr_chapters WHERE "
                                        "doc_id = 'c16'")) == 1);
    CHECK(rawSql(rita, QStringLiteral("INSERT INTO csr_review_steps (chapter_id, status) SELECT "
                                      "id, 'approved' FROM csr_chapters WHERE doc_id = 'c16'")) ==
          -1);
    CHECK(serverStatus(f, "c6") == QStringLiteral("submitted"));

    const EditOutcome approved = p.rita->approveChapter(QStringLiteral("c6"));
    INFO(approved.message.toStdString());
    REQUIRE(approved.status == EditStatus::Saved);
    CHECK(statusOf(*p.rita, "c6") == ChapterStatus::Approved);
    CHECK(serverStatus(f, "c6") == QStringLiteral("approved"));
    const ReviewStep *step = p.rita->document().review.lastStep(QStringLiteral("c6"));
    REQUIRE(step);
    CHECK(step->who == QStringLiteral("rita"));
    CHECK(step->status == ChapterStatus::Approved);
    CHECK(step->fingerprint ==
          ReviewWorkflow::fingerprint(p.rita->document(),
                                      *p.rita->document().findChapter(QStringLiteral("c6"))));
    CHECK(std::abs(step->when.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // The history: returned, submitted, approved, each by whom the server saw.
    QStringList history;
    for (const ReviewStep &s :
         TeamStore::load(f.connect(), QStringLiteral("west-2023")).document.review.history)
        if (s.chapterId == QStringLiteral("c6"))
            history << s.who + QLatin1Char(':') + chapterStatusName(s.status);
    CHECK(history == QStringList{"rita:needsChanges", "anna:submitted", "rita:approved"});
    // A reader takes no step; nobody writes a step in another's name or time.
    QSqlDatabase rudi = f.connect(QStringLiteral("rudi"));
    CHECK(rawSql(rudi, QStringLiteral("INSERT INTO csr_review_steps (chapter_id, status) SELECT "
                                      "id, 'needsChanges' FROM csr_chapters WHERE doc_id = "
                                      "'c6'")) == -1);
    REQUIRE(rawSql(rita, QStringLiteral("INSERT INTO csr_review_steps (chapter_id, status, who, "
                                        "at) SELECT id, 'needsChanges', 'anna', '2001-01-01' "
                                        "FROM csr_chapters WHERE doc_id = 'c6'")) == 1);
    CHECK(f.adminValue(QStringLiteral("SELECT who || ' ' || (at > now() - interval '1 hour') "
                                      "FROM csr_review_steps ORDER BY id DESC LIMIT 1"))
              .toString() == QStringLiteral("rita true"));
    CHECK(rawSql(rita, QStringLiteral("DELETE FROM csr_review_steps")) == -1);
}

TEST_CASE("editing an approved chapter returns it to draft, in the editor's name", "[team][review]")
{
    test::TeamFixture f;
    People p(f);
    returnAndSubmit(p);
    REQUIRE(p.rita->approveChapter(QStringLiteral("c6")).status == EditStatus::Saved);
    REQUIRE(p.anna->reload().isEmpty());
    REQUIRE(statusOf(*p.anna, "c6") == ChapterStatus::Approved);

    QSignalSpy review(p.rita.get(), &TeamSession::reviewChanged);
    REQUIRE(p.anna->updateBlock(withText(*p.anna, QStringLiteral("b7"), QStringLiteral("再改")))
                .status == EditStatus::Saved);
    CHECK(serverStatus(f, "c6") == QStringLiteral("draft"));
    CHECK(statusOf(*p.anna, "c6") == ChapterStatus::Draft);
    const ReviewStep *step = p.anna->document().review.lastStep(QStringLiteral("c6"));
    REQUIRE(step);
    CHECK(step->status == ChapterStatus::Draft);
    CHECK(step->who == QStringLiteral("anna"));
    CHECK(step->reason == QStringLiteral("edited after approval"));
    // The reviewer's window learns it by notification.
    CHECK(QTest::qWaitFor([&] { return statusOf(*p.rita, "c6") == ChapterStatus::Draft; }, 1000));
    CHECK(review.count() >= 1);

    // The same when the edit comes from psql.
    REQUIRE(p.anna->submitChapter(QStringLiteral("c6")).ok());
    REQUIRE(p.rita->reload().isEmpty());
    REQUIRE(p.rita->approveChapter(QStringLiteral("c6")).ok());
    CHECK(rawSql(f.connect(QStringLiteral("anna")),
                 QStringLiteral("UPDATE csr_blocks SET data = jsonb_set(data, '{text}', "
                                "'\"psql\"') WHERE doc_id = 'b37'")) == 1);
    CHECK(serverStatus(f, "c6") == QStringLiteral("draft"));
    // A change that is no content (who is assigned) leaves an approval alone.
    REQUIRE(p.anna->reload().isEmpty());
    REQUIRE(p.anna->submitChapter(QStringLiteral("c6")).ok());
    REQUIRE(p.rita->reload().isEmpty());
    REQUIRE(p.rita->approveChapter(QStringLiteral("c6")).ok());
    CHECK(rawSql(f.connect(), QStringLiteral("UPDATE csr_chapters SET data = jsonb_set(data, "
                                             "'{assignee}', '\"bob\"') WHERE doc_id = 'c6'")) == 1);
    CHECK(serverStatus(f, "c6") == QStringLiteral("approved"));
}

TEST_CASE("a comment goes between two windows with a notification; only its author changes it",
          "[team][review]")
{
    test::TeamFixture f;
    People p(f);
    const CommentAnchor anchor{AnchorKind::Chapter, QStringLiteral("c6"), {}, {}, 0, {}};
    const EditOutcome opened = p.rita->addThread(anchor, QStringLiteral("数字对吗？"));
    INFO(opened.message.toStdString());
    REQUIRE(opened.status == EditStatus::Saved);
    CHECK(opened.docId == QStringLiteral("t1"));

    QSignalSpy review(p.anna.get(), &TeamSession::reviewChanged);
    REQUIRE(QTest::qWaitFor([&] { return p.anna->document().review.findThread("t1"); }, 1000));
    CHECK(review.count() >= 1);
    const CommentThread *t = p.anna->document().review.findThread(QStringLiteral("t1"));
    CHECK(t->anchor == anchor);
    REQUIRE(t->comments.size() == 1);
    CHECK(t->comments.first().author == QStringLiteral("rita"));
    CHECK(t->comments.first().text == QStringLiteral("数字对吗？"));

    REQUIRE(p.anna->reply(QStringLiteral("t1"), QStringLiteral("对，已核实")).ok());
    REQUIRE(p.anna->setResolved(QStringLiteral("t1"), true).ok());
    CHECK(QTest::qWaitFor(
        [&] {
            const CommentThread *r = p.rita->document().review.findThread(QStringLiteral("t1"));
            return r && r->comments.size() == 2 && r->resolved;
        },
        1000));
    const CommentThread *seen = p.rita->document().review.findThread(QStringLiteral("t1"));
    CHECK(seen->resolvedBy == QStringLiteral("anna"));
    CHECK(seen->comments.at(1).author == QStringLiteral("anna"));

    // Her own words only: by the client and by the server.
    CHECK(p.anna->editComment(QStringLiteral("t1"), 0, QStringLiteral("x")).status ==
          EditStatus::Refused);
    CHECK(p.anna->deleteComment(QStringLiteral("t1"), 0).status == EditStatus::Refused);
    QSqlDatabase anna = f.connect(QStringLiteral("anna"));
    CHECK(rawSql(anna, QStringLiteral("UPDATE csr_comments SET text = 'x' WHERE author = "
                                      "'rita'")) == 0);
    CHECK(rawSql(anna, QStringLiteral("DELETE FROM csr_comments WHERE author = 'rita'")) == 0);
    CHECK(rawSql(anna, QStringLiteral("UPDATE csr_comments SET author = 'rita'")) == -1);
    CHECK(rawSql(anna, QStringLiteral("DELETE FROM csr_comment_threads")) == 0);
    CHECK(rawSql(anna, QStringLiteral("INSERT INTO csr_comments (thread_id, author, text) SELECT "
                                      "id, 'bob', 'in bob''s name' FROM csr_comment_threads")) ==
          1);
    CHECK(f.adminValue(QStringLiteral("SELECT author FROM csr_comments ORDER BY id DESC LIMIT 1"))
              .toString() == QStringLiteral("anna"));
    // A place the program could not read is refused, so nobody can make the report unreadable.
    CHECK(rawSql(anna, QStringLiteral("INSERT INTO csr_comment_threads (report_id, doc_id, "
                                      "anchor) SELECT id, '', '{\"kind\":\"everywhere\"}' FROM "
                                      "csr_reports")) == -1);
    CHECK(rawSql(anna, QStringLiteral("INSERT INTO csr_comment_threads (report_id, doc_id, "
                                      "anchor) SELECT id, '', '{\"kind\":\"textRange\", "
                                      "\"position\": 1.5}' FROM csr_reports")) == -1);
    // A reader replies too; the author edits and deletes her own.
    CHECK(rawSql(f.connect(QStringLiteral("rudi")),
                 QStringLiteral("INSERT INTO csr_comments (thread_id, text) SELECT id, '+1' FROM "
                                "csr_comment_threads")) == 1);
    REQUIRE(p.rita->reload().isEmpty());
    CHECK(p.rita->editComment(QStringLiteral("t1"), 0, QStringLiteral("这个数字对吗？")).ok());
    CHECK(p.anna->deleteComment(QStringLiteral("t1"), 1).ok());

    // What the server holds reads back as the same record in every window.
    REQUIRE(p.anna->reload().isEmpty());
    const Document server = TeamStore::load(f.connect(), QStringLiteral("west-2023")).document;
    CHECK(server.review.threads == p.anna->document().review.threads);
    REQUIRE(server.review.threads.size() == 1);
    CHECK(server.review.threads.first().comments.size() == 3);
    CHECK(server.review.threads.first().comments.first().text == QStringLiteral("这个数字对吗？"));
}

TEST_CASE("evidence is stored with its hash; the size limit holds in the client and the server",
          "[team][review]")
{
    test::TeamFixture f;
    People p(f);
    const QString metric = annasMetric(f);
    REQUIRE(!metric.isEmpty());
    const QByteArray csv = QByteArrayLiteral("月份,用电量\n1,4200\n2,3900\n");
    const EditOutcome added = p.anna->attachEvidence(metric, QStringLiteral("meter.csv"), csv);
    INFO(added.message.toStdString());
    REQUIRE(added.status == EditStatus::Saved);
    CHECK(added.docId == QStringLiteral("e1"));
    REQUIRE(p.anna->document().evidence.size() == 1);
    const Evidence e = p.anna->document().evidence.first();
    CHECK(e.sha256 == sha256Hex(csv));
    CHECK(e.addedBy == QStringLiteral("anna"));
    CHECK(
        f.adminValue(QStringLiteral("SELECT sha256 || ' ' || size FROM csr_evidence")).toString() ==
        sha256Hex(csv) + QStringLiteral(" ") + QString::number(csv.size()));

    const QByteArray big(EvidenceLimits::MaxFileBytes + 1, 'x');
    const EditOutcome tooBig = p.anna->attachEvidence(metric, QStringLiteral("scan.pdf"), big);
    CHECK(tooBig.status == EditStatus::Refused);
    CHECK(tooBig.message.contains(QStringLiteral("at most")));
    // The server's CHECKs: the size, and a hash that does not fit the bytes.
    QSqlDatabase anna = f.connect(QStringLiteral("anna"));
    const QString insert =
        QStringLiteral("INSERT INTO csr_evidence (report_id, doc_id, metric_id, name, data, "
                       "sha256) SELECT report_id, '', id, 'x', %1, %2 FROM csr_metrics WHERE "
                       "doc_id = '%3'");
    CHECK(rawSql(anna, insert.arg(QStringLiteral("decode(repeat('00', 8388609), 'hex')"),
                                  QStringLiteral("encode(sha256(decode(repeat('00', 8388609), "
                                                 "'hex')), 'hex')"),
                                  metric)) == -1);
    CHECK(rawSql(anna, insert.arg(QStringLiteral("'abc'::bytea"),
                                  QStringLiteral("'%1'").arg(sha256Hex("abd")), metric)) == -1);
    CHECK(rawSql(anna, insert.arg(QStringLiteral("'abc'::bytea"),
                                  QStringLiteral("'%1'").arg(sha256Hex("abc")), metric)) == 1);
    // bob may not attach proof to anna's figure, nor take hers away.
    QSqlDatabase bob = f.connect(QStringLiteral("bob"));
    CHECK(rawSql(bob, insert.arg(QStringLiteral("'abc'::bytea"),
                                 QStringLiteral("'%1'").arg(sha256Hex("abc")), metric)) == -1);
    CHECK(rawSql(bob, QStringLiteral("DELETE FROM csr_evidence")) == 0);

    // The other window reads the files, byte for byte.
    const auto loaded = TeamStore::load(f.connect(QStringLiteral("rita")), "west-2023");
    REQUIRE(loaded.ok());
    REQUIRE(loaded.document.evidence.size() == 2);
    CHECK(loaded.document.evidence.first() == e);
    CHECK(loaded.document.evidence.at(1).data == QByteArray("abc"));
    CHECK(p.anna->removeEvidence(QStringLiteral("e1")).ok());
    CHECK(f.adminValue(QStringLiteral("SELECT count(*) FROM csr_evidence")).toInt() == 1);
}

TEST_CASE("an explanation of a figure is the editor's; csrstudio review reads a team report",
          "[team][review][cli]")
{
    test::TeamFixture f;
    People p(f);
    const QString metric = annasMetric(f);
    REQUIRE(p.anna->explainFigure(metric, QStringLiteral("新建了食堂")).ok());
    CHECK(p.anna->document().review.explanations.value(metric).who == QStringLiteral("anna"));
    CHECK(rawSql(f.connect(QStringLiteral("bob")),
                 QStringLiteral("UPDATE csr_explanations SET text = 'x'")) == 0);
    const EditOutcome notHers = p.rita->explainFigure(metric, QStringLiteral("x"));
    INFO(notHers.message.toStdString());
    CHECK(notHers.status == EditStatus::Refused);
    CHECK(p.rita->isOnline());

    returnAndSubmit(p);
    auto run = test::runCsrstudio({"review", f.report(QStringLiteral("rudi"))});
    INFO(run.err.toStdString() << run.out.toStdString());
    CHECK(run.out.contains(QStringLiteral("submitted by anna")));
    // An open comment holds back the signature, named with its place.
    REQUIRE(p.rita
                ->addThread({AnchorKind::Chapter, QStringLiteral("c6"), {}, {}, 0, {}},
                            QStringLiteral("还差一段"))
                .ok());
    run = test::runCsrstudio({"review", f.report(QStringLiteral("rudi"))});
    CHECK(run.code == 1);
    CHECK(run.out.contains(QStringLiteral("rita")));
    CHECK(run.out.contains(QStringLiteral("还差一段")));
    CHECK(run.out.contains(QStringLiteral("Sign-off is blocked")));
}

TEST_CASE("sign-off overrides and tolerances are the owner's, kept in the report row",
          "[team][review]")
{
    test::TeamFixture f;
    People p(f);
    auto owner = p.open(f, QString());
    CHECK(owner->role() == QStringLiteral("owner"));
    ReviewRecord review = owner->document().review;
    review.tolerancePercent = 20;
    review.overrides.append({owner->person(),
                             QDateTime(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC),
                             QStringLiteral("审计已完成"),
                             {QStringLiteral("理论学习")}});
    CHECK(p.rita->updateReviewSettings(review).status == EditStatus::Refused);
    REQUIRE(owner->updateReviewSettings(review).status == EditStatus::Saved);
    const Document server = TeamStore::load(f.connect(), QStringLiteral("west-2023")).document;
    CHECK(server.review.overrides == review.overrides);
    CHECK(server.review.tolerancePercent == 20);
}
