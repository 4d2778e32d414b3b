#include "Validator.h"
#include "TestSupport.h"

using namespace csr;

namespace {

QStringList codes(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

const Finding *find(const QList<Finding> &findings, const QString &code)
{
    for (const Finding &f : findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("The small document has no errors")
{
    const auto findings = validate(test::smallDocument());
    INFO(codes(findings).join(QLatin1Char(',')));
    CHECK_FALSE(hasErrors(findings));
    // Its confidential revenue has a value, so no warning about an empty one.
    CHECK_FALSE(find(findings, QStringLiteral("confidential-value-empty")));
}

TEST_CASE("Broken documents give located findings")
{
    Document doc = test::smallDocument();

    SECTION("signatory missing")
    {
        doc.signatory.name.clear();
        const auto f = validate(doc);
        CHECK(hasErrors(f));
        REQUIRE(find(f, QStringLiteral("signatory-missing")));
        CHECK(find(f, QStringLiteral("signatory-missing"))->location.field ==
              QStringLiteral("signatory.name"));
    }
    SECTION("statement not dated")
    {
        doc.signatory.date = QDate();
        const auto f = validate(doc);
        const Finding *w = find(f, QStringLiteral("signatory-date-missing"));
        REQUIRE(w);
        CHECK(w->severity == Finding::Severity::Warning);
        CHECK(w->location.field == QStringLiteral("signatory.date"));
        doc.signatory.date = QDate(2024, 1, 15);
        CHECK_FALSE(find(validate(doc), QStringLiteral("signatory-date-missing")));
    }
    SECTION("required chapter empty")
    {
        auto &p = std::get<Paragraph>(doc.chapters[0].blocks[0].content);
        p.text.clear();
        const auto f = validate(doc);
        const Finding *e = find(f, QStringLiteral("required-chapter-empty"));
        REQUIRE(e);
        CHECK(e->severity == Finding::Severity::Error);
        CHECK(e->location.chapterId == QStringLiteral("c1"));
        CHECK(e->location.chapterPath == QStringLiteral("一、公开陈述"));
    }
    SECTION("event outside the period")
    {
        auto &t = std::get<Timeline>(doc.chapters[1].blocks[0].content);
        t.entries.append(TimelineEntry{QDate(2024, 2, 1), QStringLiteral("新春慰问"), {}, {}, {}});
        const auto f = validate(doc);
        const Finding *w = find(f, QStringLiteral("event-outside-period"));
        REQUIRE(w);
        CHECK(w->location.blockId == QStringLiteral("b3"));
        CHECK(w->location.field == QStringLiteral("entries[1].date"));
        CHECK(w->message.contains(QStringLiteral("2024-02-01")));
    }
    SECTION("metric without unit")
    {
        doc.metrics[0].unit.clear();
        const auto f = validate(doc);
        const Finding *w = find(f, QStringLiteral("metric-unit-missing"));
        REQUIRE(w);
        CHECK(w->location.metricId == QStringLiteral("staff.total"));
    }
    SECTION("unresolved reference")
    {
        std::get<Paragraph>(doc.chapters[0].blocks[0].content).text +=
            QStringLiteral(" {{ghost.metric}}");
        const auto f = validate(doc);
        CHECK(hasErrors(f));
        const Finding *e = find(f, QStringLiteral("reference-unknown"));
        REQUIRE(e);
        CHECK(e->message.contains(QStringLiteral("ghost.metric")));
        CHECK(e->location.blockId == QStringLiteral("b1"));
    }
    SECTION("empty confidential value is a warning, not an error")
    {
        doc.metrics[1].value.reset();
        const auto f = validate(doc);
        CHECK_FALSE(hasErrors(f));
        REQUIRE(find(f, QStringLiteral("confidential-value-empty")));
        CHECK(find(f, QStringLiteral("confidential-value-empty"))->severity ==
              Finding::Severity::Warning);
    }
    SECTION("period reversed")
    {
        doc.metadata.periodStart = QDate(2024, 1, 1);
        const auto f = validate(doc);
        CHECK(find(f, QStringLiteral("period-reversed")));
    }
    SECTION("large change from last year")
    {
        doc.metrics[0].previousValue = 100;
        const auto f = validate(doc);
        CHECK(find(f, QStringLiteral("metric-large-change")));
    }
    SECTION("required chapter missing against the template")
    {
        Template tmpl;
        Chapter overview;
        overview.key = QStringLiteral("overview");
        overview.title = QStringLiteral("基本情况");
        overview.required = true;
        tmpl.skeleton.chapters = {doc.chapters[0], overview};
        const auto f = validate(doc, &tmpl);
        const Finding *e = find(f, QStringLiteral("required-chapter-missing"));
        REQUIRE(e);
        CHECK(e->message.contains(QStringLiteral("基本情况")));
    }
}
