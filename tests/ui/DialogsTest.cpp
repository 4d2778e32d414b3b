#include "EditMetadataCommand.h"
#include "OptionalDateEdit.h"
#include "ReportDetailsDialog.h"
#include "ReportSession.h"
#include "SignatoryDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

using namespace csr;
using namespace csr::ui;

TEST_CASE("The signatory dialog changes nothing when OK is pressed without edits")
{
    Signatory s = test::smallDocument().signatory;
    s.date = QDate();                 // never set
    s.name = QStringLiteral("朱樱 "); // stored untrimmed
    SignatoryDialog dialog(s);
    CHECK(dialog.signatory() == s);

    auto *date = dialog.findChild<OptionalDateEdit *>();
    REQUIRE(date);
    CHECK(date->text() == QStringLiteral("not set"));
    date->setDate(QDate(2024, 3, 1));
    CHECK(dialog.signatory().date == QDate(2024, 3, 1));
}

TEST_CASE("The report details dialog changes nothing when OK is pressed without edits")
{
    ReportMetadata m = test::smallDocument().metadata;
    m.periodStart = QDate(); // a report whose period was never entered
    m.periodEnd = QDate();
    m.year = 0;
    m.scope = QStringLiteral("  总部及下属单位\n");
    ReportDetailsDialog dialog(m);
    CHECK(dialog.metadata() == m);

    const auto dates = dialog.findChildren<OptionalDateEdit *>();
    REQUIRE(dates.size() == 2);
    dates.first()->setDate(QDate(2023, 1, 1));
    CHECK(dialog.metadata().periodStart == QDate(2023, 1, 1));
    CHECK_FALSE(dialog.metadata().periodEnd.isValid());
    auto *year = dialog.findChild<QSpinBox *>();
    REQUIRE(year);
    year->setValue(2023);
    CHECK(dialog.metadata().year == 2023);
}

TEST_CASE("The report details dialog sets the language the report is printed in, undoably")
{
    ReportSession session;
    session.reset(test::smallDocument(), {});
    const ReportMetadata before = session.document().metadata;
    REQUIRE(before.language == QStringLiteral("zh_CN"));
    ReportDetailsDialog dialog(before);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguage"));
    REQUIRE(language);
    CHECK(language->currentData().toString() == QStringLiteral("zh_CN"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    ReportMetadata after = before;
    after.language = QStringLiteral("en");
    CHECK(dialog.metadata() == after); // nothing else changes

    session.undoStack()->push(new EditMetadataCommand(&session, before, dialog.metadata()));
    CHECK(session.document().metadata.language == QStringLiteral("en"));
    session.undoStack()->undo();
    CHECK(session.document().metadata.language == QStringLiteral("zh_CN"));
    // A report printed in English opens the dialog on English.
    ReportDetailsDialog again(after);
    CHECK(
        again.findChild<QComboBox *>(QStringLiteral("reportLanguage"))->currentData().toString() ==
        QStringLiteral("en"));
}

// For looking at the signatory dialog with a refused seal (not run by default):
//   CSR_SCREENSHOT=/tmp/signatory.png xvfb-run -a build/tests/ui/ui_tests "[.screenshot]"
TEST_CASE("Screenshot of the signatory dialog refusing a seal", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("CSR_SCREENSHOT");
    REQUIRE_FALSE(path.isEmpty());
    SignatoryDialog dialog(test::smallDocument().signatory);
    dialog.show();
    REQUIRE_FALSE(dialog.chooseSeal(QStringLiteral("/nonexistent/seal.png")).isEmpty());
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();
    REQUIRE(dialog.grab().save(path));
}
