#include "RollForward.h"
#include "TestSupport.h"
#include "Validator.h"

using namespace csr;

namespace {
const Chapter *chapterWith(const QList<Chapter> &chapters, BlockKind kind)
{
    for (const Chapter &c : chapters) {
        for (const Block &b : c.blocks)
            if (b.kind() == kind)
                return &c;
        if (const Chapter *inner = chapterWith(c.children, kind))
            return inner;
    }
    return nullptr;
}

bool allDraft(const QList<Chapter> &chapters)
{
    return std::all_of(chapters.begin(), chapters.end(), [](const Chapter &c) {
        return c.status == ChapterStatus::Draft && allDraft(c.children);
    });
}
} // namespace

TEST_CASE("Rolling the sample forward starts 2024 with 2023 as the comparison")
{
    const Document last = test::loadSample();
    const Document next = rollForward(last, 2024);

    CHECK(next.metadata.year == 2024);
    CHECK(next.metadata.periodStart == QDate(2024, 1, 1));
    CHECK(next.metadata.periodEnd == QDate(2024, 12, 31));
    CHECK(next.metadata.reportTitle == QStringLiteral("2024 年度社会责任报告"));
    CHECK(next.metadata.unitName == last.metadata.unitName);
    CHECK(next.metadata.standards == last.metadata.standards);

    const Metric *staff = next.findMetric(QStringLiteral("staff.total"));
    REQUIRE(staff);
    CHECK_FALSE(staff->value);
    REQUIRE(staff->previousValue);
    CHECK(*staff->previousValue == 1184);
    CHECK(staff->unit == QStringLiteral("人"));
    // A confidential figure without a value has no last year's value either, and stays masked.
    const Metric *revenue = next.findMetric(QStringLiteral("revenue.total"));
    REQUIRE(revenue);
    CHECK(revenue->confidential);
    CHECK_FALSE(revenue->previousValue);

    // The year's own content is emptied; the frame and the prose stay as a first draft.
    const Chapter *events = chapterWith(next.chapters, BlockKind::Timeline);
    REQUIRE(events);
    for (const Block &b : events->blocks)
        if (const auto *t = std::get_if<Timeline>(&b.content))
            CHECK(t->entries.isEmpty());
    const Chapter *honours = chapterWith(next.chapters, BlockKind::ItemList);
    REQUIRE(honours);
    for (const Block &b : honours->blocks)
        if (const auto *l = std::get_if<ItemList>(&b.content))
            CHECK(l->items.isEmpty());
    CHECK(next.chapters.size() == last.chapters.size());
    CHECK(allDraft(next.chapters));
    CHECK_FALSE(allDraft(last.chapters)); // the sample's chapters were approved

    CHECK(next.signatory.name == QStringLiteral("朱樱"));
    CHECK_FALSE(next.signatory.date.isValid());
}

TEST_CASE("A rolled-forward value entered again gives its year-over-year change")
{
    Document next = rollForward(test::loadSample(), 2024);
    Metric *staff = nullptr;
    for (Metric &m : next.metrics)
        if (m.id == QStringLiteral("staff.total"))
            staff = &m;
    REQUIRE(staff);
    staff->value = 1302.4;
    const auto change = yearOverYearPercent(*staff);
    REQUIRE(change);
    CHECK(*change == Approx(10.0));
}

TEST_CASE("A figure from two years back never passes for last year's")
{
    Document doc = test::smallDocument();
    REQUIRE_FALSE(doc.metrics.isEmpty());
    doc.metrics[0].value.reset();
    doc.metrics[0].previousValue = 42;
    const Document next = rollForward(doc, doc.metadata.year + 1);
    CHECK_FALSE(next.metrics[0].previousValue);
    CHECK_FALSE(next.metrics[0].value);
}

TEST_CASE("Next year's report does not inherit what last year's import left to check")
{
    Document last = test::loadSample();
    ImportReviewItem left;
    left.message = QStringLiteral("读入的章节：请与原报告核对。");
    left.location.chapterId = last.chapters.first().id;
    last.importReview = {left};
    CHECK(rollForward(last, 2024).importReview.isEmpty());
}
