#include "ChapterTreeModel.h"
#include "ChapterCommands.h"
#include "ChapterFilterProxy.h"
#include "EditMetricCommand.h"
#include "EditParagraphCommand.h"
#include "ReportSession.h"
#include "ReviewCommands.h"
#include "ReviewWorkflow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QSignalSpy>

using namespace csr;
using namespace csr::ui;

namespace {
QString titleOf(const QAbstractItemModel &m, const QString &chapterId, const ChapterTreeModel &tree)
{
    Q_UNUSED(m);
    return tree.indexOf(chapterId).data().toString();
}

int visibleCount(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < m.rowCount(parent); ++r)
        n += 1 + visibleCount(m, m.index(r, 0, parent));
    return n;
}

// A figure's value edited, as the table editor pushes it.
void setFigure(ReportSession &session, const QString &id, double value)
{
    const Metric before = *session.document().findMetric(id);
    Metric after = before;
    after.value = value;
    session.undoStack()->push(
        new EditMetricCommand(&session, before, after, QStringLiteral("value")));
}

QStringList visibleIds(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        ids << i.data(ChapterTreeModel::ChapterIdRole).toString() << visibleIds(m, i);
    }
    return ids;
}
} // namespace

TEST_CASE("ChapterTreeModel numbers chapters as the guideline does")
{
    ReportSession session;
    session.reset(test::loadSample(), {});
    ChapterTreeModel tree(&session);
    REQUIRE(tree.rowCount() == int(session.document().chapters.size()));
    // The report notes are not numbered; the statement is the first numbered chapter.
    CHECK(tree.index(0, 0).data().toString() == QStringLiteral("报告编写说明"));
    CHECK(tree.index(1, 0).data().toString() == QStringLiteral("一、公开陈述"));
    CHECK(tree.index(2, 0).data().toString() == QStringLiteral("二、基本情况"));
    const QModelIndex content = tree.index(3, 0);
    CHECK(content.data().toString() == QStringLiteral("三、主要内容"));
    const QModelIndex employees = tree.index(0, 0, content);
    CHECK(employees.data().toString() == QStringLiteral("（一）保障员工权益"));
    CHECK(tree.index(1, 0, employees).data().toString().startsWith(QStringLiteral("2.")));
    CHECK(tree.parent(employees) == content);
    CHECK(titleOf(tree, QStringLiteral("c3"), tree) == QStringLiteral("（一）企业概述"));
    CHECK(tree.indexOf(QStringLiteral("c3")).parent() == tree.index(2, 0));
}

TEST_CASE("ChapterTreeModel marks chapters as empty or in progress or complete")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    ChapterTreeModel tree(&session);
    const auto mark = [&](const char *id) {
        return Completion(
            tree.indexOf(QString::fromLatin1(id)).data(ChapterTreeModel::CompletionRole).toInt());
    };
    // c1: paragraph with text + signature block: every block filled.
    CHECK(mark("c1") == Completion::Complete);
    CHECK(mark("c2") == Completion::Complete);

    // Emptying the paragraph leaves only the signature block, which is no content by itself.
    const Block b1 = *session.findBlock(QStringLiteral("b1"));
    session.undoStack()->push(
        new EditParagraphCommand(&session, b1, QString(), QStringLiteral("x")));
    CHECK(mark("c1") == Completion::Empty);

    // c2 with its timeline filled but its metric table emptied: in progress.
    Block b4 = *session.findBlock(QStringLiteral("b4"));
    const Block b4Before = b4;
    std::get<MetricTable>(b4.content).metricIds.clear();
    session.undoStack()->push(new BlockCommand(&session, b4Before, b4, QStringLiteral("empty")));
    CHECK(mark("c2") == Completion::InProgress);

    // Approval completes a chapter whatever its blocks.
    const Chapter c1 = *session.document().findChapter(QStringLiteral("c1"));
    session.undoStack()->push(
        new EditChapterHeaderCommand(&session, c1, c1.assignee, ChapterStatus::Approved));
    CHECK(mark("c1") == Completion::Complete);
    CHECK(
        tree.indexOf(QStringLiteral("c1")).siblingAtColumn(ChapterTreeModel::StatusColumn).data() ==
        QStringLiteral("Approved"));

    // A chapter of the template with nothing filled in is empty.
    ReportSession sample;
    sample.reset(test::loadSample(), {});
    ChapterTreeModel sampleTree(&sample);
    Document skeleton = sample.document();
    bool anyEmpty = false;
    forEachChapter(skeleton.chapters, [&](const ChapterVisit &v) {
        if (!v.chapter.hasContent() && v.chapter.status != ChapterStatus::Approved) {
            anyEmpty = true;
            CHECK(Completion(sampleTree.indexOf(v.chapter.id)
                                 .data(ChapterTreeModel::CompletionRole)
                                 .toInt()) == Completion::Empty);
        }
    });
    Q_UNUSED(anyEmpty);
}

