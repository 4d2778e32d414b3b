#include "TeamSession.h"
#include "TeamFixture.h"
#include "TeamStore.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace csr;
using namespace csr::team;

namespace {

std::unique_ptr<TeamSession> openAs(test::TeamFixture &f, const QString &person,
                                    const QString &journal)
{
    TeamSession::Options options;
    options.journalPath = journal;
    QString error;
    auto s = TeamSession::open(TeamAddress::parse(f.report(person)), &error, {}, options);
    INFO(error.toStdString());
    REQUIRE(s);
    return s;
}

Block paragraph(const TeamSession &s, const QString &id)
{
    for (const Chapter *c : {s.document().findChapter(QStringLiteral("c6")),
                             s.document().findChapter(QStringLiteral("c16"))})
        for (const Block &b : c->blocks)
            if (b.id == id)
                return b;
    FAIL("no block " << id.toStdString());
    return {};
}

Block withText(Block b, const QString &text)
{
    std::get<Paragraph>(b.content).text = text;
    return b;
}

QString textOf(const Document &doc, const QString &chapter, int block)
{
    return std::get<Paragraph>(doc.findChapter(chapter)->blocks.at(block).content).text;
}

// Runs the event loop until `ready` holds (notifications are delivered by it) or 1 s passed.
bool within1s(const std::function<bool()> &ready)
{
    return QTest::qWaitFor(ready, 1000);
}

Document serverDocument(test::TeamFixture &f)
{
    const auto loaded = TeamStore::load(f.connect(), QStringLiteral("west-2023"));
    REQUIRE(loaded.ok());
    return loaded.document;
}

} // namespace

TEST_CASE("two people editing different chapters at once both keep their edits", "[team]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    auto anna = openAs(f, QStringLiteral("anna"), dir.filePath(QStringLiteral("anna.jsonl")));
    auto bob = openAs(f, QStringLiteral("bob"), dir.filePath(QStringLiteral("bob.jsonl")));
    CHECK(anna->person() == QStringLiteral("anna"));
    CHECK(anna->document() == test::TeamFixture::expectedDocument());

    const EditOutcome a = anna->updateBlock(withText(paragraph(*anna, "b7"), "安娜的段落"));
    const EditOutcome b = bob->updateBlock(withText(paragraph(*bob, "b19"), "鲍勃的段落"));
    CHECK(a.status == EditStatus::Saved);
    CHECK(b.status == EditStatus::Saved);
    CHECK(textOf(anna->document(), "c6", 0) == QStringLiteral("安娜的段落"));

    const Document server = serverDocument(f);
    CHECK(textOf(server, "c6", 0) == QStringLiteral("安娜的段落"));
    CHECK(textOf(server, "c16", 0) == QStringLiteral("鲍勃的段落"));
    // Each sees the other's change without reloading.
    CHECK(within1s([&] { return textOf(anna->document(), "c16", 0) == "鲍勃的段落"; }));
    CHECK(within1s([&] { return textOf(bob->document(), "c6", 0) == "安娜的段落"; }));
    // And the server refuses bob's edit of anna's chapter.
    CHECK(bob->updateBlock(withText(paragraph(*bob, "b7"), "x")).status == EditStatus::Refused);
    CHECK(textOf(serverDocument(f), "c6", 0) == QStringLiteral("安娜的段落"));
}

TEST_CASE("two edits of the same block conflict and both versions can be recovered", "[team]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    // anna edits on two windows (two connections) that do not listen, as if the
    // notification had not arrived yet.
    TeamSession::Options quiet;
    quiet.listen = false;
    quiet.journalPath = dir.filePath(QStringLiteral("one.jsonl"));
    QString error;
    auto one = TeamSession::open(TeamAddress::parse(f.report("anna")), &error, {}, quiet);
    quiet.journalPath = dir.filePath(QStringLiteral("two.jsonl"));
    auto two = TeamSession::open(TeamAddress::parse(f.report("anna")), &error, {}, quiet);
    REQUIRE(one);
    REQUIRE(two);

    REQUIRE(one->updateBlock(withText(paragraph(*one, "b7"), "first")).status == EditStatus::Saved);
    const EditOutcome late = two->updateBlock(withText(paragraph(*two, "b7"), "second"));
    REQUIRE(late.status == EditStatus::Conflict);
    CHECK(late.theirs.toObject().value("text").toString() == QStringLiteral("first"));
    CHECK(late.mine.toObject().value("text").toString() == QStringLiteral("second"));
    CHECK(late.theirVersion == 2);
    // The window now shows theirs; nothing was overwritten on the server.
    CHECK(textOf(two->document(), "c6", 0) == QStringLiteral("first"));
    CHECK(textOf(serverDocument(f), "c6", 0) == QStringLiteral("first"));
    // Keeping mine (or a merge) is a new edit on their version, and succeeds.
    REQUIRE(two->updateBlock(withText(paragraph(*two, "b7"), "first + second")).status ==
            EditStatus::Saved);
    CHECK(textOf(serverDocument(f), "c6", 0) == QStringLiteral("first + second"));
}

