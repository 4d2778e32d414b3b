#include "ReviewWorkflow.h"
#include "TestSupport.h"

using namespace csr;

namespace {

const QDateTime T0(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);

Document reviewedDocument()
{
    Document doc = test::smallDocument();
    doc.review.reviewers = {QStringLiteral("李审核"), QStringLiteral("Wang Review")};
    doc.review.owner = QStringLiteral("张三");
    return doc;
}

} // namespace

TEST_CASE("A chapter goes draft, submitted, needs changes, submitted, approved, each step recorded")
{
    Document doc = reviewedDocument();
    const FileReviewPolicy policy(doc.review);
    const QString c1 = QStringLiteral("c1");
    REQUIRE(ReviewWorkflow::submit(doc, c1, QStringLiteral("王编辑"), T0).ok());
    CHECK(doc.findChapter(c1)->status == ChapterStatus::Submitted);
    REQUIRE(ReviewWorkflow::returnForChanges(doc, c1, policy, QStringLiteral("李审核"),
                                             T0.addSecs(60), QStringLiteral("数字需核对"))
                .ok());
    CHECK(doc.findChapter(c1)->status == ChapterStatus::NeedsChanges);
    REQUIRE(ReviewWorkflow::submit(doc, c1, QStringLiteral("王编辑"), T0.addSecs(120)).ok());
    REQUIRE(
        ReviewWorkflow::approve(doc, c1, policy, QStringLiteral("李审核"), T0.addSecs(180)).ok());
    CHECK(doc.findChapter(c1)->status == ChapterStatus::Approved);
    CHECK(ReviewWorkflow::effectiveStatus(doc, *doc.findChapter(c1)) == ChapterStatus::Approved);

    REQUIRE(doc.review.history.size() == 4);
    const ReviewStep &returned = doc.review.history[1];
    CHECK(returned.status == ChapterStatus::NeedsChanges);
    CHECK(returned.who == QStringLiteral("李审核"));
    CHECK(returned.when == T0.addSecs(60));
    CHECK(returned.reason == QStringLiteral("数字需核对"));
    CHECK(doc.review.history[3].status == ChapterStatus::Approved);
    CHECK_FALSE(doc.review.history[3].fingerprint.isEmpty());
}

TEST_CASE("Only a reviewer may approve or return, and not what they submitted themselves")
{
    Document doc = reviewedDocument();
    const FileReviewPolicy policy(doc.review);
    const QString c1 = QStringLiteral("c1");
    REQUIRE(ReviewWorkflow::submit(doc, c1, QStringLiteral("Wang Review"), T0).ok());
    const Document before = doc;

    const auto byAuthor = ReviewWorkflow::approve(doc, c1, policy, QStringLiteral("王编辑"), T0);
    CHECK_FALSE(byAuthor.ok());
    CHECK(byAuthor.error.contains(QStringLiteral("Only a reviewer")));
    CHECK_FALSE(
        ReviewWorkflow::returnForChanges(doc, c1, policy, QStringLiteral("王编辑"), T0, {}).ok());
    // A reviewer cannot approve their own submission (names compare case-insensitively).
    const auto own = ReviewWorkflow::approve(doc, c1, policy, QStringLiteral("wang review"), T0);
    CHECK_FALSE(own.ok());
    CHECK(own.error.contains(QStringLiteral("another reviewer")));
    // Without a name nothing is recorded.
    CHECK_FALSE(ReviewWorkflow::submit(doc, QStringLiteral("c2"), QStringLiteral(" "), T0).ok());
    CHECK(doc == before); // refused steps leave the document as it was

    CHECK(ReviewWorkflow::approve(doc, c1, policy, QStringLiteral("李审核"), T0).ok());
    // Approving again, or approving a draft, is refused.
    CHECK_FALSE(ReviewWorkflow::approve(doc, c1, policy, QStringLiteral("李审核"), T0).ok());
    CHECK_FALSE(
        ReviewWorkflow::approve(doc, QStringLiteral("c2"), policy, QStringLiteral("李审核"), T0)
            .ok());
    CHECK(FileReviewPolicy(doc.review).mayOverrideSignOff(QStringLiteral(" 张三 ")));
    CHECK_FALSE(FileReviewPolicy(doc.review).mayOverrideSignOff(QStringLiteral("李审核")));
}

