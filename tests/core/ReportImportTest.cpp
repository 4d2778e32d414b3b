// Importing last year's published report (text) and measuring it against the hand-made
// structured report of the same year.
#include "ReportImport.h"
#include "DocumentFile.h"
#include "References.h"
#include "ReportText.h"
#include "Template.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>

using namespace csr;

namespace {

QByteArray sampleText()
{
    QFile file(QStringLiteral(CSR_SOURCE_DIR "/tests/core/data/west-district-2023.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const Template &builtinTemplate()
{
    static const auto registry = TemplateRegistry::loadDefault();
    const Template *tmpl = registry.find(TemplateRegistry::DefaultId);
    REQUIRE(tmpl);
    return *tmpl;
}

const Chapter *chapterWithKey(const QList<Chapter> &chapters, const QString &key)
{
    for (const Chapter &c : chapters) {
        if (c.key == key)
            return &c;
        if (const Chapter *inner = chapterWithKey(c.children, key))
            return inner;
    }
    return nullptr;
}

} // namespace

TEST_CASE("importing the published sample recovers the hand-made report's structure")
{
    const ImportResult result = importReportText(sampleText(), builtinTemplate());
    REQUIRE(result.ok());
    CHECK(result.encoding == QStringLiteral("UTF-8"));
    const auto handMade = DocumentFile::load(QStringLiteral(CSR_SAMPLE));
    REQUIRE(handMade.ok());
    const ImportScore score = compareImport(*result.document, handMade.document);
    INFO(score.summary().toStdString());
    // Floors at what was measured (37/37, 79/81, 23/23, 5/5): a regression fails here.
    CHECK(score.chaptersPlaced == score.chaptersExpected);
    CHECK(score.figuresRecovered >= 79);
    CHECK(ImportScore::rate(score.figuresRecovered, score.figuresExpected) >= 0.9);
    CHECK(score.eventsRecovered == score.eventsExpected);
    CHECK(score.eventsExpected == 23);
    CHECK(score.notesFilled == 5);
    CHECK(score.signatoryExact);

    // Every chapter of the guideline's frame that the report fills is placed in it.
    for (const QString key : {"notes",
                              "statement",
                              "overview.profile",
                              "overview.category",
                              "employees.study",
                              "employees.education",
                              "employees.hiring",
                              "employees.protection",
                              "integrity.business",
                              "integrity.service",
                              "integrity.economy",
                              "integrity.cooperation",
                              "governance.civilization",
                              "governance.volunteering",
                              "governance.donation",
                              "environment.management",
                              "environment.lowcarbon",
                              "environment.image",
                              "outlook.performance",
                              "outlook.expectations",
                              "evaluation.honours",
                              "evaluation.leadership",
                              "evaluation.media",
                              "evaluation.response"}) {
        INFO(key.toStdString());
        const Chapter *c = chapterWithKey(result.document->chapters, key);
        REQUIRE(c);
        CHECK(c->hasContent());
    }
}

TEST_CASE("an imported paragraph quotes its figures and prints as the source did")
{
    const ImportResult result = importReportText(sampleText(), builtinTemplate());
    REQUIRE(result.ok());
    const Document &doc = *result.document;
    const Chapter *profile = chapterWithKey(doc.chapters, QStringLiteral("overview.profile"));
    REQUIRE(profile);
    const auto *para = std::get_if<Paragraph>(&profile->blocks.first().content);
    REQUIRE(para);
    CHECK(para->text.contains(QStringLiteral("{{")));
    const QString printed = resolveReferences(para->text, doc, Edition::Internal).text;
    CHECK(printed.contains(QStringLiteral("服务总面积约 92.5 平方公里")));
    CHECK(printed.contains(QStringLiteral("西区局全口径员工 1184 人")));

    // Every paragraph prints (public edition: "**" stays "**") as a piece of the source text.
    auto squeezed = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))); };
    // The source without the one page number its extraction kept (a line "16 / 22"), which the
    // import leaves out of the paragraph a page break cut.
    const QString source =
        squeezed(QString::fromUtf8(sampleText())
                     .remove(QRegularExpression(QStringLiteral("(?m)^\\d+ / \\d+$"))));
    int paragraphs = 0;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Paragraph>(&b.content)) {
                const ResolvedText r = resolveReferences(p->text, doc, Edition::Public);
                CHECK(r.unknownIds.isEmpty());
                INFO(r.text.toStdString());
                CHECK(source.contains(squeezed(r.text)));
                // The one page number the published text kept ("16 / 22") is not read.
                CHECK_FALSE(r.text.contains(QStringLiteral("16 / 22")));
                ++paragraphs;
            }
    });
    CHECK(paragraphs > 50);
    // A masked figure becomes a confidential metric without a value.
    const bool masked = std::any_of(doc.metrics.begin(), doc.metrics.end(),
                                    [](const Metric &m) { return m.confidential && !m.value; });
    CHECK(masked);
}

