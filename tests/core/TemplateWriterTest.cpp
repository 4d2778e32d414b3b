#include "TemplateWriter.h"
#include "DocumentFile.h"
#include "DocumentFormat.h"
#include "Template.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace csr;

TEST_CASE("The 2012 handbook's five-responsibility frame is a second built-in template")
{
    const auto registry = TemplateRegistry::loadDefault();
    CHECK(registry.problems().isEmpty());
    const Template *t = registry.find(QStringLiteral("shanghai-civilized-unit-2012"));
    REQUIRE(t);
    QStringList required;
    for (const Chapter &c : t->skeleton.chapters)
        if (c.required)
            required << c.title;
    for (const char *part :
         {"责任管理", "员工责任", "经济与服务责任", "诚信责任", "社区责任", "环保责任", "主要参数"})
        CHECK(required.contains(QString::fromUtf8(part)));
    // Its description reads in the window's language.
    CHECK(t->descriptionIn(QStringLiteral("zh_CN")).contains(QStringLiteral("五大责任")));
    CHECK(t->descriptionIn(QStringLiteral("en")).contains(QStringLiteral("five responsibilities")));
    CHECK(t->descriptionIn(QStringLiteral("fr")) == t->description);
}

TEST_CASE("A template from a report keeps its frame and definitions and drops its content")
{
    const Document sample = test::loadSample();
    const Template t =
        templateFromReport(sample, QStringLiteral("west"), QStringLiteral("西区"), {});
    CHECK(validateTemplate(t).isEmpty());
    CHECK(t.skeleton.metrics.size() == sample.metrics.size());
    CHECK(t.skeleton.signatory == Signatory{});
    CHECK(t.skeleton.metadata.unitName.isEmpty());
    CHECK(t.skeleton.changeLog.isEmpty());
    CHECK(t.skeleton.metadata.reportTitle.contains(QStringLiteral("{year}")));
    forEachChapter(t.skeleton.chapters, [](const ChapterVisit &v) {
        CHECK(v.chapter.assignee.isEmpty());
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Paragraph>(&b.content))
                CHECK(p->text.isEmpty());
    });
    // Prose only when asked.
    TemplateOptions keep;
    keep.keepProse = true;
    const Template withProse =
        templateFromReport(sample, QStringLiteral("west"), QStringLiteral("西区"), {}, keep);
    CHECK(std::get<Paragraph>(withProse.skeleton.chapters.first().blocks.first().content).text ==
          std::get<Paragraph>(sample.chapters.first().blocks.first().content).text);

    // Written and read back as a template.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("west.json"));
    REQUIRE(saveTemplate(t, path).isEmpty());
    QString error;
    const auto read = readTemplate(path, &error);
    INFO(error.toStdString());
    REQUIRE(read);
    CHECK(read->id == QStringLiteral("west"));
    CHECK(read->skeleton.chapters == t.skeleton.chapters);
}

TEST_CASE("A template with mistakes is refused with where they are, and the old file stays")
{
    Template t =
        templateFromReport(test::smallDocument(), QStringLiteral("t"), QStringLiteral("T"), {});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.json"));
    REQUIRE(saveTemplate(t, path).isEmpty());
    const QByteArray before = test::readFile(path);

    t.skeleton.chapters[1].title.clear();
    t.skeleton.chapters[1].key = t.skeleton.chapters[0].key = QStringLiteral("same");
    const auto findings = validateTemplate(t);
    REQUIRE(findings.size() == 2);
    const QString error = saveTemplate(t, path);
    CHECK(error.contains(QStringLiteral("title")));
    CHECK(test::readFile(path) == before);
}

namespace {
// A hand-written template of an older program: no numbering styles, no indicator codes.
QByteArray olderTemplate(const QString &numbering = {})
{
    return QStringLiteral(R"({"formatVersion": 1,
        "template": {"id": "old", "name": "Old"},
        "metadata": {"unitName": "", "year": 2000 %1},
        "chapters": [
          {"id": "c1", "title": "说明", "numbered": false, "blocks": []},
          {"id": "c2", "title": "学校管理", "code": "I", "blocks": [],
           "children": [{"id": "c3", "title": "学校章程", "code": "I-1", "blocks": []},
                        {"id": "c4", "title": "民主管理", "code": "I-2", "blocks": []}]},
          {"id": "c5", "title": "教师发展", "code": "II", "blocks": []}
        ]})")
        .arg(numbering)
        .toUtf8();
}

QStringList numbers(const Document &doc)
{
    QStringList out;
    forEachChapter(doc, [&](const ChapterVisit &v) { out << v.number + v.chapter.title; });
    return out;
}
} // namespace

TEST_CASE("A template without numbering styles is numbered as the guideline numbers")
{
    QString error;
    const auto t = templateFromJson(olderTemplate(), QStringLiteral("old.json"), &error);
    INFO(error.toStdString());
    REQUIRE(t);
    CHECK(t->skeleton.metadata.numbering.isEmpty());
    CHECK(numbers(t->skeleton) ==
          QStringList{QStringLiteral("说明"), QStringLiteral("一、学校管理"),
                      QStringLiteral("（一）学校章程"), QStringLiteral("（二）民主管理"),
                      QStringLiteral("二、教师发展")});
    // The built-in templates are such older files too, and still read.
    const auto registry = TemplateRegistry::loadDefault();
    CHECK(registry.problems().isEmpty());
    CHECK(registry.templates().size() >= 2);
}

