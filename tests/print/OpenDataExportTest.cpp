// `csrstudio export --data` and the data set embedded in the PDF, as a reader takes them out:
// pdfdetach, qpdf, openpyxl.
#include "DocumentFormat.h"
#include "OpenData.h"
#include "OpenDataFormats.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include "CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace csr;

namespace {

const QString SecretHistory = QStringLiteral("88642.1975");

// The print test report with figures over five years, four year columns and two trend charts.
Document trendDocument()
{
    Document doc = test::printDocument();
    doc.metadata.yearColumns = 4;
    doc.findMetric(QStringLiteral("staff.total"))->history = {
        {2021, 1120}, {2020, 1098}, {2019, 1075}};
    doc.findMetric(QStringLiteral("staff.contract"))->history = {{2021, 551}, {2019, 560}};
    doc.findMetric(QStringLiteral("revenue"))->history = {{2021, SecretHistory.toDouble()}};
    Chapter trends;
    trends.id = QStringLiteral("trends");
    trends.title = QStringLiteral("发展趋势");
    trends.blocks = {
        Block{QStringLiteral("trend.line"),
              {},
              MetricTable{QStringLiteral("员工人数五年变化"),
                          {QStringLiteral("staff.total"), QStringLiteral("staff.contract"),
                           QStringLiteral("revenue")},
                          ChartType::TrendLine}},
        Block{QStringLiteral("trend.bars"),
              {},
              MetricTable{QStringLiteral("合同工人数"),
                          {QStringLiteral("staff.contract")},
                          ChartType::TrendBars,
                          4}}};
    doc.chapters.insert(2, trends);
    return doc;
}

struct Files
{
    QTemporaryDir dir;
    QString report = dir.filePath(QStringLiteral("trend.csreport"));
    Files() { test::writeFile(report, DocumentFormat::toJson(trendDocument())); }
    QString path(const QString &name) const { return dir.filePath(name); }
};

test::CliRun exportTo(const Files &f, const QString &output, const QStringList &extra = {})
{
    const test::CliRun run =
        test::runCsrstudio(QStringList{QStringLiteral("export"), f.report, QStringLiteral("-o"),
                                       output, QStringLiteral("--force")} +
                           extra);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.code == 0);
    return run;
}

QByteArray decompressed(const QString &pdf)
{
    const test::ToolRun q =
        test::runTool(QStringLiteral("qpdf"),
                      {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf,
                       QStringLiteral("-")});
    REQUIRE(q.exitCode == 0);
    return q.out;
}

} // namespace

TEST_CASE("export --data writes the figures as CSV, JSON and xlsx", "[cli][export][opendata]")
{
    Files f;
    const Document doc = DocumentFormat::fromJson(test::readFile(f.report)).document;
    for (const Edition edition : {Edition::Public, Edition::Internal}) {
        const bool isPublic = edition == Edition::Public;
        CAPTURE(isPublic);
        const QString name = isPublic ? QStringLiteral("public") : QStringLiteral("internal");
        const QStringList editionArgs{QStringLiteral("--data"), QStringLiteral("--edition"), name};
        const QString csv = f.path(name + QStringLiteral(".csv"));
        const QString json = f.path(name + QStringLiteral(".json"));
        const QString xlsx = f.path(name + QStringLiteral(".xlsx"));
        const test::CliRun run = exportTo(f, csv, editionArgs);
        CHECK(run.out.contains(isPublic ? QStringLiteral("2 confidential value(s) withheld")
                                        : QStringLiteral("0 confidential value(s) withheld")));
        exportTo(f, json, editionArgs);
        exportTo(f, xlsx, editionArgs);

        const OpenDataSet set = openDataSet(doc, edition);
        CHECK(test::readFile(csv) == openDataCsv(set));
        CHECK(test::readFile(json) == openDataJson(set));

        // The workbook as a spreadsheet program reads it: every row equals the model.
        const test::ToolRun py =
            test::runTool(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral("-c"),
                           QStringLiteral("import json, sys, openpyxl\n"
                                          "ws = openpyxl.load_workbook(sys.argv[1])['figures']\n"
                                          "print(json.dumps([[c for c in r] for r in "
                                          "ws.iter_rows(values_only=True)]))"),
                           xlsx});
        INFO(py.err.toStdString());
        REQUIRE(py.exitCode == 0);
        const QJsonArray rows = QJsonDocument::fromJson(py.out).array();
        REQUIRE(rows.size() == set.rows.size() + 1);
        const QStringList columns = openDataColumns(set);
        for (int c = 0; c < columns.size(); ++c)
            CHECK(rows[0].toArray()[c].toString() == columns[c]);
        CHECK(columns.mid(11) == QStringList{"value_2021", "value_2020", "value_2019"});
        for (int i = 0; i < doc.metrics.size(); ++i) {
            const Metric &m = doc.metrics[i];
            const QJsonArray r = rows[i + 1].toArray();
            CAPTURE(m.id);
            CHECK(r[0].toString() == m.id);
            CHECK(r[2].toString() == m.label);
            CHECK(r[4].toDouble() == 2023);
            CHECK(r[10].toString() == (m.confidential ? "true" : "false"));
            if (isMasked(m, edition)) {
                for (int c : {5, 6, 7, 11})
                    CHECK(r[c].isNull());
                continue;
            }
            CHECK(r[5].toDouble() == m.value.value_or(0));
            CHECK(r[6].isNull() == !m.previousValue);
            CHECK(r[11].isNull() == !m.history.contains(2021));
            if (m.history.contains(2021))
                CHECK(r[11].toDouble() == m.history[2021]);
        }
        // Byte level: no confidential value in any public file, the workbook's XML included.
        const test::ToolRun unzipped = test::runTool(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n"
                            "sys.stdout.buffer.write(b''.join(z.read(n) for n in z.namelist()))"),
             xlsx});
        REQUIRE(unzipped.exitCode == 0);
        for (const QString &secret : {test::SecretRevenue, test::SecretProfit,
                                      test::SecretPreviousRevenue, SecretHistory}) {
            CAPTURE(secret);
            CHECK(test::readFile(csv).contains(secret.toUtf8()) == !isPublic);
            CHECK(test::readFile(json).contains(secret.toUtf8()) == !isPublic);
            // The workbook writes numbers in its own digits (88642.197499999995): the prefix.
            CHECK(unzipped.out.contains(secret.left(8).toUtf8()) == !isPublic);
        }
        CHECK_FALSE(test::readFile(csv).contains("**"));
    }

    // Refusals name the problem and write nothing.
    const test::CliRun pdfName =
        test::runCsrstudio({QStringLiteral("export"), f.report, QStringLiteral("--data"),
                            QStringLiteral("-o"), f.path(QStringLiteral("x.pdf"))});
    CHECK(pdfName.code == 2);
    CHECK(pdfName.err.contains(QStringLiteral(".csv, .json or .xlsx")));
    const test::CliRun review = test::runCsrstudio(
        {QStringLiteral("export"), f.report, QStringLiteral("--data"), QStringLiteral("--edition"),
         QStringLiteral("review"), QStringLiteral("-o"), f.path(QStringLiteral("x.csv"))});
    CHECK(review.code == 2);
    CHECK_FALSE(QFileInfo::exists(f.path(QStringLiteral("x.csv"))));
}

