#include "CommentAnchoring.h"
#include "TestSupport.h"

using namespace csr;

namespace {

QString &paragraphText(Document &doc)
{
    return std::get<Paragraph>(doc.findChapter(QStringLiteral("c1"))->blocks[0].content).text;
}

CommentAnchor rangeOn(const Document &doc, const QString &words)
{
    const QString text =
        std::get<Paragraph>(doc.findChapter(QStringLiteral("c1"))->blocks[0].content).text;
    return {AnchorKind::TextRange,    QStringLiteral("c1"),
            QStringLiteral("b1"),     {},
            int(text.indexOf(words)), words};
}

} // namespace

TEST_CASE("A comment on words survives edits elsewhere in the paragraph")
{
    Document doc = test::smallDocument();
    const QString words = QStringLiteral("收入");
    const CommentAnchor anchor = rangeOn(doc, words);
    REQUIRE(anchor.position > 0);
    REQUIRE(CommentAnchoring::locate(doc, anchor).anchor.position == anchor.position);

    SECTION("text typed before the words moves them")
    {
        paragraphText(doc).prepend(QStringLiteral("截至年底，"));
        const AnchorPlace place = CommentAnchoring::locate(doc, anchor);
        CHECK(place.found);
        CHECK(place.anchor.position == anchor.position + 5);
        CHECK(paragraphText(doc).mid(place.anchor.position, words.size()) == words);
    }
    SECTION("text typed after the words leaves them")
    {
        paragraphText(doc).append(QStringLiteral("同比增长。"));
        CHECK(CommentAnchoring::locate(doc, anchor).anchor.position == anchor.position);
    }
    SECTION("the same words earlier in the text: the nearer occurrence wins")
    {
        paragraphText(doc).prepend(QStringLiteral("收入稳定。"));
        const AnchorPlace place = CommentAnchoring::locate(doc, anchor);
        CHECK(place.anchor.position == anchor.position + 5);
    }
    SECTION("the words deleted: the place is lost, not guessed, and the chapter stays")
    {
        paragraphText(doc).replace(words, QStringLiteral("营收"));
        const AnchorPlace place = CommentAnchoring::locate(doc, anchor);
        CHECK_FALSE(place.found);
        CHECK(place.chapterFound);
        CHECK(CommentAnchoring::describe(doc, anchor).contains(QStringLiteral("no longer there")));
    }
}

TEST_CASE("Reanchoring stores the new offsets: entries and items are found by their text")
{
    Document doc = test::smallDocument();
    doc.review.threads.append(
        {QStringLiteral("t1"), rangeOn(doc, QStringLiteral("收入")), {}, false, {}, {}});
    doc.review.threads.append({QStringLiteral("t2"),
                               {AnchorKind::TimelineEntry,
                                QStringLiteral("c2"),
                                QStringLiteral("b3"),
                                {},
                                0,
                                QStringLiteral("慰问")},
                               {},
                               false,
                               {},
                               {}});
    paragraphText(doc).prepend(QStringLiteral("一二三"));
    auto &entries =
        std::get<Timeline>(doc.findChapter(QStringLiteral("c2"))->blocks[0].content).entries;
    entries.prepend(TimelineEntry{QDate(2023, 1, 2), QStringLiteral("新年"), {}, {}, {}});
    const int before = doc.review.threads[0].anchor.position;
    CommentAnchoring::reanchorAll(doc);
    CHECK(doc.review.threads[0].anchor.position == before + 3);
    CHECK(doc.review.threads[1].anchor.position == 1);
    CHECK(CommentAnchoring::describe(doc, doc.review.threads[1].anchor) ==
          QStringLiteral("二、领导关怀 › event “慰问”"));
    const CommentAnchor metric{AnchorKind::Metric, {}, {}, QStringLiteral("revenue"), 0, {}};
    CHECK(CommentAnchoring::locate(doc, metric).found);
    CHECK(CommentAnchoring::describe(doc, metric) == QStringLiteral("figure 经营收入 (revenue)"));
}