TEST_CASE("a change reaches another client within a second, with its presence", "[team]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    auto anna = openAs(f, QStringLiteral("anna"), dir.filePath(QStringLiteral("anna.jsonl")));
    auto rudi = openAs(f, QStringLiteral("rudi"), dir.filePath(QStringLiteral("rudi.jsonl")));
    QSignalSpy changes(rudi.get(), &TeamSession::remoteChange);
    anna->setPresence(QStringLiteral("c6"));

    Metric m = *anna->document().findMetric(
        f.adminValue(QStringLiteral("SELECT m.doc_id FROM csr_metrics m JOIN csr_chapters c ON "
                                    "c.id = m.chapter_id WHERE c.doc_id = 'c7' LIMIT 1"))
            .toString());
    m.value = 777;
    QElapsedTimer clock;
    clock.start();
    REQUIRE(anna->updateMetric(m).status == EditStatus::Saved);
    CHECK(within1s([&] { return rudi->document().findMetric(m.id)->value == 777.0; }));
    CHECK(clock.elapsed() < 1000);
    CHECK(changes.count() >= 1);
    const QList<Presence> annaInC6{{QStringLiteral("anna"), QStringLiteral("c6")}};
    CHECK(within1s([&] { return rudi->presence() == annaInC6; }));
    // A structural change (a new honour) arrives too.
    auto owner = openAs(f, QString(), dir.filePath(QStringLiteral("owner.jsonl")));
    REQUIRE(owner->appendListItem(QStringLiteral("b29"), QStringLiteral("新的荣誉")).ok());
    CHECK(within1s([&] {
        return std::get<ItemList>(rudi->document().findChapter("c27")->blocks.first().content)
                   .items.last() == QStringLiteral("新的荣誉");
    }));
    // A presence not renewed expires; leaving removes it at once.
    anna.reset();
    CHECK(within1s([&] { return rudi->presence().isEmpty(); }));
}

TEST_CASE("edits made while the server is down are journaled and replayed, nothing lost", "[team]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("anna.jsonl"));
    auto anna = openAs(f, QStringLiteral("anna"), journal);
    REQUIRE(anna->updateBlock(withText(paragraph(*anna, "b7"), "before the crash")).status ==
            EditStatus::Saved);

    REQUIRE(f.cluster.crash());
    const EditOutcome during = anna->updateBlock(withText(paragraph(*anna, "b7"), "during"));
    CHECK(during.status == EditStatus::Journaled);
    CHECK_FALSE(anna->isOnline());
    CHECK(anna->updateBlock(withText(paragraph(*anna, "b37"), "also during")).status ==
          EditStatus::Journaled);
    CHECK(anna->updateBlock(withText(paragraph(*anna, "b7"), "during, again")).status ==
          EditStatus::Journaled);
    CHECK(anna->pendingEdits() == 3);
    CHECK(textOf(anna->document(), "c6", 0) == QStringLiteral("during, again"));
    // Structural changes wait for the server.
    CHECK_FALSE(anna->removeBlock(QStringLiteral("b38")).ok());

    QString error;
    CHECK(anna->reconnect(&error).isEmpty()); // still down
    REQUIRE(f.cluster.start());
    const QList<EditOutcome> replayed = anna->reconnect(&error);
    INFO(error.toStdString());
    REQUIRE(replayed.size() == 3);
    for (const EditOutcome &o : replayed)
        CHECK(o.status == EditStatus::Saved);
    CHECK(anna->isOnline());
    CHECK(anna->pendingEdits() == 0);
    const Document server = serverDocument(f);
    CHECK(textOf(server, "c6", 0) == QStringLiteral("during, again"));
    CHECK(textOf(server, "c6", 1) == QStringLiteral("also during"));
}

