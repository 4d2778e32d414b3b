#include "DocumentFile.h"
#include "FigureExchange.h"
#include "MainWindow.h"
#include "OpenData.h"
#include "OpenDataFormats.h"
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

TEST_CASE("File › Export Open Data writes the public edition's figures in the format named")
{
    test::isolateSettings();
    QTemporaryDir dir;
    MainWindow w;
    test::FakePrompts::Log log;
    auto prompts = std::make_unique<test::FakePrompts>(&log);
    test::FakePrompts *answers = prompts.get();
    w.setPrompts(std::move(prompts));
    Document doc = test::smallDocument();
    REQUIRE_FALSE(doc.metrics.isEmpty());
    doc.metrics[0].confidential = true;
    const QString report = dir.filePath(QStringLiteral("r.csreport"));
    REQUIRE(DocumentFile::save(doc, report).isEmpty());
    REQUIRE(w.openFile(report));
    const OpenDataSet expected = openDataSet(doc, Edition::Public);

    answers->dataPath = dir.filePath(QStringLiteral("figures.json"));
    w.figureExchange()->exportOpenData();
    CHECK(log.fileNameQuestions == 1);
    CHECK(log.errors.isEmpty());
    CHECK(test::readFile(answers->dataPath) == openDataJson(expected));

    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    REQUIRE(w.figureExchange()->exportOpenDataTo(csv));
    const QByteArray csvBytes = test::readFile(csv);
    CHECK(csvBytes == openDataCsv(expected));
    CHECK(csvBytes.contains(doc.metrics.first().id.toUtf8())); // listed, its value withheld
    CHECK(expected.rows.first().withheld);

    const QString xlsx = dir.filePath(QStringLiteral("figures.xlsx"));
    REQUIRE(w.figureExchange()->exportOpenDataTo(xlsx));
    CHECK(test::readFile(xlsx).startsWith("PK"));

    // A name that says no format, or a folder that is not there: a message, nothing written,
    // and an older file is left as it was.
    CHECK_FALSE(w.figureExchange()->exportOpenDataTo(dir.filePath(QStringLiteral("figures.txt"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("figures.txt"))));
    REQUIRE(log.errors.size() == 1);
    CHECK(log.errors.first().contains(QStringLiteral("figures.txt")));
    CHECK_FALSE(
        w.figureExchange()->exportOpenDataTo(dir.filePath(QStringLiteral("missing/figures.csv"))));
    CHECK(log.errors.size() == 2);
    CHECK(test::readFile(csv) == csvBytes);
}
