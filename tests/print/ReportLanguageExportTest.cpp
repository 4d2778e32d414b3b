#include "CliRun.h"
#include "DocumentFile.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace csr;
using namespace csr::test;

namespace {

// csrstudio under a C locale, so its UI translator is the English one.
QProcessEnvironment cLocale()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

QString exported(const QTemporaryDir &dir, const QString &report, const QString &name,
                 const QStringList &extra)
{
    const QString pdf = dir.filePath(name);
    const CliRun r = runCsrstudio(
        QStringList{QStringLiteral("export"), report, QStringLiteral("-o"), pdf} + extra,
        cLocale());
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return pdf;
}

} // namespace

TEST_CASE("export --language en prints the sample's English edition, zh stays Chinese under a C "
          "locale",
          "[print][cli][wording]")
{
    QTemporaryDir dir;
    Document doc = loadSample();
    doc.signatory.date = QDate(2025, 1, 20); // a Monday: no weekday may appear
    doc.findMetric(QStringLiteral("staff.total"))->previousValue = 1100;
    const QString report = dir.filePath(QStringLiteral("sample.csreport"));
    REQUIRE(DocumentFile::save(doc, report).isEmpty());

    const QString enPdf = exported(dir, report, QStringLiteral("en.pdf"),
                                   {QStringLiteral("--language"), QStringLiteral("en")});
    const QString en = pdftotext(enPdf);
    for (const char *word :
         {"Contents", "Indicator", "Unit", "Change", "1 January 2023 to 31 December 2023",
          "Published: 20 January 2025", "1,184", "+7.6%"}) {
        INFO(word);
        CHECK(en.contains(QString::fromUtf8(word)));
    }
    // The sample's own text says 指标, 单位 and 同比 in places; these words are the engine's.
    for (const char *word :
         {"报告年度", "时间范围：", "报告篇幅：", "本报告共", "年1月20日", "每月事项数"}) {
        INFO(word);
        CHECK_FALSE(en.contains(QString::fromUtf8(word)));
    }
    CHECK_FALSE(en.contains(QStringLiteral("Monday")));
    // The sample's title names its year, so the cover does not print it again.
    CHECK_FALSE(en.contains(QStringLiteral("Report year")));
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {enPdf});
    CHECK(info.out.contains("corporate social responsibility report 2023 (public edition)"));

    const QString zh = pdftotext(exported(dir, report, QStringLiteral("zh.pdf"), {}));
    for (const char *word : {"指标", "单位", "同比", "报告编写说明", "2023年1月1日至2023年12月31日",
                             "2025年1月20日", "1184"}) {
        INFO(word);
        CHECK(zh.contains(QString::fromUtf8(word)));
    }
    CHECK_FALSE(zh.contains(QRegularExpression(
        QStringLiteral("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                       "February|December|Contents|Indicator|Report year"))));
}

TEST_CASE("export --language refuses a language it has no wording for", "[print][cli][wording]")
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("r.csreport"));
    REQUIRE(DocumentFile::save(loadSample(), report).isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const CliRun r = runCsrstudio({QStringLiteral("export"), report, QStringLiteral("-o"), pdf,
                                   QStringLiteral("--language"), QStringLiteral("fr")},
                                  cLocale());
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("\"fr\"")));
    CHECK(r.err.contains(QStringLiteral("zh_CN, en")));
    CHECK_FALSE(QFile::exists(pdf));
}
