#include "ListModel.h"
#include "ReportSession.h"
#include "TestSupport.h"
#include "TimelineModel.h"

#include <QSignalSpy>

using namespace csr;
using namespace csr::ui;
using T = TimelineModel;

TEST_CASE("TimelineModel keeps entries in date order and flags dates outside the period")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    TimelineModel model(&session, QStringLiteral("b3"));
    REQUIRE(model.rowCount() == 1);

    const int row = model.addEvent(
        TimelineEntry{QDate(2023, 1, 5), QStringLiteral("走访"), category::LeadershipCare, {}, {}});
    CHECK(row == 0); // before 2023-01-20
    CHECK(model.index(0, T::TitleColumn).data().toString() == QStringLiteral("走访"));
    CHECK(model.index(0, T::CategoryColumn).data().toString() == QStringLiteral("Leadership care"));
    CHECK(model.index(0, T::CategoryColumn).data(Qt::EditRole).toString() ==
          category::LeadershipCare);
    CHECK_FALSE(model.index(0, 0).data(T::OutsidePeriodRole).toBool());

    // Moving the date past the other entry re-sorts, and 2024 is outside the 2023 period.
    REQUIRE(model.setData(model.index(0, T::DateColumn), QDate(2024, 2, 1)));
    CHECK(model.index(1, T::TitleColumn).data().toString() == QStringLiteral("走访"));
    CHECK(model.index(1, 0).data(T::OutsidePeriodRole).toBool());
    CHECK_FALSE(model.index(1, 0).data(Qt::DecorationRole).isNull());
    CHECK(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("outside")));
    CHECK(model.index(0, 0).data(Qt::DecorationRole).isNull());

    CHECK_FALSE(model.setData(model.index(1, T::DateColumn), QStringLiteral("not a date")));
    REQUIRE(model.removeEvent(1));
    CHECK(model.rowCount() == 1);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Remove event \"走访\""));
    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    CHECK(session.document() == test::smallDocument());
}

TEST_CASE("ListModel edits and reorders and removes honours through undo")
{
    Document doc = test::smallDocument();
    doc.chapters[1].blocks << Block{
        QStringLiteral("b9"),
        {},
        ItemList{QStringLiteral("社会荣誉"),
                 {QStringLiteral("文明单位"), QStringLiteral("先进集体")}}};
    ReportSession session;
    session.reset(doc, {});
    ListModel model(&session, QStringLiteral("b9"));
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.addItem(2, QStringLiteral("五一劳动奖状")));
    REQUIRE(model.moveItem(2, -2));
    CHECK(model.index(0).data().toString() == QStringLiteral("五一劳动奖状"));
    REQUIRE(model.setData(model.index(1), QStringLiteral("上海市文明单位")));
    CHECK_FALSE(
        model.setData(model.index(1), QStringLiteral("  "))); // an empty honour is no honour
    REQUIRE(model.removeItem(2));
    const auto &items = std::get<ItemList>(session.findBlock(QStringLiteral("b9"))->content).items;
    CHECK(items == QStringList{QStringLiteral("五一劳动奖状"), QStringLiteral("上海市文明单位")});
    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    CHECK(session.document() == doc);
}

TEST_CASE("TimelineModel shows a file's entries in date order whatever order it stores them in")
{
    Document doc = test::smallDocument();
    auto &entries =
        std::get<Timeline>(doc.findChapter(QStringLiteral("c2"))->blocks[0].content).entries;
    entries.prepend(
        TimelineEntry{QDate(2023, 6, 1), QStringLiteral("六月"), category::LeadershipCare, {}, {}});
    ReportSession session;
    session.reset(doc, {});
    TimelineModel model(&session, QStringLiteral("b3"));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, T::TitleColumn).data().toString() == QStringLiteral("慰问"));
    CHECK(model.index(1, T::TitleColumn).data().toString() == QStringLiteral("六月"));

    // An edit reaches the entry the row shows, not the one stored at that position.
    REQUIRE(model.setData(model.index(1, T::NoteColumn), QStringLiteral("年中")));
    const Block *b = session.findBlock(QStringLiteral("b3"));
    const auto &stored = std::get<Timeline>(b->content).entries;
    CHECK(stored.at(0).title == QStringLiteral("六月"));
    CHECK(stored.at(0).note == QStringLiteral("年中"));
    REQUIRE(model.removeEvent(1));
    REQUIRE(std::get<Timeline>(session.findBlock(QStringLiteral("b3"))->content).entries.size() ==
            1);
    CHECK(model.index(0, T::TitleColumn).data().toString() == QStringLiteral("慰问"));
}

TEST_CASE("Timeline and list edits are announced as changed rows, not as a new model")
{
    ReportSession session;
    Document doc = test::smallDocument();
    doc.findChapter(QStringLiteral("c2"))
        ->blocks.append(
            Block{QStringLiteral("b9"),
                  {},
                  ItemList{QStringLiteral("荣誉"), {QStringLiteral("甲"), QStringLiteral("乙")}}});
    session.reset(doc, {});
    TimelineModel timeline(&session, QStringLiteral("b3"));
    ListModel list(&session, QStringLiteral("b9"));
    QSignalSpy timelineResets(&timeline, &QAbstractItemModel::modelReset);
    QSignalSpy timelineChanges(&timeline, &QAbstractItemModel::dataChanged);
    QSignalSpy listResets(&list, &QAbstractItemModel::modelReset);
    QSignalSpy listChanges(&list, &QAbstractItemModel::dataChanged);

    REQUIRE(timeline.setData(timeline.index(0, T::TitleColumn), QStringLiteral("新春慰问")));
    REQUIRE(list.setData(list.index(1, 0), QStringLiteral("丙")));
    CHECK(timelineResets.isEmpty());
    CHECK(listResets.isEmpty());
    REQUIRE(timelineChanges.size() == 1);
    CHECK(timelineChanges.first().at(0).toModelIndex().row() == 0);
    REQUIRE(listChanges.size() == 1);
    CHECK(listChanges.first().at(0).toModelIndex().row() == 1);

    // A later date moves the row; an index held on it (an open editor's) follows it.
    const int added = timeline.addEvent(
        TimelineEntry{QDate(2023, 3, 1), QStringLiteral("三月"), category::Activity, {}, {}});
    REQUIRE(added == 1);
    const QPersistentModelIndex held = timeline.index(0, T::TitleColumn);
    REQUIRE(timeline.setData(timeline.index(0, T::DateColumn), QDate(2023, 5, 1)));
    CHECK(timelineResets.isEmpty());
    CHECK(held.row() == 1);
    CHECK(held.data().toString() == QStringLiteral("新春慰问"));
}