TEST_CASE("Levels numbered by indicator codes print the codes, and the styles round-trip")
{
    QString error;
    const auto t = templateFromJson(
        olderTemplate(QStringLiteral(R"(, "numbering": ["code", "code", "none"])")),
        QStringLiteral("school.json"), &error);
    INFO(error.toStdString());
    REQUIRE(t);
    CHECK(t->skeleton.metadata.numbering ==
          QList<NumberingStyle>{NumberingStyle::Code, NumberingStyle::Code, NumberingStyle::None});
    CHECK(numbers(t->skeleton) == QStringList{QStringLiteral("说明"), QStringLiteral("I 学校管理"),
                                              QStringLiteral("I-1 学校章程"),
                                              QStringLiteral("I-2 民主管理"),
                                              QStringLiteral("II 教师发展")});
    const auto again = templateFromJson(templateToJson(*t), QStringLiteral("again"), &error);
    REQUIRE(again);
    CHECK(again->skeleton.metadata.numbering == t->skeleton.metadata.numbering);
    CHECK(again->skeleton.chapters == t->skeleton.chapters);
    CHECK(again->skeleton.chapters[1].children[0].code == QStringLiteral("I-1"));
    // Other styles by depth; a depth beyond the list takes the guideline's default.
    CHECK(chapterNumber(NumberingStyle::Arabic, 2, {}) == QStringLiteral("3."));
    CHECK(chapterNumber(NumberingStyle::ArabicParen, 0, {}) == QStringLiteral("1）"));
    CHECK(numberingAt({NumberingStyle::None}, 1) == NumberingStyle::ChineseParen);
}

TEST_CASE("An unknown numbering style is refused with where it is")
{
    QString error;
    CHECK_FALSE(templateFromJson(olderTemplate(QStringLiteral(R"(, "numbering": ["roman"])")),
                                 QStringLiteral("bad.json"), &error));
    CHECK(error.contains(QStringLiteral("metadata.numbering[0]")));
    CHECK(error.contains(QStringLiteral("roman")));
    QStringList deep;
    for (int i = 0; i <= DocumentFormat::MaxNumberingDepth; ++i)
        deep << QStringLiteral("\"none\"");
    CHECK_FALSE(templateFromJson(
        olderTemplate(QStringLiteral(", \"numbering\": [%1]").arg(deep.join(QLatin1Char(',')))),
        QStringLiteral("deep.json"), &error));
}

TEST_CASE("Repeated indicator codes and undefined figures are located template errors")
{
    QString error;
    auto t = templateFromJson(olderTemplate(QStringLiteral(R"(, "numbering": ["code", "code"])")),
                              QStringLiteral("school.json"), &error);
    REQUIRE(t);
    CHECK(validateTemplate(*t).isEmpty());
    t->skeleton.chapters[1].children[1].code = QStringLiteral("I-1");
    Block table;
    table.id = QStringLiteral("b9");
    table.content = MetricTable{QStringLiteral("教师"), {QStringLiteral("staff.teachers")}};
    t->skeleton.chapters[2].blocks << table;
    const auto findings = validateTemplate(*t);
    REQUIRE(findings.size() == 2);
    CHECK(describeTemplateFinding(findings[0], *t) ==
          QStringLiteral("I 学校管理 › I-1 民主管理 › indicator code: Two chapters have the "
                         "indicator code \"I-1\"."));
    CHECK(
        describeTemplateFinding(findings[1], *t).startsWith(QStringLiteral("II 教师发展 › 教师")));
    // A chapter of a coded level without a code is only a warning.
    t->skeleton.chapters[1].children[1].code.clear();
    t->skeleton.chapters[2].blocks.removeLast();
    const auto warnings = validateTemplate(*t);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].severity == Finding::Severity::Warning);
}

TEST_CASE("A template from a report keeps its numbering, codes and tolerances")
{
    Document doc = test::smallDocument();
    doc.metadata.numbering = {NumberingStyle::Code};
    doc.chapters[0].code = QStringLiteral("A");
    REQUIRE_FALSE(doc.metrics.isEmpty());
    const QString metric = doc.metrics.first().id;
    doc.review.metricTolerances.insert(metric, 12.5);
    doc.review.tolerancePercent = 20;
    const Template t = templateFromReport(doc, QStringLiteral("t"), QStringLiteral("T"), {});
    CHECK(t.skeleton.metadata.numbering == doc.metadata.numbering);
    CHECK(t.skeleton.chapters[0].code == QStringLiteral("A"));
    CHECK(t.skeleton.review.metricTolerances.value(metric) == 12.5);
    CHECK(t.skeleton.review.tolerancePercent == 20);
    // and a new report from it has them again
    const Document fresh = newDocument(t, QStringLiteral("U"), 2024);
    CHECK(fresh.metadata.numbering == doc.metadata.numbering);
    CHECK(fresh.review.metricTolerances == t.skeleton.review.metricTolerances);
    Template negative = t;
    negative.skeleton.review.metricTolerances.insert(metric, -1);
    QList<Finding> errors;
    for (const Finding &f : validateTemplate(negative))
        if (f.severity == Finding::Severity::Error)
            errors << f;
    REQUIRE(errors.size() == 1);
    CHECK(describeTemplateFinding(errors[0], negative).contains(QStringLiteral("› tolerance: ")));
    CHECK_FALSE(saveTemplate(negative, QStringLiteral("/nonexistent/never.json")).isEmpty());
}
