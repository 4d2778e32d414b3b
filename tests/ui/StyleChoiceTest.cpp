#include "EditMetadataCommand.h"
#include "ReportDetailsDialog.h"
#include "ReportSession.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QUndoStack>

using namespace csr;
using namespace csr::ui;

TEST_CASE("The report details choose the print style among the installed ones, undoably")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    const ReportMetadata before = session.document().metadata;
    REQUIRE(before.style.isEmpty());

    ReportDetailsDialog dialog(before);
    auto *style = dialog.findChild<QComboBox *>(QStringLiteral("printStyle"));
    REQUIRE(style);
    CHECK(style->currentData().toString().isEmpty()); // the default: nothing stored
    CHECK(dialog.metadata() == before);
    const int civic = style->findData(QStringLiteral("civic-blue"));
    REQUIRE(civic > 0);
    CHECK(style->itemText(civic) == QStringLiteral("Civic blue"));
    style->setCurrentIndex(civic);
    const ReportMetadata after = dialog.metadata();
    CHECK(after.style == QStringLiteral("civic-blue"));

    session.undoStack()->push(new EditMetadataCommand(&session, before, after));
    CHECK(session.document().metadata.style == QStringLiteral("civic-blue"));
    session.undoStack()->undo();
    CHECK(session.document().metadata.style.isEmpty());

    // A style the report names that is not installed here stays chosen, and says so.
    ReportMetadata elsewhere = before;
    elsewhere.style = QStringLiteral("another-unit");
    ReportDetailsDialog other(elsewhere);
    auto *kept = other.findChild<QComboBox *>(QStringLiteral("printStyle"));
    REQUIRE(kept);
    CHECK(kept->currentData().toString() == QStringLiteral("another-unit"));
    CHECK(kept->currentText().contains(QStringLiteral("not installed")));
    CHECK(other.metadata() == elsewhere);
}
