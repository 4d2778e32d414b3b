#include "PrintedText.h"
#include "LayoutEngine.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

using namespace csr;
using namespace csr::print;
using namespace csr::test;

namespace {

QString allText(const PageLayout &layout)
{
    QString s;
    for (const Page &page : layout.pages)
        for (const Primitive &p : page.primitives)
            if (const auto *t = std::get_if<TextRun>(&p))
                s += t->text;
    return s;
}

} // namespace

TEST_CASE("printed text: a missing value shows as a placeholder, a masked one as **",
          "[print][layout]")
{
    Document doc = smallDocument();
    doc.metrics = {Metric{QStringLiteral("empty.secret"),
                          QStringLiteral("收入"),
                          std::nullopt,
                          QStringLiteral("亿元"),
                          std::nullopt,
                          {},
                          true,
                          -1},
                   Metric{QStringLiteral("known"),
                          QStringLiteral("员工"),
                          12,
                          QStringLiteral("人"),
                          std::nullopt,
                          {},
                          false,
                          -1}};
    const QString text = QStringLiteral("累计完成{{empty.secret}}亿元，员工{{known}}人。");
    CHECK(PrintedText::resolve(text, doc, Edition::Internal) ==
          QStringLiteral("累计完成（未填）亿元，员工12人。"));
    CHECK(PrintedText::resolve(text, doc, Edition::Public) ==
          QStringLiteral("累计完成**亿元，员工12人。"));
    CHECK(PrintedText::value(doc.metrics[0], Edition::Internal) == QStringLiteral("（未填）"));
    CHECK(PrintedText::value(doc.metrics[1], Edition::Internal) == QStringLiteral("12"));
}

TEST_CASE("printed text: an unknown reference shows as a visible marker", "[print][layout]")
{
    const Document doc = smallDocument();
    CHECK(PrintedText::resolve(QStringLiteral("共{{no.such.metric}}项"), doc, Edition::Public) ==
          QStringLiteral("共【?no.such.metric】项"));
}

TEST_CASE("printed text: the sample's internal edition never prints a figure as nothing",
          "[print][layout][sample]")
{
    const QString text = allText(layoutOf(loadSample(), Edition::Internal));
    CHECK(text.contains(QStringLiteral("经营收入累计完成（未填）亿元")));
    CHECK_FALSE(text.contains(QStringLiteral("完成亿元")));
    CHECK_FALSE(text.contains(QStringLiteral("进度%")));
}

TEST_CASE("printed text: characters missing from the report font are named with their place",
          "[print][layout][font]")
{
    Document doc = printDocument();
    // 𪚥 (U+2A6A5, outside the BMP) is not in WenQuanYi Micro Hei; 龍 is.
    Chapter &statement = doc.chapters[1];
    statement.blocks.insert(
        1, Block{QStringLiteral("rare"), {}, Paragraph{QStringLiteral("四龍为𪚥，𪚥字罕见。")}});
    const PageLayout layout = layoutOf(doc, Edition::Public);
    REQUIRE(layout.missingCharacters.size() == 1);
    const MissingCharacters &m = layout.missingCharacters.first();
    CHECK(m.characters == QStringLiteral("𪚥"));
    CHECK(m.chapterId == statement.id);
    CHECK(m.blockId == QStringLiteral("rare"));
    CHECK(m.where.contains(QStringLiteral("一、公开陈述")));
    CHECK(m.where.contains(QStringLiteral("2")));
    const bool warned =
        std::any_of(layout.warnings.begin(), layout.warnings.end(), [](const QString &w) {
            return w.contains(QStringLiteral("𪚥")) && w.contains(QStringLiteral("一、公开陈述"));
        });
    CHECK(warned);

    CHECK(layoutOf(printDocument()).missingCharacters.isEmpty());
    CHECK(layoutOf(loadSample()).missingCharacters.isEmpty());
}

TEST_CASE("printed text: a unit name the font cannot draw is named too", "[print][layout][font]")
{
    // The unit's name prints on the cover and in every running header, outside any chapter.
    Document doc = printDocument();
    doc.metadata.unitName += QStringLiteral("𪚥");
    const PageLayout layout = layoutOf(doc, Edition::Public);
    // Named for the report details; the statement's signature block, which prints the unit's
    // name as well, is named on its own.
    const auto details =
        std::find_if(layout.missingCharacters.begin(), layout.missingCharacters.end(),
                     [](const MissingCharacters &m) { return m.chapterId.isEmpty(); });
    REQUIRE(details != layout.missingCharacters.end());
    CHECK(details->characters == QStringLiteral("𪚥"));
    CHECK(details->where.contains(QStringLiteral("unit")));
}
