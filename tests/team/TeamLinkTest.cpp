#include "TeamLink.h"
#include "EditParagraphCommand.h"
#include "ReportSession.h"
#include "TeamFixture.h"
#include "TeamStore.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace csr;
using namespace csr::team;
using csr::ui::ReportSession;
using csr::ui::TeamLink;

namespace {

// An editor window's session tied to the team report as `person`.
struct Window
{
    Window(test::TeamFixture &f, const QString &person, const QString &journal, bool listen = true)
    {
        TeamSession::Options options;
        options.journalPath = journal;
        options.listen = listen;
        QString error;
        auto team = TeamSession::open(TeamAddress::parse(f.report(person)), &error, {}, options);
        INFO(error.toStdString());
        REQUIRE(team);
        link = std::make_unique<TeamLink>(&editor, std::move(team));
    }
    // Types into a paragraph as the editor does: an undo command.
    void type(const QString &blockId, const QString &text)
    {
        editor.undoStack()->push(new ui::EditParagraphCommand(&editor, *editor.findBlock(blockId),
                                                              text, QStringLiteral("chapter")));
    }
    QString text(const QString &blockId) const
    {
        return std::get<Paragraph>(editor.findBlock(blockId)->content).text;
    }
    ReportSession editor;
    std::unique_ptr<TeamLink> link;
};

QString serverText(test::TeamFixture &f, const QString &blockId)
{
    return f
        .adminValue(
            QStringLiteral("SELECT data->>'text' FROM csr_blocks WHERE doc_id = '%1'").arg(blockId))
        .toString();
}

QString textOf(const Document &doc, const QString &blockId)
{
    for (const Chapter *c : {doc.findChapter(QStringLiteral("c6"))})
        for (const Block &b : c->blocks)
            if (b.id == blockId)
                return std::get<Paragraph>(b.content).text;
    return {};
}

bool within1s(const std::function<bool()> &ready)
{
    return QTest::qWaitFor(ready, 1000);
}

} // namespace

TEST_CASE("two editor windows each change their own chapter and see the other's change",
          "[team][ui]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    Window anna(f, QStringLiteral("anna"), dir.filePath(QStringLiteral("a.jsonl")));
    Window bob(f, QStringLiteral("bob"), dir.filePath(QStringLiteral("b.jsonl")));
    CHECK(anna.editor.document() == test::TeamFixture::expectedDocument());

    anna.type(QStringLiteral("b7"), QStringLiteral("安娜写的"));
    bob.type(QStringLiteral("b19"), QStringLiteral("鲍勃写的"));
    CHECK(serverText(f, QStringLiteral("b7")) == QStringLiteral("安娜写的"));
    CHECK(serverText(f, QStringLiteral("b19")) == QStringLiteral("鲍勃写的"));
    CHECK_FALSE(anna.editor.isModified()); // already on the server
    CHECK(within1s([&] { return anna.text(QStringLiteral("b19")) == "鲍勃写的"; }));
    CHECK(within1s([&] { return bob.text(QStringLiteral("b7")) == "安娜写的"; }));
    // The other's change is not in anyone's undo history: undo takes back one's own edit.
    REQUIRE(anna.editor.undoStack()->count() == 1);
    anna.editor.undoStack()->undo();
    CHECK(serverText(f, QStringLiteral("b7")) == textOf(test::loadSample(), "b7"));
    CHECK(anna.text(QStringLiteral("b19")) == QStringLiteral("鲍勃写的"));
    CHECK(serverText(f, QStringLiteral("b19")) == QStringLiteral("鲍勃写的"));

    // bob may not change anna's chapter: the server refuses, his window shows the server's.
    bob.type(QStringLiteral("b7"), QStringLiteral("x"));
    CHECK(bob.text(QStringLiteral("b7")) == serverText(f, QStringLiteral("b7")));
}

TEST_CASE("a conflict in the editor keeps both versions until the user settles it", "[team][ui]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    Window one(f, QStringLiteral("anna"), dir.filePath(QStringLiteral("1.jsonl")), false);
    Window two(f, QStringLiteral("anna"), dir.filePath(QStringLiteral("2.jsonl")), false);
    QList<EditOutcome> conflicts;
    QObject::connect(two.link.get(), &TeamLink::conflict,
                     [&](const EditOutcome &o) { conflicts.append(o); });
    one.type(QStringLiteral("b7"), QStringLiteral("first"));
    two.type(QStringLiteral("b7"), QStringLiteral("second"));
    REQUIRE(conflicts.size() == 1);
    CHECK(two.text(QStringLiteral("b7")) == QStringLiteral("first")); // theirs, shown
    CHECK(conflicts.first().mine.toObject().value("text").toString() == QStringLiteral("second"));
    REQUIRE(two.link->conflicts().size() == 1);
    // Keeping mine is a new edit on their version.
    CHECK(two.link->settle(conflicts.first(), conflicts.first().mine).status == EditStatus::Saved);
    CHECK(two.link->conflicts().isEmpty());
    CHECK(serverText(f, QStringLiteral("b7")) == QStringLiteral("second"));
    CHECK(two.text(QStringLiteral("b7")) == QStringLiteral("second"));
}

TEST_CASE("an edit a team report cannot take yet is said and undone, not lost silently",
          "[team][ui]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    Window owner(f, QString(), dir.filePath(QStringLiteral("o.jsonl")));
    QStringList messages;
    QObject::connect(owner.link.get(), &TeamLink::refused,
                     [&](const QString &m) { messages.append(m); });
    QList<Metric> metrics = owner.editor.document().metrics;
    Metric added;
    added.id = QStringLiteral("new.figure");
    added.label = QStringLiteral("新指标");
    metrics.append(added);
    owner.editor.applyMetrics(metrics);
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(QStringLiteral("Figures cannot be added")));
    CHECK(owner.editor.document().findMetric(QStringLiteral("new.figure")) == nullptr);
    CHECK(owner.editor.document() == owner.link->team()->document());
}
