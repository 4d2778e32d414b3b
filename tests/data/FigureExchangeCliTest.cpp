#include "CliRun.h"
#include "DataTestSupport.h"
#include "DocumentFile.h"
#include "TestSupport.h"
#include "WorkbookReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace csr;

namespace {

const QString Fill = QStringLiteral(CSR_DATA_TESTS "/fill-workbook.py");
const QString WriteTable = QStringLiteral(CSR_DATA_TESTS "/write-table.py");

// The sample with two people assigned: 王芳 the staff chapters, 李明 volunteering.
QString assignedReport(const QTemporaryDir &dir)
{
    Document doc = test::loadSample();
    doc.findChapter(QStringLiteral("c8"))->assignee = QStringLiteral("王芳");
    doc.findChapter(QStringLiteral("c9"))->assignee = QStringLiteral("王芳");
    doc.findChapter(QStringLiteral("c17"))->assignee = QStringLiteral("李明");
    const QString path = dir.filePath(QStringLiteral("report.csreport"));
    REQUIRE(DocumentFile::save(doc, path).isEmpty());
    return path;
}

int fill(const QString &in, const QString &out, const QJsonObject &values)
{
    QString output;
    const int code = test::runProgram(
        test::systemPython(),
        {Fill, in, out, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))},
        60, &output);
    INFO(output.toStdString());
    return code;
}

// A hand-made workbook written by openpyxl: `rows` as number and text cells.
int writeTable(const QString &out, const QString &sheet, const QJsonArray &rows)
{
    QString output;
    const int code =
        test::runProgram(test::systemPython(),
                         {WriteTable, out, sheet,
                          QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))},
                         60, &output);
    INFO(output.toStdString());
    return code;
}

// Every change-log record of the report as "id field=after@source", in the log's order.
QStringList logLines(const Document &doc)
{
    QStringList lines;
    for (const ChangeRecord &c : doc.changeLog)
        lines << c.metricId + QLatin1Char(' ') + c.field + QLatin1Char('=') + c.after +
                     QLatin1Char('@') + c.source;
    return lines;
}

} // namespace

TEST_CASE("collect writes a workbook per person: instructions first, a protected sheet per table")
{
    QTemporaryDir dir;
    const QString report = assignedReport(dir);
    const auto run = test::runCsrstudio({QStringLiteral("collect"), report, QStringLiteral("-o"),
                                         dir.filePath(QStringLiteral("out"))});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.code == 0);
    const QStringList files = QDir(dir.filePath(QStringLiteral("out")))
                                  .entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    CHECK(files == QStringList{QStringLiteral("未分配.xlsx"), QStringLiteral("李明.xlsx"),
                               QStringLiteral("王芳.xlsx")});
    const Workbook book = data::readWorkbook(dir.filePath(QStringLiteral("out/王芳.xlsx")));
    REQUIRE(book.ok());
    QStringList names;
    for (const Sheet &s : book.sheets)
        names << s.name;
    // The report is Chinese, so the workbook is, whatever the program's own language.
    CHECK(names == QStringList{QStringLiteral("填报说明"), QStringLiteral("员工结构"),
                               QStringLiteral("员工学历结构"), QStringLiteral("劳动保护")});
    // What a spreadsheet program enforces, as openpyxl reads it.
    QString facts;
    REQUIRE(test::runProgram(
                test::systemPython(),
                {QStringLiteral("-c"),
                 QStringLiteral(
                     "import openpyxl,sys\n"
                     "s=openpyxl.load_workbook(sys.argv[1])['员工结构']\n"
                     "print(s.protection.sheet, s.column_dimensions['A'].hidden,"
                     " s['A2'].protection.locked, s['D2'].protection.locked,"
                     " s['F2'].protection.locked, s['A2'].value,"
                     " [(v.type, str(v.sqref)) for v in s.data_validations.dataValidation])"),
                 dir.filePath(QStringLiteral("out/王芳.xlsx"))},
                60, &facts) == 0);
    CHECK(facts.trimmed() ==
          QStringLiteral("True True True False False staff.formal [('decimal', 'D2:D6')]"));
}

