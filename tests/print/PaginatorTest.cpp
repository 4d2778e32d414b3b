#include "Paginator.h"
#include "TestSupport.h"

#include <string>

using namespace csr::print;

namespace {

FlowUnit unit(UnitKind kind, qreal height, bool keep = false, bool breakBefore = false,
              int group = -1, qreal spaceBefore = 0)
{
    FlowUnit u;
    u.kind = kind;
    u.height = height;
    u.keepWithNext = keep;
    u.breakBefore = breakBefore;
    u.group = group;
    u.spaceBefore = spaceBefore;
    return u;
}

FlowUnit line(qreal h, bool keep = false)
{
    return unit(UnitKind::Line, h, keep);
}
FlowUnit heading(qreal h, bool breakBefore = false)
{
    return unit(UnitKind::Heading, h, true, breakBefore);
}

struct Row
{
    std::string why;
    QList<FlowUnit> flow;
    QList<int> unitsPerPage; // placed units per page, repeated headers included
};

} // namespace

// Pages run from y 0 to y 1000 in every row.
TEST_CASE("paginate: where pages break", "[print][layout][paginate]")
{
    QList<FlowUnit> table{unit(UnitKind::TableTitle, 30, true),
                          unit(UnitKind::TableHeader, 20, true, false, 0)};
    for (int i = 0; i < 12; ++i)
        table.append(unit(UnitKind::TableRow, 100, false, false, 0));

    // A table as BlockLayouter makes it: the header keeps with the first row, the first row with
    // the second, and the next-to-last row with the last.
    auto keptTable = [](int rows) {
        QList<FlowUnit> t{unit(UnitKind::TableTitle, 30, true),
                          unit(UnitKind::TableHeader, 20, true, false, 1)};
        for (int i = 0; i < rows; ++i)
            t.append(unit(UnitKind::TableRow, 100, i == 0 || i == rows - 2, false, 1));
        return t;
    };
    auto after = [](qreal height, QList<FlowUnit> flow) {
        flow.prepend(line(height));
        return flow;
    };

    const Row row = GENERATE_COPY(values<Row>({
        {"everything fits on one page", {line(300), line(300), line(300)}, {3}},
        {"a unit that does not fit starts the next page",
         {line(400), line(400), line(400)},
         {2, 1}},
        {"exactly full is still full, not overflowing", {line(500), line(500), line(1)}, {2, 1}},
        // The heading would fit at 900..950, but its first line would not: both move on.
        {"a heading is never left alone at a page bottom",
         {line(450), line(450), heading(50), line(100)},
         {2, 2}},
        // A first line kept with the next (orphan control) moves with it.
        {"a paragraph's first line does not stay alone at the bottom",
         {line(900), line(50, true), line(100)},
         {1, 2}},
        // The chain heading + line begins the page and cannot move further: break inside it.
        {"a keep chain longer than a page breaks where it must",
         {heading(500), line(400, true), line(400)},
         {2, 1}},
        {"a top-level chapter starts a new page",
         {line(100), heading(50, true), line(100)},
         {1, 2}},
        {"no blank page before a first chapter", {heading(50, true), line(100)}, {2}},
        {"a unit taller than a page is placed rather than lost", {line(1500), line(10)}, {1, 1}},
        // 30 + 20 + 9 * 100 = 950: the tenth row goes on, after a copy of the header.
        {"a table's header repeats at the top of its next page", table, {11, 4}},
        // Room for title, header and one row (850 + 150 = 1000): all three move on with row 2.
        {"a table's header does not stay at a page bottom with a single row",
         after(850, keptTable(9)),
         {1, 11}},
        // 30 + 20 + 9 rows fit (950); the tenth would carry over alone: the ninth goes with it.
        {"a table's last row does not go to the next page alone", keptTable(10), {10, 3}},
        {"a short table moves as a whole", after(750, keptTable(3)), {1, 5}},
        // space before a unit counts mid-page (100 + 850 + 60 > 1000) but not at the top.
        {"space before is dropped at the top of a page",
         {unit(UnitKind::Line, 100, false, false, -1, 40), line(850),
          unit(UnitKind::Line, 50, false, false, -1, 60)},
         {2, 1}},
    }));
    INFO(row.why);
    const auto pages = paginate(row.flow, 0, 1000);
    QList<int> counts;
    for (const auto &p : pages)
        counts << int(p.size());
    CHECK(counts == row.unitsPerPage);

    // Whatever the flow: every unit is placed exactly once, in order, inside the page.
    QList<int> order;
    for (const auto &p : pages)
        for (const PlacedUnit &u : p) {
            if (!u.repeated)
                order << u.unit;
            if (row.flow[u.unit].height <= 1000)
                CHECK(u.y + row.flow[u.unit].height <= 1000.01);
        }
    QList<int> expected;
    for (int i = 0; i < row.flow.size(); ++i)
        expected << i;
    CHECK(order == expected);
}

TEST_CASE("paginate: the repeated header is the table's own and comes first",
          "[print][layout][paginate]")
{
    QList<FlowUnit> flow{unit(UnitKind::TableHeader, 20, true, false, 7)};
    for (int i = 0; i < 25; ++i)
        flow.append(unit(UnitKind::TableRow, 100, false, false, 7));
    const auto pages = paginate(flow, 50, 1000);
    REQUIRE(pages.size() == 3);
    for (int p = 1; p < pages.size(); ++p) {
        INFO("page " << p);
        CHECK(pages[p].first().repeated);
        CHECK(pages[p].first().unit == 0);
        CHECK(pages[p].first().y == 50);
        CHECK(pages[p][1].y == 70);
    }
    CHECK_FALSE(pages[0].first().repeated);
}
