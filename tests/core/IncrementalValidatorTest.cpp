#include "IncrementalValidator.h"
#include "References.h"
#include "TestSupport.h"

using namespace csr;

namespace {
using Updates = QList<IncrementalValidator::ScopeUpdate>;

QStringList scopesOf(const Updates &updates)
{
    QStringList out;
    for (const auto &u : updates)
        out << u.scope;
    return out;
}

// The first paragraph of the document, and the chapter it is in.
std::pair<Chapter *, Paragraph *> firstParagraph(Document &doc)
{
    QString id;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (id.isEmpty() && b.kind() == BlockKind::Paragraph)
                id = v.chapter.id;
    });
    Chapter *c = doc.findChapter(id);
    for (Block &b : c->blocks)
        if (auto *p = std::get_if<Paragraph>(&b.content))
            return {c, p};
    return {nullptr, nullptr};
}
} // namespace

TEST_CASE("Revalidating only what an edit affects gives what a full validation gives")
{
    Template tmpl;
    Document doc = test::loadSample();
    Chapter required;
    required.key = QStringLiteral("not-in-the-report");
    required.title = QStringLiteral("缺少的章节");
    required.required = true;
    tmpl.skeleton.chapters = {required};
    IncrementalValidator v(&tmpl, {});
    v.reset(doc);
    REQUIRE(v.findings(doc) == validate(doc, &tmpl));
    REQUIRE_FALSE(v.findings(doc).isEmpty());

    SECTION("typing an unknown reference into a paragraph touches its chapter alone")
    {
        auto [chapter, paragraph] = firstParagraph(doc);
        REQUIRE(paragraph);
        paragraph->text += QStringLiteral(" {{no.such.metric}}");
        const Updates u = v.blockChanged(doc, chapter->id);
        CHECK(scopesOf(u) == QStringList{QStringLiteral("chapter:") + chapter->id});
        CHECK(v.findings(doc) == validate(doc, &tmpl));
        // Typing on without changing what is found changes no scope.
        paragraph->text += QStringLiteral("。");
        CHECK(v.blockChanged(doc, chapter->id).isEmpty());
        CHECK(v.findings(doc) == validate(doc, &tmpl));
    }
    SECTION("a figure's value touches that figure alone")
    {
        const qsizetype i = doc.metrics.indexOfId(QStringLiteral("staff.total"));
        Metric m = doc.metrics.at(i);
        m.value.reset();
        doc.metrics.replace(i, m);
        const Updates u = v.metricChanged(doc, m.id);
        CHECK(scopesOf(u) == QStringList{QStringLiteral("metric:staff.total")});
        CHECK(v.findings(doc) == validate(doc, &tmpl));
    }
    SECTION("removing a quoted figure flags the chapters quoting it, adding it back clears them")
    {
        const Document original = doc;
        doc.metrics.removeIf([](const Metric &m) { return m.id == QStringLiteral("staff.total"); });
        const Updates u = v.metricsReplaced(doc);
        CHECK(v.findings(doc) == validate(doc, &tmpl));
        CHECK(std::any_of(u.begin(), u.end(), [](const auto &x) {
            return x.scope.startsWith(QLatin1String("chapter:"));
        }));
        v.metricsReplaced(original);
        CHECK(v.findings(original) == validate(original, &tmpl));
    }
    SECTION("the signatory and the signature block")
    {
        doc.signatory.name.clear();
        CHECK(scopesOf(v.signatoryChanged(doc)) == QStringList{QStringLiteral("report")});
        CHECK(v.findings(doc) == validate(doc, &tmpl));
        // Removing the only signature block brings the closing warning.
        QString holder;
        forEachChapter(doc.chapters, [&](const ChapterVisit &visit) {
            for (const Block &b : visit.chapter.blocks)
                if (b.kind() == BlockKind::SignatureBlock)
                    holder = visit.chapter.id;
        });
        REQUIRE_FALSE(holder.isEmpty());
        doc.findChapter(holder)->blocks.removeIf(
            [](const Block &b) { return b.kind() == BlockKind::SignatureBlock; });
        const Updates u = v.blockChanged(doc, holder);
        CHECK(scopesOf(u).contains(QStringLiteral("closing")));
        CHECK(v.findings(doc) == validate(doc, &tmpl));
    }
}