TEST_CASE("Figures filled by openpyxl and re-saved by LibreOffice read back exactly")
{
    QTemporaryDir dir;
    const QString report = assignedReport(dir);
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(
        test::runCsrstudio({QStringLiteral("collect"), report, QStringLiteral("-o"), out}).code ==
        0);
    const QString filled = dir.filePath(QStringLiteral("filled.xlsx"));
    REQUIRE(fill(out + QStringLiteral("/王芳.xlsx"), filled,
                 {{QStringLiteral("staff.formal"), 640},
                  {QStringLiteral("education.master"), 27.5},
                  {QStringLiteral("health.checks"), 1234567.25},
                  {QStringLiteral("note:staff.formal"), QStringLiteral("HR 系统 2024-01")}}) == 0);
    const QString resaved = test::resaveWithLibreOffice(filled, dir.filePath(QStringLiteral("lo")));
    if (resaved.isEmpty()) {
        WARN("SKIP: LibreOffice (soffice) is not installed or could not run; the workbook was read "
             "as openpyxl wrote it");
    }
    const QString workbook = resaved.isEmpty() ? filled : resaved;

    const QByteArray before = test::readFile(report);
    const auto dry = test::runCsrstudio(
        {QStringLiteral("import-data"), report, workbook, QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("1234567.25")));
    CHECK(test::readFile(report) == before); // --dry-run writes nothing

    const auto run = test::runCsrstudio({QStringLiteral("import-data"), report, workbook});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.code == 0);
    const auto read = DocumentFile::load(report);
    REQUIRE(read.ok());
    const Document &doc = read.document;
    CHECK(doc.findMetric(QStringLiteral("staff.formal"))->value == 640.0);
    CHECK(doc.findMetric(QStringLiteral("staff.formal"))->source ==
          QStringLiteral("HR 系统 2024-01"));
    CHECK(doc.findMetric(QStringLiteral("education.master"))->value == 27.5);
    CHECK(doc.findMetric(QStringLiteral("health.checks"))->value == 1234567.25);
    // Everything else as it was.
    Document expected = test::loadSample();
    CHECK(doc.metrics.size() == expected.metrics.size());
    int changed = 0;
    for (const Metric &m : doc.metrics)
        changed += !(m == *expected.findMetric(m.id));
    CHECK(changed == 3);
    // The change log names the workbook and the cell as each value's source.
    QStringList sources;
    for (const ChangeRecord &c : doc.changeLog)
        if (c.field == QLatin1String("value"))
            sources << c.metricId + QLatin1Char('=') + c.after + QLatin1Char('@') + c.source;
    sources.sort();
    CHECK(sources ==
          QStringList{QStringLiteral("education.master=27.5@filled.xlsx: 员工学历结构!D2"),
                      QStringLiteral("health.checks=1234567.25@filled.xlsx: 劳动保护!D2"),
                      QStringLiteral("staff.formal=640@filled.xlsx: 员工结构!D2")});
}

TEST_CASE("Bad cells are reported by sheet and cell, and nothing is applied")
{
    QTemporaryDir dir;
    const QString report = assignedReport(dir);
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(
        test::runCsrstudio({QStringLiteral("collect"), report, QStringLiteral("-o"), out}).code ==
        0);
    const QString filled = dir.filePath(QStringLiteral("bad.xlsx"));
    REQUIRE(fill(out + QStringLiteral("/王芳.xlsx"), filled,
                 {{QStringLiteral("staff.formal"), QStringLiteral("1,18 4")},
                  {QStringLiteral("staff.migrant"), 12},
                  {QStringLiteral("education.bachelor"), QStringLiteral("about 300")}}) == 0);
    const QByteArray before = test::readFile(report);
    const auto run = test::runCsrstudio({QStringLiteral("import-data"), report, filled});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.out.contains(QStringLiteral("员工结构!D2: \"1,18 4\" is not a number.")));
    CHECK(run.out.contains(QStringLiteral("员工学历结构!D3: \"about 300\" is not a number.")));
    CHECK(run.out.contains(QStringLiteral("Nothing was applied: 2 error(s)")));
    CHECK(test::readFile(report) == before);
}

