#include "TemplateWriter.h"
#include "DocumentFile.h"
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
