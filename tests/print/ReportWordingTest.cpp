#include "ReportWording.h"
#include "LayoutEngine.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

using namespace csr;
using namespace csr::print;
using namespace csr::test;

namespace {

// Every text the layout put on the pages, in page order.
QString printedText(const PageLayout &layout)
{
    QString text;
    for (const Page &page : layout.pages)
        for (const Primitive &p : page.primitives)
            if (const auto *t = std::get_if<TextRun>(&p))
                text += t->text + QLatin1Char('\n');
            else if (const auto *c = std::get_if<ChartBox>(&p))
                text += c->chart.title + c->chart.categories.join(QLatin1Char(' ')) + '\n';
    return text;
}

// The texts of every table's header row.
QStringList headerCells(const PageLayout &layout)
{
    QStringList cells;
    for (const Page &page : layout.pages)
        for (const Primitive &p : page.primitives)
            if (const auto *t = std::get_if<TextRun>(&p); t && t->style == TextStyle::TableHeader)
                cells << t->text;
    cells.removeDuplicates();
    return cells;
}

PageLayout layoutIn(const Document &doc, const QString &language)
{
    LayoutOptions options;
    options.fontFamily = reportFamily();
    options.wording = ReportWording::builtIn(language);
    return LayoutEngine::layout(doc, options);
}

// The sample with what it lacks for these checks: a signing date and last year's staff figure.
Document datedSample()
{
    Document doc = loadSample();
    doc.signatory.date = QDate(2025, 1, 20); // a Monday
    doc.findMetric(QStringLiteral("staff.total"))->previousValue = 1100;
    return doc;
}

const QRegularExpression EnglishCalendarWords(QStringLiteral(
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    "March|April|June|July|August|September|October|November|December|"
    "\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b"));

} // namespace

TEST_CASE("wording: the built-in tables have the same keys, all documented", "[print][wording]")
{
    const ReportWording zh = ReportWording::builtIn(QStringLiteral("zh_CN"));
    const ReportWording en = ReportWording::builtIn(QStringLiteral("en"));
    CHECK(zh.language() == QStringLiteral("zh_CN"));
    CHECK(en.language() == QStringLiteral("en"));
    REQUIRE(zh.keys().size() > 60);
    QStringList zhKeys = zh.keys(), enKeys = en.keys();
    zhKeys.sort();
    enKeys.sort();
    CHECK(zhKeys == enKeys);
    // English is its own table, not zh_CN's words: every entry differs but the shared ones.
    CHECK(en.text(QStringLiteral("toc.title")) == QStringLiteral("Contents"));
    CHECK(zh.text(QStringLiteral("toc.title")) == QStringLiteral("目  录"));
    // And each resource file names every key itself (a missing one would fall back silently).
    const QString doc = QString::fromUtf8(
        readFile(QStringLiteral(CSR_SOURCE_DIR) + QStringLiteral("/docs/print-engine.md")));
    for (const QString &language : ReportWording::languages()) {
        const QJsonObject words =
            QJsonDocument::fromJson(
                readFile(QStringLiteral(CSR_SOURCE_DIR) +
                         QStringLiteral("/resources/wording/%1.json").arg(language)))
                .object()
                .value(QStringLiteral("words"))
                .toObject();
        CHECK(words.size() == zhKeys.size());
    }
    for (const QString &key : zhKeys) {
        INFO(key.toStdString());
        CHECK(doc.contains(QStringLiteral("`%1`").arg(key)));
    }
    // An unknown language gets the default table; an unknown key prints as itself.
    CHECK(ReportWording::builtIn(QStringLiteral("fr")) == zh);
    CHECK(ReportWording() == zh);
    CHECK(zh.text(QStringLiteral("no.such.key")) == QStringLiteral("no.such.key"));
}

