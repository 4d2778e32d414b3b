#include "Chapter.h"
#include "Document.h"
#include "TestSupport.h"

using namespace csr;

TEST_CASE("Chapter numbers follow the guideline's levels")
{
    CHECK(chapterNumber(0, 0) == QStringLiteral("一、"));
    CHECK(chapterNumber(0, 2) == QStringLiteral("三、"));
    CHECK(chapterNumber(1, 5) == QStringLiteral("（六）"));
    CHECK(chapterNumber(2, 0) == QStringLiteral("1."));
    CHECK(chapterNumber(3, 1) == QStringLiteral("2）"));
    CHECK(chineseNumeral(10) == QStringLiteral("十"));
    CHECK(chineseNumeral(12) == QStringLiteral("十二"));
    CHECK(chineseNumeral(20) == QStringLiteral("二十"));
    CHECK(chineseNumeral(21) == QStringLiteral("二十一"));
}

TEST_CASE("Unnumbered chapters do not advance the numbering")
{
    Chapter notes;
    notes.title = QStringLiteral("报告编写说明");
    notes.numbered = false;
    Chapter a, b;
    a.title = QStringLiteral("公开陈述");
    b.title = QStringLiteral("基本情况");
    Chapter child;
    child.title = QStringLiteral("企业概述");
    b.children = {child};
    QStringList seen;
    forEachChapter({notes, a, b},
                   [&](const ChapterVisit &v) { seen << v.number + v.chapter.title; });
    CHECK(seen == QStringList{QStringLiteral("报告编写说明"), QStringLiteral("一、公开陈述"),
                              QStringLiteral("二、基本情况"), QStringLiteral("（一）企业概述")});
}

TEST_CASE("Content is found in blocks and sub-chapters")
{
    Chapter c;
    CHECK_FALSE(c.hasContent());
    c.blocks = {Block{QStringLiteral("b1"), {}, Paragraph{QStringLiteral("  ")}}};
    CHECK_FALSE(c.hasContent());
    Chapter child;
    child.blocks = {Block{QStringLiteral("b2"), {}, ItemList{{}, {QStringLiteral("荣誉")}}}};
    c.children = {child};
    CHECK(c.hasContent());
}

TEST_CASE("Fresh ids are unique within the document")
{
    const Document doc = test::smallDocument();
    const QString id = makeUniqueId(doc, QStringLiteral("b"));
    CHECK(id == QStringLiteral("b5"));
    CHECK(makeUniqueId(doc, QStringLiteral("c")) == QStringLiteral("c3"));
}

TEST_CASE("Changing a copy's figure or chapter through its lookups leaves the original alone")
{
    // Copies share their lists (undo snapshots, a background export's copy): a change through
    // a mutable lookup must detach, never write into every copy.
    const Document original = test::loadSample();
    Document copy = original;
    Metric *staff = copy.findMetric(QStringLiteral("staff.total"));
    REQUIRE(staff);
    staff->value = 1;
    Chapter *first = copy.findChapter(original.chapters.first().id);
    REQUIRE(first);
    first->title = QStringLiteral("改过的标题");
    CHECK(original.findMetric(QStringLiteral("staff.total"))->value == 1184);
    CHECK(original.chapters.first().title != QStringLiteral("改过的标题"));
    CHECK(copy.findMetric(QStringLiteral("staff.total"))->value == 1);
}

TEST_CASE("One chapter's number is the one forEachChapter gives it")
{
    // The chapter header asks for its number alone; it must agree with the full walk for every
    // chapter of the sample (unnumbered notes, codes, three levels) and its numbering styles.
    Document doc = test::loadSample();
    doc.metadata.numbering = {NumberingStyle::Arabic};
    int checked = 0;
    forEachChapter(doc, [&](const ChapterVisit &v) {
        CHECK(chapterNumberOf(doc, v.chapter.id) == v.number);
        checked += v.number.isEmpty() ? 0 : 1;
    });
    CHECK(checked > 20);
    CHECK(chapterNumberOf(doc, QStringLiteral("no-such-chapter")).isEmpty());
}