TEST_CASE("A figure's plausibility is revalidated on its own, not every figure's")
{
    Document doc = test::smallDocument();
    // staff.total moves 1100 → 1184 (+7.6 %): inside the default ±30 %.
    Metric other = doc.metrics.at(0);
    other.id = QStringLiteral("visits");
    other.value = 500;
    other.previousValue = 100; // +400 %: beyond, and unexplained
    doc.metrics.append(other);
    IncrementalValidator v(nullptr, {});
    v.reset(doc);
    REQUIRE(v.findings(doc) == validate(doc));
    const auto unexplained = [](const QList<Finding> &findings) {
        QStringList ids;
        for (const Finding &f : findings)
            if (f.code == QStringLiteral("figure-unexplained"))
                ids << f.location.metricId;
        return ids;
    };
    REQUIRE(unexplained(v.findings(doc)) == QStringList{QStringLiteral("visits")});

    SECTION("a figure moved beyond its tolerance: its own scopes alone")
    {
        Metric staff = doc.metrics.at(0);
        staff.value = 2000;
        doc.metrics.replace(0, staff);
        const Updates u = v.metricChanged(doc, staff.id);
        CHECK(scopesOf(u) == QStringList{QStringLiteral("metric:staff.total"),
                                         QStringLiteral("plausibility:staff.total")});
        CHECK(v.findings(doc) == validate(doc));
        CHECK(unexplained(v.findings(doc)) ==
              (QStringList{QStringLiteral("staff.total"), QStringLiteral("visits")}));
        // The update says where the rows stand: after the chapters' and closing findings.
        for (const auto &x : u)
            if (x.scope.startsWith(QLatin1String("plausibility:")))
                CHECK(x.order > v.scopes(doc).first().order);
    }
    SECTION("an explanation in the review record clears the figure's warning")
    {
        doc.review.explanations.insert(
            QStringLiteral("visits"), {QStringLiteral("新院区开放"), QStringLiteral("王编辑"), {}});
        const Updates u = v.reviewChanged(doc);
        CHECK(scopesOf(u) == QStringList{QStringLiteral("plausibility:visits")});
        CHECK(unexplained(v.findings(doc)).isEmpty());
        CHECK(v.findings(doc) == validate(doc));
    }
    SECTION("a figure joining a table with a tolerance of its own is checked against it")
    {
        doc.review.tableTolerances.insert(QStringLiteral("b4"), 5);
        v.reset(doc);
        REQUIRE(v.findings(doc) == validate(doc));
        REQUIRE(unexplained(v.findings(doc)).contains(QStringLiteral("staff.total"))); // +7.6 % > 5
        // staff.total leaves the 5 % table: back to the default ±30 %, inside it.
        auto &table = std::get<MetricTable>(doc.chapters[1].blocks[1].content);
        table.metricIds.removeAll(QStringLiteral("staff.total"));
        const Updates out = v.blockChanged(doc, QStringLiteral("c2"));
        CHECK(scopesOf(out).contains(QStringLiteral("plausibility:staff.total")));
        CHECK_FALSE(unexplained(v.findings(doc)).contains(QStringLiteral("staff.total")));
        CHECK(v.findings(doc) == validate(doc));
        // And back in.
        table.metricIds.append(QStringLiteral("staff.total"));
        v.blockChanged(doc, QStringLiteral("c2"));
        CHECK(unexplained(v.findings(doc)).contains(QStringLiteral("staff.total")));
        CHECK(v.findings(doc) == validate(doc));
    }
    SECTION("a figure removed takes its warning along; adding figures at the end moves none")
    {
        doc.metrics.removeIf([](const Metric &m) { return m.id == QStringLiteral("visits"); });
        v.metricsReplaced(doc);
        CHECK_FALSE(v.metricsMoved());
        CHECK(unexplained(v.findings(doc)).isEmpty());
        CHECK(v.findings(doc) == validate(doc));
        doc.metrics.insert(0, other);
        v.metricsReplaced(doc);
        CHECK(v.metricsMoved()); // the figures after it moved down a row
        CHECK(v.findings(doc) == validate(doc));
    }
}
