#include "References.h"
#include "TestSupport.h"

using namespace csr;

TEST_CASE("References are found with their positions")
{
    const QString text = QStringLiteral("共 {{staff.total}} 人，{{ party.members }} 名党员");
    const auto refs = findReferences(text);
    REQUIRE(refs.size() == 2);
    CHECK(refs[0].metricId == QStringLiteral("staff.total"));
    CHECK(text.mid(refs[0].start, refs[0].length) == QStringLiteral("{{staff.total}}"));
    CHECK(refs[1].metricId == QStringLiteral("party.members"));
    CHECK(findReferences(QStringLiteral("no {braces} here {{}}")).isEmpty());
}

TEST_CASE("References resolve per edition")
{
    const Document doc = test::smallDocument();
    const QString text = QStringLiteral("全口径员工 {{staff.total}} 人，收入 {{revenue}} 亿元。");
    const auto pub = resolveReferences(text, doc, Edition::Public);
    CHECK(pub.text == QStringLiteral("全口径员工 1184 人，收入 ** 亿元。"));
    CHECK(pub.unknownIds.isEmpty());
    const auto internal = resolveReferences(text, doc, Edition::Internal);
    CHECK(internal.text == QStringLiteral("全口径员工 1184 人，收入 12.5 亿元。"));
}

TEST_CASE("Unknown references stay visible and are reported")
{
    const Document doc = test::smallDocument();
    const auto r =
        resolveReferences(QStringLiteral("A {{nope}} B {{staff.total}}"), doc, Edition::Public);
    CHECK(r.text == QStringLiteral("A {{nope}} B 1184"));
    CHECK(r.unknownIds == QStringList{QStringLiteral("nope")});
}

TEST_CASE("A changed metric changes every sentence that quotes it")
{
    Document doc = test::smallDocument();
    doc.findMetric(QStringLiteral("staff.total"))->value = 1200;
    const QString text = QStringLiteral("{{staff.total}}/{{staff.total}}");
    CHECK(resolveReferences(text, doc, Edition::Public).text == QStringLiteral("1200/1200"));
}
