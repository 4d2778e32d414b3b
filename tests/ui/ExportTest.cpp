#include "DocumentFile.h"
#include "MainWindow.h"
#include "PdfVerifier.h"
#include "ReportExporter.h"
#include "ReportSession.h"
#include "TestPki.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace csr;
using namespace csr::ui;

TEST_CASE("Export PDF runs in the background and writes the edition asked for")
{
    test::isolateSettings();
    QTemporaryDir dir;
    MainWindow w;
    test::FakePrompts::Log log;
    w.setPrompts(std::make_unique<test::FakePrompts>(&log));
    const QString report = dir.filePath(QStringLiteral("r.csreport"));
    REQUIRE(DocumentFile::save(test::smallDocument(), report).isEmpty());
    REQUIRE(w.openFile(report));
    w.exporter()->setShowProgress(false);

    QSignalSpy done(&w, &MainWindow::exportFinished);
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(w.exportPdf(pdf, Edition::Public));
    CHECK_FALSE(w.exportPdf(pdf, Edition::Internal)); // one export at a time
    REQUIRE(done.wait(120000));
    CHECK(done.first().at(0).toString() == pdf);
    CHECK(done.first().at(1).toString().isEmpty());
    CHECK(log.errors.isEmpty());
    CHECK(test::readFile(pdf).startsWith("%PDF-"));

    // A folder that does not exist: the error is reported and nothing is written.
    done.clear();
    const QString bad = dir.filePath(QStringLiteral("missing/r.pdf"));
    REQUIRE(w.exportPdf(bad, Edition::Internal));
    REQUIRE(done.wait(120000));
    CHECK_FALSE(done.first().at(1).toString().isEmpty());
    CHECK(log.errors.size() == 1);
    CHECK_FALSE(QFile::exists(bad));
}