TEST_CASE("a GBK text is detected and converted")
{
    QStringEncoder gbk("GB18030");
    REQUIRE(gbk.isValid());
    const QByteArray bytes = gbk(QString::fromUtf8(sampleText()));
    const ImportResult result = importReportText(bytes, builtinTemplate());
    REQUIRE(result.ok());
    CHECK(result.encoding == QStringLiteral("GB18030"));
    CHECK(result.document->signatory.name == QStringLiteral("朱樱"));
}

TEST_CASE("a binary or oversized file is refused with a message and no document")
{
    QByteArray binary("%PDF-1.7\n");
    binary.append('\0');
    binary.append("\x01\x02\x03");
    const ImportResult pdf = importReportText(binary, builtinTemplate());
    CHECK_FALSE(pdf.ok());
    CHECK(pdf.error.contains(QStringLiteral("binary")));

    const ImportResult huge =
        importReportText(QByteArray(MaxImportBytes + 1, 'a'), builtinTemplate());
    CHECK_FALSE(huge.ok());
    CHECK(huge.error.contains(QStringLiteral("larger")));

    const ImportResult invalid =
        importReportText(QByteArray("\xff\xfe\xff\x80\x81", 5), builtinTemplate());
    CHECK_FALSE(invalid.ok());
    CHECK_FALSE(invalid.error.isEmpty());
}

TEST_CASE("dated lines in every written form become timeline entries with their outlets")
{
    const QString text = QStringLiteral("一、社会评价\n"
                                        "1.领导关怀\n"
                                        "2023.3.5，局长走访一线员工；\n"
                                        "4月1日（清明前），工会慰问退休职工；\n"
                                        "2.媒体报道\n"
                                        "2023-06-18《文汇报》报道爱心翼站；\n"
                                        "2023 年 7 月 2 日“上海静安”公众号报道网络安全周；\n"
                                        "2023年8月9日上海电视台报道暑托班。\n"
                                        "3.舞龙舞狮\n"
                                        "共有 12 名员工参加，经费 ** 万元。\n");
    const ImportResult result = importReportText(text.toUtf8(), builtinTemplate(), 2023);
    REQUIRE(result.ok());
    const Document &doc = *result.document;
    auto entries = [&](const QString &key) {
        const Chapter *c = chapterWithKey(doc.chapters, key);
        REQUIRE(c);
        for (const Block &b : c->blocks)
            if (const auto *t = std::get_if<Timeline>(&b.content))
                return t->entries;
        return QList<TimelineEntry>();
    };
    const auto care = entries(QStringLiteral("evaluation.leadership"));
    REQUIRE(care.size() == 2);
    CHECK(care.at(0).date == QDate(2023, 3, 5));
    CHECK(care.at(0).title == QStringLiteral("局长走访一线员工"));
    CHECK(care.at(1).date == QDate(2023, 4, 1)); // the report year fills in the missing year
    CHECK(care.at(1).note == QStringLiteral("清明前"));
    const auto media = entries(QStringLiteral("evaluation.media"));
    REQUIRE(media.size() == 3);
    CHECK(media.at(0).outlet == QStringLiteral("《文汇报》"));
    CHECK(media.at(0).title == QStringLiteral("爱心翼站"));
    CHECK(media.at(1).outlet == QStringLiteral("“上海静安”公众号"));
    CHECK(media.at(2).outlet == QStringLiteral("上海电视台"));
    CHECK(media.at(2).category == category::MediaReport);
    // A heading the template does not know stays, as an extra chapter with its figures.
    CHECK(result.unmatched == QStringList{QStringLiteral("舞龙舞狮")});
    REQUIRE(doc.metrics.size() == 2);
    CHECK(doc.metrics.at(0).value == 12.0);
    CHECK(doc.metrics.at(0).unit == QStringLiteral("名"));
    CHECK(doc.metrics.at(1).confidential);
    CHECK_FALSE(doc.metrics.at(1).value);
    CHECK(doc.metrics.at(1).unit == QStringLiteral("万元"));
}