TEST_CASE("Editing an approved chapter makes it a draft again, and saving records why")
{
    Document doc = reviewedDocument();
    const FileReviewPolicy policy(doc.review);
    const QString c2 = QStringLiteral("c2");
    REQUIRE(ReviewWorkflow::submit(doc, c2, QStringLiteral("王编辑"), T0).ok());
    REQUIRE(ReviewWorkflow::approve(doc, c2, policy, QStringLiteral("李审核"), T0).ok());
    CHECK(ReviewWorkflow::settleEdits(doc, QStringLiteral("王编辑"), T0).isEmpty());

    SECTION("a changed figure shown in the chapter's table")
    {
        doc.findMetric(QStringLiteral("staff.total"))->value = 1190;
    }
    SECTION("a changed timeline entry")
    {
        std::get<Timeline>(doc.findChapter(c2)->blocks[0].content).entries[0].title =
            QStringLiteral("春节慰问");
    }
    CHECK(ReviewWorkflow::editedSinceApproval(doc, *doc.findChapter(c2)));
    CHECK(ReviewWorkflow::effectiveStatus(doc, *doc.findChapter(c2)) == ChapterStatus::Draft);
    const QStringList reopened =
        ReviewWorkflow::settleEdits(doc, QStringLiteral("王编辑"), T0.addSecs(5));
    CHECK(reopened == QStringList{QStringLiteral("领导关怀")});
    CHECK(doc.findChapter(c2)->status == ChapterStatus::Draft);
    CHECK(doc.review.history.last().status == ChapterStatus::Draft);
    CHECK(doc.review.history.last().reason == QStringLiteral("edited after approval"));
}

TEST_CASE("Only the blocks changed since approval are named, and a block added since")
{
    Document doc = reviewedDocument();
    const FileReviewPolicy policy(doc.review);
    const QString c2 = QStringLiteral("c2");
    REQUIRE(ReviewWorkflow::submit(doc, c2, QStringLiteral("王编辑"), T0).ok());
    REQUIRE(ReviewWorkflow::approve(doc, c2, policy, QStringLiteral("李审核"), T0).ok());
    CHECK(doc.review.history.last().blockFingerprints.keys() ==
          QStringList{QStringLiteral("b3"), QStringLiteral("b4")});
    CHECK(ReviewWorkflow::blocksChangedSinceApproval(doc, *doc.findChapter(c2)).isEmpty());

    SECTION("a figure shown in the table changes only the table")
    {
        doc.findMetric(QStringLiteral("staff.total"))->value = 1190;
        CHECK(ReviewWorkflow::blocksChangedSinceApproval(doc, *doc.findChapter(c2)) ==
              QStringList{QStringLiteral("b4")});
    }
    SECTION("a new paragraph is changed, the others are not")
    {
        doc.findChapter(c2)->blocks.append(
            Block{QStringLiteral("b9"), {}, Paragraph{QStringLiteral("新增内容")}});
        CHECK(ReviewWorkflow::blocksChangedSinceApproval(doc, *doc.findChapter(c2)) ==
              QStringList{QStringLiteral("b9")});
    }
    SECTION("an approval without block fingerprints (an older file) names none")
    {
        doc.review.history.last().blockFingerprints.clear();
        doc.findMetric(QStringLiteral("staff.total"))->value = 1190;
        CHECK(ReviewWorkflow::editedSinceApproval(doc, *doc.findChapter(c2)));
        CHECK(ReviewWorkflow::blocksChangedSinceApproval(doc, *doc.findChapter(c2)).isEmpty());
    }
}

TEST_CASE("An edit undone restores the approval: a chapter approved before review records stays "
          "approved")
{
    Document doc = reviewedDocument();
    const FileReviewPolicy policy(doc.review);
    REQUIRE(ReviewWorkflow::submit(doc, QStringLiteral("c1"), QStringLiteral("王编辑"), T0).ok());
    REQUIRE(ReviewWorkflow::approve(doc, QStringLiteral("c1"), policy, QStringLiteral("李审核"), T0)
                .ok());
    const Document approved = doc;
    std::get<Paragraph>(doc.findChapter(QStringLiteral("c1"))->blocks[0].content).text +=
        QStringLiteral("补充。");
    CHECK(ReviewWorkflow::effectiveStatus(doc, *doc.findChapter(QStringLiteral("c1"))) ==
          ChapterStatus::Draft);
    doc = approved; // what an undo does
    CHECK(ReviewWorkflow::effectiveStatus(doc, *doc.findChapter(QStringLiteral("c1"))) ==
          ChapterStatus::Approved);

    Document legacy = test::smallDocument();
    legacy.chapters[1].status = ChapterStatus::Approved;
    CHECK(ReviewWorkflow::effectiveStatus(legacy, legacy.chapters[1]) == ChapterStatus::Approved);
}