TEST_CASE("a journal left by a killed client is replayed when the report is opened again", "[team]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("anna.jsonl"));
    {
        auto anna = openAs(f, QStringLiteral("anna"), journal);
        REQUIRE(f.cluster.crash());
        REQUIRE(anna->updateBlock(withText(paragraph(*anna, "b7"), "kept")).status ==
                EditStatus::Journaled);
        REQUIRE(f.cluster.start());
    } // the client goes away without reconnecting
    // Meanwhile the owner changed another block of the chapter: both are kept.
    auto owner = openAs(f, QString(), dir.filePath(QStringLiteral("admin.jsonl")));
    REQUIRE(owner->updateBlock(withText(paragraph(*owner, "b37"), "admin")).ok());

    auto again = openAs(f, QStringLiteral("anna"), journal);
    REQUIRE(again->replayedOnOpen().size() == 1);
    CHECK(again->replayedOnOpen().first().status == EditStatus::Saved);
    CHECK(textOf(serverDocument(f), "c6", 0) == QStringLiteral("kept"));
    CHECK(textOf(serverDocument(f), "c6", 1) == QStringLiteral("admin"));
}

TEST_CASE("undo takes back this person's own edits only, under the version rule", "[team]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    auto anna = openAs(f, QStringLiteral("anna"), dir.filePath(QStringLiteral("anna.jsonl")));
    auto owner = openAs(f, QString(), dir.filePath(QStringLiteral("owner.jsonl")));
    const QString original = textOf(anna->document(), "c6", 0);
    CHECK_FALSE(anna->canUndo());

    REQUIRE(anna->updateBlock(withText(paragraph(*anna, "b7"), "anna 1")).ok());
    REQUIRE(owner->updateBlock(withText(paragraph(*owner, "b37"), "owner's")).ok());
    REQUIRE(anna->updateBlock(withText(paragraph(*anna, "b38"), "anna 2")).ok());
    // Undo walks back anna's edits; the owner's stays.
    REQUIRE(anna->undo().status == EditStatus::Saved);
    REQUIRE(anna->undo().status == EditStatus::Saved);
    CHECK_FALSE(anna->canUndo());
    const Document server = serverDocument(f);
    CHECK(textOf(server, "c6", 0) == original);
    CHECK(textOf(server, "c6", 1) == QStringLiteral("owner's"));
    CHECK(textOf(server, "c6", 2) == textOf(test::loadSample(), "c6", 2));
    CHECK(textOf(anna->document(), "c6", 0) == original);

    // An undo of a row someone changed since is a conflict: theirs is kept.
    REQUIRE(anna->updateBlock(withText(paragraph(*anna, "b7"), "anna 3")).ok());
    REQUIRE(owner->reload().isEmpty());
    REQUIRE(owner->updateBlock(withText(paragraph(*owner, "b7"), "owner over anna")).ok());
    const EditOutcome late = anna->undo();
    CHECK(late.status == EditStatus::Conflict);
    CHECK(late.theirs.toObject().value("text").toString() == QStringLiteral("owner over anna"));
    CHECK(textOf(serverDocument(f), "c6", 0) == QStringLiteral("owner over anna"));
}

TEST_CASE("a presence not renewed (a client that vanished) expires", "[team]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    auto rudi = openAs(f, QStringLiteral("rudi"), dir.filePath(QStringLiteral("rudi.jsonl")));
    // bob's client set its presence 40 s ago and was killed: nobody removed the row.
    QSqlQuery q(f.connect());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO csr_presence (report_id, person, chapter, seen) "
                                  "SELECT id, 'bob', 'c16', now() - interval '40 seconds' FROM "
                                  "csr_reports")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO csr_presence (report_id, person, chapter) SELECT "
                                  "id, 'anna', 'c6' FROM csr_reports")));
    rudi->refreshPresence();
    CHECK(rudi->presence() == QList<Presence>{{QStringLiteral("anna"), QStringLiteral("c6")}});
}