TEST_CASE(
    "a comparison with last year gives last year's value, and a repeated figure is one metric")
{
    const QString text =
        QStringLiteral("一、基本情况\n"
                       "（一）企业概述\n"
                       "西区局全口径员工 1184 人，同比增长 7.1%；党支部 13 个，较上年增加 2 个；"
                       "用电 120 万千瓦时，比去年下降 4%；持证人数较去年提升 7.1%。\n"
                       "全年全口径员工 1184 人参加培训，另有 1184 人次到访。\n");
    const ImportResult result = importReportText(text.toUtf8(), builtinTemplate(), 2023);
    REQUIRE(result.ok());
    const Document &doc = *result.document;
    auto metricOf = [&](double value, const QString &unit) -> const Metric * {
        const Metric *found = nullptr;
        for (const Metric &m : doc.metrics)
            if (m.value == value && m.unit == unit) {
                REQUIRE_FALSE(found); // one metric per figure
                found = &m;
            }
        REQUIRE(found);
        return found;
    };
    const Metric *staff = metricOf(1184, QStringLiteral("人"));
    REQUIRE(staff->previousValue);
    CHECK(*staff->previousValue == Approx(1184 / 1.071).margin(0.01));
    CHECK(staff->label == QStringLiteral("全口径员工")); // the shorter of the two labels
    CHECK(metricOf(13, QStringLiteral("个"))->previousValue == 11.0);
    CHECK(*metricOf(120, QStringLiteral("万千瓦时"))->previousValue == Approx(125).margin(0.01));
    // A change without the figure it changes gives nothing to compute.
    for (const Metric &m : doc.metrics)
        if (m.unit == QStringLiteral("%"))
            CHECK_FALSE(m.previousValue);
    // 1184 人次 is another figure (another unit): not merged.
    CHECK(metricOf(1184, QStringLiteral("人次"))->id != staff->id);

    // The two paragraphs quote the one metric, and print as the source did.
    const Chapter *profile = chapterWithKey(doc.chapters, QStringLiteral("overview.profile"));
    REQUIRE(profile);
    int quotes = 0;
    QStringList printed;
    for (const Block &b : profile->blocks)
        if (const auto *p = std::get_if<Paragraph>(&b.content)) {
            quotes += int(p->text.count(QStringLiteral("{{%1}}").arg(staff->id)));
            printed << resolveReferences(p->text, doc, Edition::Internal).text;
        }
    CHECK(quotes == 2);
    CHECK(printed.join(QLatin1Char('\n')) == text.section(QLatin1Char('\n'), 2, 3).trimmed());
}

TEST_CASE("the import lists its doubtful decisions for review, each with its place")
{
    const QString text = QStringLiteral("2023 年度社会责任报告\n"
                                        "一、社会评价\n"
                                        "1.领导关怀\n"
                                        "4月1日（清明前），工会慰问退休职工；\n"
                                        "2.舞龙舞狮\n"
                                        "共有 12 名员工参加。\n"
                                        "内部资料\n"
                                        "全年演出 8 场。\n"
                                        "内部资料\n");
    const ImportResult result = importReportText(text.toUtf8(), builtinTemplate(), 2023);
    REQUIRE(result.ok());
    const Document &doc = *result.document;
    auto itemsOf = [&](ImportReviewItem::Kind kind) {
        QList<ImportReviewItem> out;
        for (const ImportReviewItem &i : result.review)
            if (i.kind == kind)
                out << i;
        return out;
    };
    const Chapter *care = chapterWithKey(doc.chapters, QStringLiteral("evaluation.leadership"));
    REQUIRE(care);
    const auto dates = itemsOf(ImportReviewItem::Kind::DateWithoutYear);
    REQUIRE(dates.size() == 1);
    CHECK(dates.first().location.chapterId == care->id);
    CHECK(dates.first().message.contains(QStringLiteral("2023")));

    const auto unmatched = itemsOf(ImportReviewItem::Kind::UnmatchedHeading);
    REQUIRE(unmatched.size() == 1);
    CHECK(unmatched.first().message.contains(QStringLiteral("舞龙舞狮")));
    const QString extra = unmatched.first().location.chapterId;
    CHECK(result.unmatched == QStringList{QStringLiteral("舞龙舞狮")});

    // Both figures are in prose: their labels are guesses, each pointing at its metric.
    const auto labels = itemsOf(ImportReviewItem::Kind::GuessedLabel);
    REQUIRE(labels.size() == 2);
    for (const ImportReviewItem &i : labels) {
        CHECK(i.location.chapterId == extra);
        CHECK(doc.findMetric(i.location.metricId));
    }
    // The repeated short line is probably a running header left in the text.
    const auto headers = itemsOf(ImportReviewItem::Kind::PossibleHeader);
    REQUIRE(headers.size() == 1);
    CHECK(headers.first().message.contains(QStringLiteral("内部资料")));
    // Every chapter that received text is listed as imported, the empty ones are not.
    const auto chapters = itemsOf(ImportReviewItem::Kind::ImportedChapter);
    QStringList ids;
    for (const ImportReviewItem &i : chapters)
        ids << i.location.chapterId;
    CHECK(ids.contains(care->id));
    CHECK(ids.contains(extra));
    CHECK(ids.size() == 2);
}

TEST_CASE("a line that is only a page number is a footer, not text")
{
    const QStringList paragraphs = paragraphsOf(
        QStringLiteral("优化支局一线运能\n16 / 22\n- 3 -\n第 4 页，共 22 页\n2023\n及作战能力。"));
    // The page numbers are gone; a lone year is text; the lines around them read as before.
    CHECK_FALSE(paragraphs.join(QLatin1Char('|')).contains(QStringLiteral("22")));
    CHECK(paragraphs.join(QString()).contains(QStringLiteral("2023")));
    CHECK(paragraphs.join(QString()).contains(QStringLiteral("优化支局一线运能")));
}
