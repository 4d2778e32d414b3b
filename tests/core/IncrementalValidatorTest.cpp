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
