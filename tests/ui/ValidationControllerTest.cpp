#include "ValidationController.h"
#include "EditMetricCommand.h"
#include "EditParagraphCommand.h"
#include "ReportSession.h"
#include "SignatoryCommand.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace csr;
using namespace csr::ui;

namespace {
using Updates = QList<IncrementalValidator::ScopeUpdate>;

void typeInto(ReportSession &session, const QString &blockId, const QString &suffix)
{
    const Block *b = session.findBlock(blockId);
    session.undoStack()->push(new EditParagraphCommand(
        &session, *b, std::get<Paragraph>(b->content).text + suffix, QStringLiteral("c1")));
}
} // namespace

TEST_CASE("The validation controller keeps the findings of a full validation, edit by edit")
{
    ReportSession session;
    session.reset(test::smallDocument(), QStringLiteral("report.csreport"));
    ValidationController controller(&session);
    QSignalSpy reset(&controller, &ValidationController::findingsReset);
    QSignalSpy changed(&controller, &ValidationController::scopesChanged);
    REQUIRE(controller.waitForIdle());
    CHECK(reset.count() == 1);
    CHECK(controller.findings() == validate(session.document()));

    // An unknown reference typed into a paragraph: only its chapter is announced.
    typeInto(session, QStringLiteral("b1"), QStringLiteral(" {{nobody}}"));
    REQUIRE(changed.count() == 1);
    const auto updates = changed.takeFirst().at(0).value<Updates>();
    REQUIRE(updates.size() == 1);
    CHECK(updates.first().scope == QStringLiteral("chapter:c1"));
    CHECK(updates.first().after.size() == updates.first().before.size() + 1);
    CHECK(controller.findings() == validate(session.document()));
    CHECK_FALSE(controller.isBusy()); // no full validation for an edit

    // Typing that finds nothing new announces nothing.
    typeInto(session, QStringLiteral("b1"), QStringLiteral("。"));
    CHECK(changed.isEmpty());

    // A figure emptied: that figure's scope.
    Metric staff = *session.document().findMetric(QStringLiteral("staff.total"));
    Metric empty = staff;
    empty.value.reset();
    session.undoStack()->push(
        new EditMetricCommand(&session, staff, empty, QStringLiteral("value")));
    REQUIRE(changed.count() == 1);
    CHECK(changed.takeFirst().at(0).value<Updates>().first().scope ==
          QStringLiteral("metric:staff.total"));
    CHECK(controller.findings() == validate(session.document()));

    session.undoStack()->undo();
    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK(controller.findings() == validate(session.document()));
}

TEST_CASE("Edits made while a full validation runs are applied to its result")
{
    ReportSession session;
    session.reset(test::smallDocument(), QStringLiteral("report.csreport"));
    ValidationController controller(&session);
    REQUIRE(controller.waitForIdle());

    ReportMetadata m = session.document().metadata;
    m.periodEnd = m.periodEnd.addDays(-200); // dates every event anew: a full validation
    session.applyMetadata(m);
    CHECK(controller.isBusy());
    typeInto(session, QStringLiteral("b1"), QStringLiteral(" {{nobody}}"));
    Signatory s = session.document().signatory;
    s.name.clear();
    session.undoStack()->push(new SignatoryCommand(&session, session.document().signatory, s));
    REQUIRE(controller.waitForIdle());
    CHECK(controller.findings() == validate(session.document()));

    // A full run overtaken by another: only the last one's result is taken.
    QSignalSpy reset(&controller, &ValidationController::findingsReset);
    controller.revalidateAll();
    controller.revalidateAll();
    REQUIRE(controller.waitForIdle());
    QTest::qWait(50);
    CHECK(reset.count() == 1);
    CHECK(controller.findings() == validate(session.document()));
}
