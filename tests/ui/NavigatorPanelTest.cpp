#include "NavigatorPanel.h"
#include "ChapterCommands.h"
#include "EditParagraphCommand.h"
#include "ReportSession.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QSignalSpy>

using namespace csr;
using namespace csr::ui;

TEST_CASE("The navigator asks for more width only when a changed row needs it")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    NavigatorPanel panel(&session);
    QSignalSpy wanted(&panel, &NavigatorPanel::widthWanted);
    session.reset(test::smallDocument(), {}); // another report: every row is measured
    QCoreApplication::processEvents();
    REQUIRE(wanted.count() == 1);
    const int first = wanted.last().at(0).toInt();
    CHECK(first == panel.preferredWidth());

    // Typing changes no row's width: nothing is asked.
    const Block b1 = *session.findBlock(QStringLiteral("b1"));
    session.undoStack()->push(
        new EditParagraphCommand(&session, b1, QStringLiteral("新的一段。"), QStringLiteral("x")));
    QCoreApplication::processEvents();
    CHECK(wanted.count() == 1);

    // A long name widens its column, by what measuring every row would say.
    const Chapter c2 = *session.document().findChapter(QStringLiteral("c2"));
    session.undoStack()->push(new EditChapterHeaderCommand(
        &session, c2, QStringLiteral("办公室综合管理科 王芳芳"), c2.status));
    QCoreApplication::processEvents();
    REQUIRE(wanted.count() == 2);
    CHECK(wanted.last().at(0).toInt() > first);
    CHECK(wanted.last().at(0).toInt() == panel.preferredWidth());
}
