// Importing last year's published report (text) and measuring it against the hand-made
// structured report of the same year.
#include "ReportImport.h"
#include "DocumentFile.h"
#include "References.h"
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
    // Floors at what was measured (36/37, 73/81, 23/23, 5/5): a regression fails here.
    CHECK(score.chaptersPlaced >= 36);
    CHECK(score.figuresRecovered >= 73);
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
    const QString source = squeezed(QString::fromUtf8(sampleText()));
    int paragraphs = 0;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Paragraph>(&b.content)) {
                const ResolvedText r = resolveReferences(p->text, doc, Edition::Public);
                CHECK(r.unknownIds.isEmpty());
                INFO(r.text.toStdString());
                CHECK(source.contains(squeezed(r.text)));
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