TEST_CASE("wording: dates and numbers in the report's language, not the system's",
          "[print][wording]")
{
    // Whatever the process's locale says: a C locale once printed an English weekday.
    QLocale::setDefault(QLocale::c());
    const ReportWording zh = ReportWording::builtIn(QStringLiteral("zh_CN"));
    const ReportWording en = ReportWording::builtIn(QStringLiteral("en"));
    const QDate monday(2025, 1, 20);
    CHECK(zh.date(monday) == QStringLiteral("2025年1月20日"));
    CHECK(en.date(monday) == QStringLiteral("20 January 2025"));
    CHECK(en.date(QDate(2023, 12, 31)) == QStringLiteral("31 December 2023"));
    CHECK(zh.date(QDate()).isEmpty());
    CHECK(en.dateRange(QDate(2023, 1, 1), QDate(2023, 12, 31)) ==
          QStringLiteral("1 January 2023 to 31 December 2023"));
    CHECK(zh.chartMonth(3) == QStringLiteral("3月"));
    CHECK(en.chartMonth(12) == QStringLiteral("Dec"));

    CHECK(zh.number(QStringLiteral("1184")) == QStringLiteral("1184"));
    CHECK(en.number(QStringLiteral("1184")) == QStringLiteral("1,184"));
    CHECK(en.number(QStringLiteral("-1234567.25")) == QStringLiteral("-1,234,567.25"));
    CHECK(en.number(QStringLiteral("+7.1%")) == QStringLiteral("+7.1%"));
    CHECK(en.number(QStringLiteral("999")) == QStringLiteral("999"));
    for (const QString &notNumber : {QStringLiteral("**"), QString(), QStringLiteral("1.2.3")})
        CHECK(en.number(notNumber) == notNumber);
    CHECK(zh.percentChange(7.14) == QStringLiteral("+7.1%"));
    CHECK(en.percentChange(-3.0) == QStringLiteral("-3.0%"));
    CHECK(en.percentChange(-0.01) == QStringLiteral("0.0%"));
    CHECK(zh.pointsChange(1.6) == QStringLiteral("+1.6 个百分点"));
    CHECK(en.pointsChange(1.6) == QStringLiteral("+1.6 pp"));
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("wording: a unit's table falls back to the built-in words and cannot break the report",
          "[print][wording]")
{
    const ReportWording en = ReportWording::builtIn(QStringLiteral("en"));
    QStringList problems;
    SECTION("a table missing keys keeps the built-in entries of its language")
    {
        const ReportWording own = ReportWording::fromJson(
            R"({"language": "en", "words": {"table.indicator": "Measure"}})", &problems);
        CHECK(problems.isEmpty());
        CHECK(own.language() == QStringLiteral("en"));
        CHECK(own.text(QStringLiteral("table.indicator")) == QStringLiteral("Measure"));
        CHECK(own.text(QStringLiteral("toc.title")) == QStringLiteral("Contents"));
        CHECK(own.date(QDate(2025, 1, 20)) == QStringLiteral("20 January 2025"));
        const ReportWording zh =
            ReportWording::fromJson(R"({"language": "zh_CN", "words": {}})", &problems);
        CHECK(zh == ReportWording::builtIn(QStringLiteral("zh_CN")));
    }
    SECTION("bad entries are left out and named; the rest is taken")
    {
        const ReportWording own = ReportWording::fromJson(
            R"({"language": "en", "words": {"toc.title": "Index", "no.such": "x",
                "notes.pages": "%1 pages, %7", "date.months": "Jan,Feb",
                "cover.year": 2025, "table.unit": ")" +
                QByteArray(3000, 'x') + R"("}})",
            &problems);
        CHECK(own.text(QStringLiteral("toc.title")) == QStringLiteral("Index"));
        CHECK(problems.size() == 5);
        CHECK(problems.join('\n').contains(QStringLiteral("\"no.such\"")));
        CHECK(problems.join('\n').contains(QStringLiteral("\"notes.pages\"")));
        CHECK(problems.join('\n').contains(QStringLiteral("\"date.months\"")));
        CHECK(own.text(QStringLiteral("notes.pages")) == en.text(QStringLiteral("notes.pages")));
        CHECK(own.text(QStringLiteral("cover.year")) == en.text(QStringLiteral("cover.year")));
        CHECK(own.text(QStringLiteral("table.unit")) == QStringLiteral("Unit"));
        CHECK(own.date(QDate(2025, 1, 20)) == QStringLiteral("20 January 2025"));
    }
    SECTION("an unusable table gives the built-in words and says why")
    {
        const QList<QByteArray> broken{"",
                                       "{\"language\": \"en\", \"words\": {",
                                       "[1, 2]",
                                       "{\"language\": \"fr\", \"words\": {}}",
                                       "{\"language\": \"en\", \"words\": []}",
                                       QByteArray(300 * 1024, ' ') + "{}"};
        for (const QByteArray &json : broken) {
            problems.clear();
            const ReportWording w = ReportWording::fromJson(json, &problems);
            CHECK(problems.size() == 1);
            CHECK(w.text(QStringLiteral("toc.title")) == QStringLiteral("目  录"));
        }
    }
}