TEST_CASE("The PDF embeds its edition's data set, the same bytes as export --data",
          "[cli][export][opendata][pdf]")
{
    Files f;
    for (const QString &edition : {QStringLiteral("public"), QStringLiteral("internal")}) {
        CAPTURE(edition);
        const bool isPublic = edition == QLatin1String("public");
        const QString pdf = f.path(edition + QStringLiteral(".pdf"));
        exportTo(f, pdf, {QStringLiteral("--edition"), edition});
        const QString csv = f.path(edition + QStringLiteral("-data.csv"));
        const QString json = f.path(edition + QStringLiteral("-data.json"));
        exportTo(f, csv, {QStringLiteral("--data"), QStringLiteral("--edition"), edition});
        exportTo(f, json, {QStringLiteral("--data"), QStringLiteral("--edition"), edition});

        const test::ToolRun list =
            test::runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pdf});
        REQUIRE(list.exitCode == 0);
        const QString names = QString::fromUtf8(list.out);
        INFO(names.toStdString());
        CHECK(names.contains(QStringLiteral("2 embedded files")));
        const QDir saved(f.path(edition));
        QDir().mkpath(saved.path());
        const test::ToolRun detach =
            test::runTool(QStringLiteral("pdfdetach"),
                          {QStringLiteral("-saveall"), QStringLiteral("-o"), saved.path(), pdf});
        REQUIRE(detach.exitCode == 0);
        const QString base = QStringLiteral("csr-data-2023-") + edition;
        CHECK(test::readFile(saved.filePath(base + QStringLiteral(".csv"))) == test::readFile(csv));
        CHECK(test::readFile(saved.filePath(base + QStringLiteral(".json"))) ==
              test::readFile(json));

        // The associated-file description a regulator's tool looks for.
        const QByteArray qdf = decompressed(pdf);
        CHECK(qdf.contains("/AF ["));
        CHECK(qdf.count("/AFRelationship /Data") == 2);
        CHECK(qdf.count("/Type /EmbeddedFile") == 2);
        CHECK(qdf.contains("/Subtype /text#2fcsv") != qdf.contains("/Subtype /text#2Fcsv"));
        CHECK(qdf.contains("/Subtype /application#2fjson") !=
              qdf.contains("/Subtype /application#2Fjson"));
        CHECK(qdf.count("/CheckSum <") == 2);
        CHECK(qdf.contains(("/Size " + QByteArray::number(test::readFile(csv).size()))));
        for (const QString &secret :
             {test::SecretRevenue, test::SecretPreviousRevenue, SecretHistory})
            CHECK(qdf.contains(secret.toUtf8()) == !isPublic);
        const test::ToolRun check =
            test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        INFO(check.out.toStdString());
        CHECK(check.exitCode == 0);
    }
}

TEST_CASE("Trend charts and extra year columns print and extract as text", "[export][trend]")
{
    Files f;
    const QString pdf = f.path(QStringLiteral("trend.pdf"));
    exportTo(f, pdf);
    const QString text = test::pdftotext(pdf);
    // The table's four year columns; the line chart's five years (2019 only in the chart).
    for (const char *header : {"2023年", "2022年", "2021年", "2020年"})
        CHECK(text.contains(QString::fromUtf8(header)));
    CHECK_FALSE(text.contains(QStringLiteral("2019年")));
    CHECK(text.contains(QStringLiteral("2019")));
    CHECK(text.contains(QStringLiteral("员工人数五年变化")));
    CHECK(text.contains(QStringLiteral("（保密数据不列入图表）")));
    // Values beside the line's points and the bars.
    for (const char *value : {"1075", "1098", "1120", "560", "551"})
        CHECK(text.contains(QString::fromLatin1(value)));
    const test::ToolRun images =
        test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(images.out.count('\n') <= 2); // header lines only: the charts are vectors
}