TEST_CASE("Chapter filter narrows the tree by person and status and keeps parents")
{
    ReportSession session;
    Document doc = test::loadSample();
    Chapter *volunteers = nullptr;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        if (v.chapter.title == QStringLiteral("志愿服务"))
            volunteers = doc.findChapter(v.chapter.id);
    });
    REQUIRE(volunteers);
    volunteers->assignee = QStringLiteral("王芳");
    volunteers->status = ChapterStatus::Submitted;
    const QString volunteersId = volunteers->id;
    doc.chapters[1].assignee = QStringLiteral("李明");
    session.reset(doc, {});
    ChapterTreeModel tree(&session);
    ChapterFilterProxy proxy;
    proxy.setSourceModel(&tree);

    CHECK(visibleCount(proxy) == visibleCount(tree));
    CHECK(tree.assignees() == QStringList{QStringLiteral("李明"), QStringLiteral("王芳")});

    proxy.setAssignee(QStringLiteral("王芳"));
    QStringList ids = visibleIds(proxy);
    // The chapter and its ancestors (主要内容 › 参与社会治理) only.
    CHECK(ids.size() == 3);
    CHECK(ids.last() == volunteersId);

    proxy.setAssignee({});
    proxy.setStatus(ChapterStatus::Submitted);
    CHECK(visibleIds(proxy).last() == volunteersId);
    CHECK(visibleIds(proxy).size() == 3);

    proxy.setStatus(std::nullopt);
    proxy.setAssignee(ChapterFilterProxy::UnassignedKey);
    ids = visibleIds(proxy);
    CHECK_FALSE(ids.contains(doc.chapters[1].id));
    CHECK(ids.contains(doc.chapters[0].id));

    // The filter follows edits: assigning a chapter moves it out of "unassigned".
    const Chapter notes = *session.document().findChapter(doc.chapters[0].id);
    session.undoStack()->push(
        new EditChapterHeaderCommand(&session, notes, QStringLiteral("李明"), notes.status));
    CHECK_FALSE(visibleIds(proxy).contains(doc.chapters[0].id));
}

TEST_CASE("ChapterTreeModel announces a figure's edit only where an approved status changes")
{
    // c2 approved with a fingerprint of what it showed; its table lists staff.total.
    Document doc = test::smallDocument();
    test::approveAsItReads(doc, QStringLiteral("c2"));
    ReportSession session;
    session.reset(doc, {});
    ChapterTreeModel tree(&session);
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    const auto status = [&] {
        return tree.indexOf(QStringLiteral("c2"))
            .siblingAtColumn(ChapterTreeModel::StatusColumn)
            .data()
            .toString();
    };
    REQUIRE(status() == QStringLiteral("Approved"));

    const auto setStaff = [&](double value) {
        setFigure(session, QStringLiteral("staff.total"), value);
    };
    setStaff(1200);
    CHECK(status() == QStringLiteral("Draft (edited)"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toModelIndex() ==
          tree.indexOf(QStringLiteral("c2")).siblingAtColumn(ChapterTreeModel::StatusColumn));
    // Edited it stays: the next edit announces nothing; undoing both shows it approved again.
    changed.clear();
    setStaff(1300);
    CHECK(changed.isEmpty());
    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    CHECK(changed.count() == 1);
    CHECK(status() == QStringLiteral("Approved"));
}

TEST_CASE("ChapterTreeModel announces a chapter's row only when what it shows changed")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    ChapterTreeModel tree(&session);
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    const auto type = [&](const QString &text) {
        const Block b1 = *session.findBlock(QStringLiteral("b1"));
        session.undoStack()->push(
            new EditParagraphCommand(&session, b1, text, QStringLiteral("x")));
    };
    type(QStringLiteral("全口径员工 {{staff.total}} 人。"));
    changed.clear();
    // More words: the chapter stays complete, nothing it shows changes.
    type(QStringLiteral("全口径员工 {{staff.total}} 人，收入稳定。"));
    CHECK(changed.isEmpty());
    // Emptied: its mark turns empty, and the row says so.
    type(QString());
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toModelIndex().row() == tree.indexOf(QStringLiteral("c1")).row());
    CHECK(Completion(
              tree.indexOf(QStringLiteral("c1")).data(ChapterTreeModel::CompletionRole).toInt()) ==
          Completion::Empty);
}