TEST_CASE("Year columns of a csv and of an openpyxl workbook fill past years")
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.csreport"));
    REQUIRE(DocumentFile::save(test::loadSample(), report).isEmpty()); // a 2023 report

    // A csv as a spreadsheet exports it: every field text.
    const QString csv = dir.filePath(QStringLiteral("history.csv"));
    test::writeFile(csv, QByteArrayLiteral("id,2021,2022,2023\n"
                                           "staff.total,\"1,100\",1150,1190\n"
                                           "education.master,20,22,\n"));
    const QByteArray before = test::readFile(report);
    const auto dry = test::runCsrstudio(
        {QStringLiteral("import-data"), report, csv, QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("全口径员工 (2021) [staff.total]")));
    CHECK(dry.out.contains(QStringLiteral("Dry run: 5 figure(s) would change")));
    CHECK(test::readFile(report) == before); // --dry-run writes nothing

    const auto run = test::runCsrstudio({QStringLiteral("import-data"), report, csv});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.code == 0);
    auto read = DocumentFile::load(report);
    REQUIRE(read.ok());
    const Metric *staff = read.document.findMetric(QStringLiteral("staff.total"));
    CHECK(staff->value == 1190.0);
    CHECK(staff->previousValue == 1150.0);
    CHECK(staff->history == QMap<int, double>{{2021, 1100}});
    const Metric *master = read.document.findMetric(QStringLiteral("education.master"));
    CHECK(master->value == 25.0); // the empty 2023 cell leaves this year's value
    CHECK(master->previousValue == 22.0);
    CHECK(master->history == QMap<int, double>{{2021, 20}});
    CHECK(logLines(read.document) ==
          QStringList{QStringLiteral("staff.total value=1190@history.csv: history.csv!D2"),
                      QStringLiteral("staff.total previousValue=1150@history.csv: history.csv!C2"),
                      QStringLiteral("staff.total history.2021=1100@history.csv: history.csv!B2"),
                      QStringLiteral("education.master previousValue=22@history.csv: "
                                     "history.csv!C3"),
                      QStringLiteral("education.master history.2021=20@history.csv: "
                                     "history.csv!B3")});

    // The same from a workbook openpyxl wrote, its year headers number cells; one later figure.
    REQUIRE(DocumentFile::save(test::loadSample(), report).isEmpty());
    const QString xlsx = dir.filePath(QStringLiteral("history.xlsx"));
    REQUIRE(writeTable(xlsx, QStringLiteral("员工"),
                       {QJsonArray{QStringLiteral("id"), 2021, 2022, 2023},
                        QJsonArray{QStringLiteral("staff.total"), 1100, 1150, 1190}}) == 0);
    const auto xrun = test::runCsrstudio({QStringLiteral("import-data"), report, xlsx});
    INFO(xrun.out.toStdString() << xrun.err.toStdString());
    REQUIRE(xrun.code == 0);
    read = DocumentFile::load(report);
    REQUIRE(read.ok());
    staff = read.document.findMetric(QStringLiteral("staff.total"));
    CHECK(staff->value == 1190.0);
    CHECK(staff->previousValue == 1150.0);
    CHECK(staff->history == QMap<int, double>{{2021, 1100}});
    CHECK(logLines(read.document)
              .contains(QStringLiteral("staff.total history.2021=1100@history.xlsx: 员工!B2")));
}

TEST_CASE("A later year or a bad year cell blocks the import, and nothing is written")
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.csreport"));
    REQUIRE(DocumentFile::save(test::loadSample(), report).isEmpty());
    const QString xlsx = dir.filePath(QStringLiteral("bad.xlsx"));
    REQUIRE(writeTable(xlsx, QStringLiteral("员工"),
                       {QJsonArray{QStringLiteral("id"), QStringLiteral("2021 年"), 2023, 2024},
                        QJsonArray{QStringLiteral("staff.total"), QStringLiteral("1,10 0"), 1190},
                        QJsonArray{QStringLiteral("education.master"), 20, 26, 27}}) == 0);
    const QByteArray before = test::readFile(report);
    const auto run = test::runCsrstudio({QStringLiteral("import-data"), report, xlsx});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.out.contains(QStringLiteral("员工!B2: \"1,10 0\" is not a number.")));
    CHECK(run.out.contains(QStringLiteral("员工!D3: 2024 is after the report's year (2023)")));
    CHECK(run.out.contains(QStringLiteral("Nothing was applied: 2 error(s)")));
    CHECK(test::readFile(report) == before);
}
