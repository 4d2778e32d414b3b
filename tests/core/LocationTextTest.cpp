#include "LocationText.h"
#include "TestSupport.h"
#include "Validator.h"

using namespace csr;

namespace {
const Finding *find(const QList<Finding> &findings, const QString &code)
{
    for (const Finding &f : findings)
        if (f.code == code)
            return &f;
    return nullptr;
}
} // namespace

TEST_CASE("A finding's location reads as chapter, table or timeline, row and field, not ids")
{
    Document doc = test::smallDocument();
    SECTION("an event in a timeline")
    {
        auto &t = std::get<Timeline>(doc.chapters[1].blocks[0].content);
        t.entries.append(TimelineEntry{QDate(2024, 2, 1), QStringLiteral("新春慰问"), {}, {}, {}});
        const auto findings = validate(doc);
        const Finding *w = find(findings, QStringLiteral("event-outside-period"));
        REQUIRE(w);
        const QString where = describeLocation(w->location, doc);
        CHECK(where == QStringLiteral("二、领导关怀 › 领导关怀 › 新春慰问 › date"));
        CHECK_FALSE(where.contains(QStringLiteral("b3")));
        CHECK_FALSE(where.contains(QStringLiteral("entries")));
    }
    SECTION("an event without a description is named by its place in the list")
    {
        auto &t = std::get<Timeline>(doc.chapters[1].blocks[0].content);
        t.entries.append(TimelineEntry{QDate(), {}, {}, {}, {}});
        const auto findings = validate(doc);
        const Finding *e = find(findings, QStringLiteral("event-date-missing"));
        REQUIRE(e);
        CHECK(describeLocation(e->location, doc) ==
              QStringLiteral("二、领导关怀 › 领导关怀 › event 2 › date"));
    }
    SECTION("a figure, by the table that lists it")
    {
        doc.metrics[0].unit.clear();
        const auto findings = validate(doc);
        const Finding *w = find(findings, QStringLiteral("metric-unit-missing"));
        REQUIRE(w);
        CHECK(describeLocation(w->location, doc) ==
              QStringLiteral("二、领导关怀 › 基本情况 › 全口径员工"));
    }
    SECTION("report details and signatory")
    {
        doc.metadata.scope.clear();
        doc.signatory.name.clear();
        const auto findings = validate(doc);
        const Finding *scope = find(findings, QStringLiteral("scope-missing"));
        const Finding *name = find(findings, QStringLiteral("signatory-missing"));
        REQUIRE(scope);
        REQUIRE(name);
        CHECK(describeLocation(scope->location, doc) == QStringLiteral("Report details › scope"));
        CHECK(describeLocation(name->location, doc) == QStringLiteral("Signatory › name"));
        // A signatory's title is their post; elsewhere "title" is a description.
        CHECK(describeLocation({.field = QStringLiteral("signatory.title")}, doc) ==
              QStringLiteral("Signatory › position"));
    }
}

TEST_CASE("Naming many places at once says what naming each alone says")
{
    const Document doc = test::loadSample();
    const LocationNamer namer(doc);
    int tabled = 0;
    // Figures (the first few found by a walk, the rest through the index), then blocks.
    for (const Metric &m : doc.metrics) {
        const Location at{.metricId = m.id, .field = QStringLiteral("metrics.") + m.id};
        const QString name = namer.describe(at);
        CHECK(name == describeLocation(at, doc));
        tabled += name.count(QStringLiteral(" › ")) >= 2; // chapter › table › figure
    }
    CHECK(tabled > 8);
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks) {
            const Location at{v.chapter.id, v.path.join(QStringLiteral(" › ")), b.id};
            CHECK(namer.describe(at) == describeLocation(at, doc));
        }
    });
}
