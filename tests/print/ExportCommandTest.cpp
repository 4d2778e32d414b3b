#include "CliRun.h"
#include "DocumentFile.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace csr;
using namespace csr::test;

namespace {

QString saveReport(const QTemporaryDir &dir, const Document &doc,
                   const QString &name = QStringLiteral("r.csreport"))
{
    const QString path = dir.filePath(name);
    REQUIRE(DocumentFile::save(doc, path).isEmpty());
    return path;
}

CliRun csrstudio(const QStringList &args,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runCsrstudio(args, env);
}

} // namespace

TEST_CASE("export command: writes the PDF and says where the signature goes", "[print][cli]")
{
    QTemporaryDir dir;
    const QString report = saveReport(dir, printDocument());
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const CliRun r = csrstudio({QStringLiteral("export"), report, QStringLiteral("-o"), pdf,
                                QStringLiteral("--edition"), QStringLiteral("internal"),
                                QStringLiteral("--pdfa")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(QFile::exists(pdf));
    CHECK(r.out.contains("internal"));
    CHECK(r.out.contains("PDF/A-1b"));
    CHECK(r.out.contains("Signature block: page 4"));
    CHECK(pdftotext(pdf).contains(SecretRevenue));
    // Only the PDF in the folder: no temporary file left over.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("export command: a report with errors is refused unless forced", "[print][cli]")
{
    QTemporaryDir dir;
    Document doc = printDocument();
    doc.metadata.unitName.clear();
    doc.signatory.name.clear();
    doc.chapters[1].blocks.prepend(Block{
        QStringLiteral("unknown-ref"), {}, Paragraph{QStringLiteral("共{{no.such.metric}}项。")}});
    const QString report = saveReport(dir, doc);
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    writeFile(pdf, "an older export");

    CliRun r = csrstudio({QStringLiteral("export"), report, QStringLiteral("-o"), pdf});
    CHECK(r.code == 1);
    CHECK(r.err.contains("[unit-missing]"));
    CHECK(r.err.contains("[signatory-missing]"));
    CHECK(r.err.contains("--force"));
    CHECK(readFile(pdf) == "an older export");

    r = csrstudio(
        {QStringLiteral("export"), report, QStringLiteral("-o"), pdf, QStringLiteral("--force")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(readFile(pdf).startsWith("%PDF-"));
    // A forced export shows the unknown reference as a marker a proofreader sees.
    const QString text = pdftotext(pdf);
    CHECK(text.contains(QStringLiteral("共【?no.such.metric】项")));
    CHECK_FALSE(text.contains(QStringLiteral("{{")));
}

TEST_CASE("export command: bad calls get a clear message and write nothing", "[print][cli]")
{
    QTemporaryDir dir;
    const QString report = saveReport(dir, printDocument());
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));

    SECTION("a signing option without --sign")
    {
        for (const QStringList &extra :
             {QStringList{QStringLiteral("--password-file"), QStringLiteral("pw.txt")},
              QStringList{QStringLiteral("--reason"), QStringLiteral("公开披露")},
              QStringList{QStringLiteral("--password"), QStringLiteral("secret")}}) {
            const CliRun r = csrstudio(
                QStringList{QStringLiteral("export"), report, QStringLiteral("-o"), pdf} + extra);
            INFO(extra.join(QLatin1Char(' ')).toStdString());
            CHECK(r.code == 2);
            CHECK(r.err.contains(QStringLiteral("--sign")));
            CHECK_FALSE(QFile::exists(pdf)); // no unsigned report to be taken for a signed one
        }
    }
    SECTION("an output folder that does not exist")
    {
        const QString nowhere = dir.filePath(QStringLiteral("missing/out.pdf"));
        const CliRun r =
            csrstudio({QStringLiteral("export"), report, QStringLiteral("-o"), nowhere});
        CHECK(r.code == 2);
        CHECK(r.err.contains("does not exist"));
        CHECK_FALSE(QFile::exists(nowhere));
    }
    SECTION("the report itself as the output")
    {
        const QByteArray before = readFile(report);
        const CliRun r =
            csrstudio({QStringLiteral("export"), report, QStringLiteral("-o"), report});
        CHECK(r.code == 2);
        CHECK(r.err.contains("overwrite"));
        CHECK(readFile(report) == before);
    }
    SECTION("an unknown edition")
    {
        const CliRun r = csrstudio({QStringLiteral("export"), report, QStringLiteral("-o"), pdf,
                                    QStringLiteral("--edition"), QStringLiteral("secret")});
        CHECK(r.code == 2);
        CHECK(r.err.contains("secret"));
    }
    SECTION("no -o")
    {
        const CliRun r = csrstudio({QStringLiteral("export"), report});
        CHECK(r.code == 2);
        CHECK(r.err.contains("-o"));
    }
    SECTION("an unreadable report")
    {
        const QString broken = dir.filePath(QStringLiteral("broken.csreport"));
        writeFile(broken, "{ not json");
        const CliRun r = csrstudio({QStringLiteral("export"), broken, QStringLiteral("-o"), pdf});
        CHECK(r.code == 2);
        CHECK_FALSE(r.err.isEmpty());
    }
    SECTION("the report font is missing")
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CSR_REPORT_FONT"), dir.filePath(QStringLiteral("gone.ttc")));
        const CliRun r =
            csrstudio({QStringLiteral("export"), report, QStringLiteral("-o"), pdf}, env);
        CHECK(r.code == 2);
        CHECK(r.err.contains("WenQuanYi Micro Hei"));
        CHECK(r.err.contains("fonts-wqy-microhei"));
    }
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral(".pdf")).isEmpty());
}

TEST_CASE("print command: a missing printer gets a clear message", "[print][cli]")
{
    QTemporaryDir dir;
    const QString report = saveReport(dir, printDocument());
    const CliRun r = csrstudio({QStringLiteral("print"), report, QStringLiteral("--printer"),
                                QStringLiteral("no-such-printer-here")});
    CHECK(r.code == 2);
    CHECK(r.err.contains("no-such-printer-here"));
}

TEST_CASE("export command: the built-in sample exports", "[print][cli][sample]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
    const CliRun r = csrstudio(
        {QStringLiteral("export"), QStringLiteral(CSR_SAMPLE), QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    // Validation warnings are said too, not only errors.
    CHECK(r.err.contains("warning: "));
    CHECK(r.err.contains("[confidential-value-empty]"));
    const QString text = pdftotext(pdf);
    CHECK(text.contains(QStringLiteral("一、公开陈述")));
    CHECK(text.contains(QStringLiteral("朱樱")));
    CHECK(text.contains(QStringLiteral("党委书记、总经理")));
}

TEST_CASE("export command: characters the report font lacks are reported", "[print][cli][font]")
{
    QTemporaryDir dir;
    Document doc = printDocument();
    doc.chapters[1].blocks.prepend(
        Block{QStringLiteral("rare"), {}, Paragraph{QStringLiteral("四龍为𪚥。")}});
    const QString report = saveReport(dir, doc);
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const CliRun r = csrstudio({QStringLiteral("export"), report, QStringLiteral("-o"), pdf});
    CHECK(r.code == 0);
    const QString err = r.err;
    INFO(err.toStdString());
    CHECK(err.contains(QStringLiteral("𪚥")));
    CHECK(err.contains(QStringLiteral("一、公开陈述")));
}