TEST_CASE("wording: the English edition's fixed words, the Chinese one's", "[print][wording]")
{
    // The UI's translator and the system locale play no part: the English edition is laid out
    // with the Chinese UI translator installed, the Chinese one with the English translator and
    // a C locale.
    QLocale::setDefault(QLocale::c());
    QTranslator chinese, english;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/csrstudio_zh_CN.qm")));
    REQUIRE(english.load(QStringLiteral(":/i18n/csrstudio_en.qm")));
    QCoreApplication::installTranslator(&chinese);

    Document doc = datedSample();
    // A title without the year: the cover then prints its year line (cover.year).
    doc.metadata.reportTitle = QStringLiteral("年度社会责任报告");
    const QString en = printedText(layoutIn(doc, QStringLiteral("en")));
    for (const char *word : {"Contents", "Indicator", "Unit", "Change", "Report year 2023",
                             "Period: ", "1 January 2023 to 31 December 2023", "This report has ",
                             "Published: 20 January 2025", "20 January 2025", "1,184", "+7.6%",
                             "(events per month)"}) {
        INFO(word);
        CHECK(en.contains(QString::fromUtf8(word)));
    }
    // The sample's own text says 指标, 单位 and 同比 in places: the fixed words are checked
    // where they print.
    for (const char *word : {"目  录", "报告年度", "时间范围：", "报告范围：", "报告篇幅：",
                             "参考依据：", "本报告共", "年1月", "每月事项数", "（未填）"}) {
        INFO(word);
        CHECK_FALSE(en.contains(QString::fromUtf8(word)));
    }
    const QStringList enHeaders = headerCells(layoutIn(doc, QStringLiteral("en")));
    for (const char *word : {"Indicator", "Unit", "Change", "2023", "2022", "Date", "Event"})
        CHECK(enHeaders.contains(QString::fromUtf8(word)));
    CHECK_FALSE(enHeaders.join(QString()).contains(QRegularExpression(QStringLiteral("\\p{Han}"))));
    CHECK_FALSE(en.contains(QStringLiteral("Monday")));

    // The report's own setting chooses the same table when the options name none.
    doc.metadata.language = QStringLiteral("en");
    CHECK(printedText(layoutOf(doc)) == en);

    QCoreApplication::removeTranslator(&chinese);
    QCoreApplication::installTranslator(&english);
    doc.metadata.language = QStringLiteral("zh_CN");
    const QString zh = printedText(layoutOf(doc));
    for (const char *word : {"目  录", "指标", "单位", "同比", "报告年度 2023", "报告编写说明",
                             "时间范围：", "2023年1月1日至2023年12月31日",
                             "发布日期：2025年1月20日", "1184", "+7.6%", "（每月事项数）"}) {
        INFO(word);
        CHECK(zh.contains(QString::fromUtf8(word)));
    }
    CHECK_FALSE(zh.contains(EnglishCalendarWords));
    const QStringList zhHeaders = headerCells(layoutOf(doc));
    for (const char *word : {"指标", "单位", "同比", "2023年", "2022年", "日期", "事项"})
        CHECK(zhHeaders.contains(QString::fromUtf8(word)));
    for (const char *word : {"Contents", "Indicator", "Change", "Report year"}) {
        INFO(word);
        CHECK_FALSE(zh.contains(QString::fromUtf8(word)));
    }
    QCoreApplication::removeTranslator(&english);
    QLocale::setDefault(QLocale::system());
}
