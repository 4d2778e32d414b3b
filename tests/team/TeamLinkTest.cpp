#include "TeamLink.h"
#include "EditParagraphCommand.h"
#include "ImportReviewCommand.h"
#include "ReportSession.h"
#include "ReviewCommands.h"
#include "ReviewWorkflow.h"
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

TEST_CASE("the Review panel's steps and comments in one window reach the server and the other",
          "[team][ui][review]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    Window rita(f, QStringLiteral("rita"), dir.filePath(QStringLiteral("r.jsonl")));
    Window anna(f, QStringLiteral("anna"), dir.filePath(QStringLiteral("a.jsonl")));
    // In a team report the login takes the steps, and the server's role says who reviews.
    CHECK(rita.editor.reviewAuthor() == QStringLiteral("rita"));
    CHECK(rita.editor.reviewPolicy()->mayReview(QStringLiteral("rita")));
    CHECK_FALSE(anna.editor.reviewPolicy()->mayReview(QStringLiteral("anna")));

    // rita returns 理论学习 as the Review panel does: a step on a copy, pushed as a command.
    Document doc = rita.editor.document();
    REQUIRE(ReviewWorkflow::returnForChanges(
                doc, QStringLiteral("c6"), *rita.editor.reviewPolicy(), rita.editor.reviewAuthor(),
                QDateTime::currentDateTimeUtc(), QStringLiteral("再具体些"))
                .ok());
    rita.editor.undoStack()->push(new ui::ReviewCommand(&rita.editor, doc, QStringLiteral("r")));
    CHECK(f.adminValue(QStringLiteral("SELECT data->>'status' FROM csr_chapters WHERE doc_id = "
                                      "'c6'"))
              .toString() == QStringLiteral("needsChanges"));
    CHECK(QTest::qWaitFor(
        [&] {
            return anna.editor.document().findChapter(QStringLiteral("c6"))->status ==
                   ChapterStatus::NeedsChanges;
        },
        1000));
    const ReviewStep *step = anna.editor.document().review.lastStep(QStringLiteral("c6"));
    REQUIRE(step);
    CHECK(step->who == QStringLiteral("rita"));
    CHECK(step->reason == QStringLiteral("再具体些"));

    // anna answers with a comment; it reaches rita's window.
    doc = anna.editor.document();
    CommentThread t;
    t.id = QStringLiteral("t1");
    t.anchor = {AnchorKind::Chapter, QStringLiteral("c6"), {}, {}, 0, {}};
    t.comments = {
        {QStringLiteral("anna"), QDateTime::currentDateTimeUtc(), QStringLiteral("改好了")}};
    doc.review.threads.append(t);
    anna.editor.undoStack()->push(new ui::ReviewCommand(&anna.editor, doc, QStringLiteral("c")));
    CHECK(QTest::qWaitFor(
        [&] { return rita.editor.document().review.findThread(QStringLiteral("t1")); }, 1000));
    const CommentThread *seen = rita.editor.document().review.findThread(QStringLiteral("t1"));
    REQUIRE(seen);
    CHECK(seen->comments.first().author == QStringLiteral("anna"));
    CHECK(anna.editor.document().review == rita.editor.document().review);
}

TEST_CASE("what an import left to check is the owner's to accept, and reaches every window",
          "[team][ui]")
{
    test::TeamFixture f;
    QTemporaryDir dir;
    Window owner(f, QString(), dir.filePath(QStringLiteral("o.jsonl")));
    Window anna(f, QStringLiteral("anna"), dir.filePath(QStringLiteral("a.jsonl")));
    ImportReviewItem first, second;
    first.message = QStringLiteral("读入的章节：请与原报告核对。");
    first.location.chapterId = QStringLiteral("c6");
    second = first;
    second.kind = ImportReviewItem::Kind::GuessedLabel;
    owner.editor.undoStack()->push(
        new ui::AcceptImportReviewCommand(&owner.editor, {}, {first, second}));
    CHECK(f.adminValue(QStringLiteral("SELECT jsonb_array_length(data->'importReview') FROM "
                                      "csr_reports"))
              .toInt() == 2);
    CHECK(within1s([&] { return anna.editor.document().importReview.size() == 2; }));

    // An editor's accept is the report's, not a chapter's: the server refuses it, nothing lost.
    QStringList refused;
    QObject::connect(anna.link.get(), &TeamLink::refused,
                     [&](const QString &m) { refused.append(m); });
    anna.editor.undoStack()->push(
        new ui::AcceptImportReviewCommand(&anna.editor, anna.editor.document().importReview, {}));
    CHECK(refused.size() == 1);
    CHECK(anna.editor.document().importReview.size() == 2);

    // The owner accepts one: gone on the server and in the other window.
    owner.editor.undoStack()->push(new ui::AcceptImportReviewCommand(
        &owner.editor, owner.editor.document().importReview, {second}));
    CHECK(f.adminValue(QStringLiteral("SELECT jsonb_array_length(data->'importReview') FROM "
                                      "csr_reports"))
              .toInt() == 1);
    CHECK(within1s([&] { return anna.editor.document().importReview == QList{second}; }));
}
