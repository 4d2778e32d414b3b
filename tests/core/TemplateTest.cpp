#include "Template.h"
#include "DocumentFile.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace csr;

TEST_CASE("The built-in Shanghai guideline template has the guideline's chapters")
{
    const auto registry = TemplateRegistry::loadDefault();
    CHECK(registry.problems().isEmpty());
    const Template *t = registry.find(TemplateRegistry::DefaultId);
    REQUIRE(t);
    QStringList titles;
    forEachChapter(t->skeleton.chapters,
                   [&](const ChapterVisit &v) { titles << v.number + v.chapter.title; });
    for (const char *expected : {"报告编写说明", "一、公开陈述", "二、基本情况", "三、主要内容",
                                 "（一）保障员工权益", "（二）诚信生产经营", "（三）参与社会治理",
                                 "（四）绿色环保形象", "（五）报告预期与展望", "（六）社会评价"})
        CHECK(titles.contains(QString::fromUtf8(expected)));
}

TEST_CASE("A new report from the template is filled in and fails only for missing content")
{
    const auto registry = TemplateRegistry::loadDefault();
    const Template *t = registry.find(TemplateRegistry::DefaultId);
    REQUIRE(t);
    const Document doc = newDocument(*t, QStringLiteral("测试单位"), 2024);
    CHECK(doc.metadata.unitName == QStringLiteral("测试单位"));
    CHECK(doc.metadata.periodStart == QDate(2024, 1, 1));
    CHECK(doc.metadata.periodEnd == QDate(2024, 12, 31));
    CHECK(doc.metadata.reportTitle == QStringLiteral("2024 年度社会责任报告"));
    CHECK(doc.metadata.templateId == TemplateRegistry::DefaultId);
    const auto findings = validate(doc, t);
    CHECK(hasErrors(findings));
    bool emptyStatement = false;
    for (const Finding &f : findings)
        emptyStatement |= f.code == QStringLiteral("required-chapter-empty") &&
                          f.location.chapterPath == QStringLiteral("一、公开陈述");
    CHECK(emptyStatement);
}

TEST_CASE("A unit adds its own template file without rebuilding")
{
    QTemporaryDir dir;
    Document skeleton = test::smallDocument();
    QJsonObject root = DocumentFormat::toJsonObject(skeleton);
    root.insert(QStringLiteral("template"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("school-2024")},
                            {QStringLiteral("name"), QStringLiteral("学校六维度")}});
    test::writeFile(dir.filePath(QStringLiteral("school.json")), QJsonDocument(root).toJson());
    test::writeFile(dir.filePath(QStringLiteral("broken.json")), "{ not json");

    TemplateRegistry registry;
    registry.loadFolder(dir.path());
    const Template *t = registry.find(QStringLiteral("school-2024"));
    REQUIRE(t);
    CHECK(t->name == QStringLiteral("学校六维度"));
    CHECK(t->skeleton.chapters.size() == 2);
    REQUIRE(registry.problems().size() == 1);
    CHECK(registry.problems().first().contains(QStringLiteral("broken.json")));
}