TEST_CASE("ChapterTreeModel finds a chapter that shows a figure it did not show when indexed")
{
    // c1 is approved while its paragraph shows no figure.
    Document doc = test::smallDocument();
    std::get<Paragraph>(doc.chapters[0].blocks[0].content).text = QStringLiteral("员工人数稳定。");
    test::approveAsItReads(doc, QStringLiteral("c1"));
    ReportSession session;
    session.reset(doc, {});
    ChapterTreeModel tree(&session);
    const QModelIndex c1Status =
        tree.indexOf(QStringLiteral("c1")).siblingAtColumn(ChapterTreeModel::StatusColumn);
    const auto setStaff = [&](double value) {
        setFigure(session, QStringLiteral("staff.total"), value);
    };
    setStaff(1200); // the tree now knows which chapter shows which figure
    REQUIRE(c1Status.data().toString() == QStringLiteral("Approved"));

    // The paragraph starts showing the figure, and the chapter is approved again as it reads.
    const Block b1 = *session.findBlock(QStringLiteral("b1"));
    session.undoStack()->push(new EditParagraphCommand(
        &session, b1, QStringLiteral("全口径员工 {{staff.total}} 人。"), QStringLiteral("x")));
    Document reapproved = session.document();
    test::approveAsItReads(reapproved, QStringLiteral("c1"));
    session.undoStack()->push(new ReviewCommand(&session, reapproved, QStringLiteral("approve")));
    REQUIRE(c1Status.data().toString() == QStringLiteral("Approved"));

    // Its figure's next edit withdraws that approval, and the row says so.
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    setStaff(1300);
    CHECK(c1Status.data().toString() == QStringLiteral("Draft (edited)"));
    const bool announced = std::any_of(changed.begin(), changed.end(), [&](const QVariantList &s) {
        return s.at(0).toModelIndex().parent() == c1Status.parent() &&
               s.at(0).toModelIndex().row() <= c1Status.row() &&
               s.at(1).toModelIndex().row() >= c1Status.row();
    });
    CHECK(announced);
}

TEST_CASE("ChapterTreeModel says when a name comes or goes, not on every change")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    ChapterTreeModel tree(&session);
    QSignalSpy names(&tree, &ChapterTreeModel::assigneesChanged);
    const Block b1 = *session.findBlock(QStringLiteral("b1"));
    session.undoStack()->push(
        new EditParagraphCommand(&session, b1, QStringLiteral("新的一段。"), QStringLiteral("x")));
    CHECK(names.isEmpty());

    const auto assign = [&](const QString &who) {
        const Chapter c2 = *session.document().findChapter(QStringLiteral("c2"));
        session.undoStack()->push(new EditChapterHeaderCommand(&session, c2, who, c2.status));
    };
    assign(QStringLiteral("王芳"));
    CHECK(names.count() == 1);
    CHECK(tree.assignees().contains(QStringLiteral("王芳")));
    assign(QStringLiteral("王芳 ")); // the same person
    CHECK(names.count() == 1);
    assign(QString());
    CHECK(names.count() == 2);
    CHECK_FALSE(tree.assignees().contains(QStringLiteral("王芳")));
}
