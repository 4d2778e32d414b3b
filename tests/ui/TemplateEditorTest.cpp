#include "TemplateEditor.h"
#include "ChapterPane.h"
#include "DocumentFile.h"
#include "MainWindow.h"
#include "ReportController.h"
#include "Template.h"
#include "TemplateModel.h"
#include "TemplateSettingsPane.h"
#include "TemplateWriter.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace csr;
using namespace csr::ui;

namespace {

// The school frame of the issue: six dimensions I–VI, each with coded indicators.
struct Indicator
{
    const char *code;
    const char *title;
    bool required;
};
struct Dimension
{
    const char *code;
    const char *title;
    QList<Indicator> indicators;
};
const QList<Dimension> &schoolFrame()
{
    static const QList<Dimension> frame = {
        {"I", "学校管理", {{"I-1", "学校章程", true}, {"I-2", "民主管理", false}}},
        {"II", "教师发展", {{"II-1", "师德师风", true}, {"II-2", "教师培训", false}}},
        {"III", "学生成长", {{"III-1", "德育", true}, {"III-2", "体育与健康", true}}},
        {"IV", "安全保障", {{"IV-1", "校园安全", true}}},
        {"V", "社会服务", {{"V-1", "家校共育", false}, {"V-2", "社区服务", false}}},
        {"VI", "环境保护", {{"VI-1", "绿色校园", true}}},
    };
    return frame;
}

QAction *action(const TemplateEditor &editor, const char *text)
{
    for (const auto &e : editor.actions().entries())
        if (QString::fromUtf8(e.text) == QString::fromUtf8(text))
            return e.action;
    FAIL("no action " << text);
    return nullptr;
}

QByteArray bytes(const TemplateEditor &editor)
{
    return templateToJson(editor.model()->value());
}

// Builds the frame through the editor: its actions, its chapter form and its edit functions.
void buildSchool(TemplateEditor &editor)
{
    TemplateEdits *e = editor.edits();
    e->setInfo({QStringLiteral("school-2024"), QStringLiteral("学校社会责任报告（六维度）"),
                QStringLiteral("Six dimensions with coded indicators")});
    // Levels 1 and 2 by indicator code: level 1 through its combo box, as a user picks it.
    QComboBox *level1 = editor.settingsPane()->numberingBox(0);
    level1->setCurrentIndex(level1->findData(int(NumberingStyle::Code)));
    emit level1->activated(level1->currentIndex());
    e->setNumbering(1, NumberingStyle::Code);

    // The blank template's chapter becomes the report notes.
    const QString notes = editor.currentChapterId();
    ChapterPane *pane = editor.chapterPane();
    e->rename(notes, QStringLiteral("报告编写说明"));
    QTest::keyClicks(pane->keyEdit(), QStringLiteral("notes"));
    pane->numberedBox()->click();
    pane->requiredBox()->click();

    for (const Dimension &d : schoolFrame()) {
        // Add Chapter: a sibling after the selected one, then selected itself.
        editor.selectChapter(editor.model()->value().skeleton.chapters.last().id);
        action(editor, "Add &Chapter")->trigger();
        const QString dimension = editor.currentChapterId();
        e->rename(dimension, QString::fromUtf8(d.title));
        QTest::keyClicks(pane->codeEdit(), QString::fromLatin1(d.code));
        for (const Indicator &i : d.indicators) {
            editor.selectChapter(dimension);
            action(editor, "Add &Sub-chapter")->trigger();
            const QString id = editor.currentChapterId();
            e->rename(id, QString::fromUtf8(i.title));
            e->setCode(id, QString::fromLatin1(i.code));
            e->setKey(id, QStringLiteral("school.") + QString::fromLatin1(i.code).toLower());
            if (i.required)
                pane->requiredBox()->click();
            e->setBlockHint(id, 0, QStringLiteral("写明本校在%1方面的做法。").arg(i.title));
        }
    }
    const QString teachers = e->addMetric();
    e->setMetricId(teachers, QStringLiteral("staff.teachers"));
    e->setMetricLabel(QStringLiteral("staff.teachers"), QStringLiteral("专任教师"));
    e->setMetricUnit(QStringLiteral("staff.teachers"), QStringLiteral("人"));
    e->setTolerance(QStringLiteral("staff.teachers"), 15);
}

} // namespace

TEST_CASE("The school frame is built in the template editor alone and a new report has it")
{
    QTemporaryDir dir;
    TemplateEditor editor;
    buildSchool(editor);
    const QString path = dir.filePath(QStringLiteral("school-2024.json"));
    REQUIRE(editor.saveTo(path) == QString());
    CHECK(editor.undoStack()->isClean());

    // The folder is a template folder: the registry offers it, a report starts from it.
    TemplateRegistry registry;
    registry.loadFolder(dir.path());
    CHECK(registry.problems().isEmpty());
    const Template *t = registry.find(QStringLiteral("school-2024"));
    REQUIRE(t);
    CHECK(t->name == QStringLiteral("学校社会责任报告（六维度）"));
    const QString reportPath = dir.filePath(QStringLiteral("2024.csreport"));
    REQUIRE(DocumentFile::save(newDocument(*t, QStringLiteral("某某中学"), 2024), reportPath)
                .isEmpty());
    const auto read = DocumentFile::load(reportPath);
    REQUIRE(read.ok());
    const Document &doc = read.document;

    // The chapter frame, as it reads: what was built, numbered by the codes.
    QStringList expected{QStringLiteral("报告编写说明")}, actual;
    QStringList expectedRequired{QStringLiteral("报告编写说明")}, required;
    for (const Dimension &d : schoolFrame()) {
        expected << QString::fromLatin1(d.code) + QLatin1Char(' ') + QString::fromUtf8(d.title);
        for (const Indicator &i : d.indicators) {
            const QString line =
                QString::fromLatin1(i.code) + QLatin1Char(' ') + QString::fromUtf8(i.title);
            expected << QStringLiteral("  ") + line;
            if (i.required)
                expectedRequired << line;
        }
    }
    forEachChapter(doc, [&](const ChapterVisit &v) {
        actual << QString(2 * v.depth, QLatin1Char(' ')) + v.number + v.chapter.title;
        if (v.chapter.required)
            required << v.number + v.chapter.title;
    });
    CHECK(actual == expected);
    CHECK(required == expectedRequired);
    CHECK(doc.chapters[0].key == QStringLiteral("notes"));
    CHECK_FALSE(doc.chapters[0].numbered);
    CHECK(doc.chapters[3].children[1].key == QStringLiteral("school.iii-2"));
    CHECK(doc.chapters[3].children[1].blocks[0].hint ==
          QStringLiteral("写明本校在体育与健康方面的做法。"));
    REQUIRE(doc.findMetric(QStringLiteral("staff.teachers")));
    CHECK(doc.findMetric(QStringLiteral("staff.teachers"))->unit == QStringLiteral("人"));
    CHECK(doc.review.metricTolerances.value(QStringLiteral("staff.teachers")) == 15);

    // The validator holds the new report to the frame: each required indicator is named, by code.
    QStringList empty;
    for (const Finding &f : validate(doc, t))
        if (f.code == QStringLiteral("required-chapter-empty"))
            empty << f.location.chapterPath;
    CHECK(empty.contains(QStringLiteral("III 学生成长 › III-2 体育与健康")));
    CHECK(empty.size() == expectedRequired.size());
}

TEST_CASE("Every kind of template edit undoes and redoes")
{
    TemplateEditor editor;
    buildSchool(editor);
    TemplateEdits *e = editor.edits();
    QUndoStack *undo = editor.undoStack();
    const auto &chapters = [&]() -> const QList<Chapter> & {
        return editor.model()->value().skeleton.chapters;
    };
    const QString dimension = chapters()[2].id, indicator = chapters()[2].children[0].id;
    const QList<std::pair<const char *, std::function<void()>>> edits = {
        {"add a chapter", [&] { e->addSibling(dimension, QStringLiteral("新维度")); }},
        {"add a sub-chapter", [&] { e->addChild(indicator); }},
        {"move up", [&] { e->moveUp(dimension); }},
        {"move down", [&] { e->moveDown(indicator); }},
        {"rename", [&] { e->rename(indicator, QStringLiteral("师德")); }},
        {"key", [&] { e->setKey(indicator, QStringLiteral("ethics")); }},
        {"code", [&] { e->setCode(indicator, QStringLiteral("II-9")); }},
        {"required", [&] { e->setRequired(indicator, false); }},
        {"numbered", [&] { e->setNumbered(dimension, false); }},
        {"add a block", [&] { e->addBlock(indicator, BlockKind::MetricTable); }},
        {"remove a block", [&] { e->removeBlock(indicator, 0); }},
        {"hint", [&] { e->setBlockHint(indicator, 0, QStringLiteral("提示")); }},
        {"name",
         [&] {
             e->setInfo({QStringLiteral("school"), QStringLiteral("学校"), {}});
         }},
        {"numbering", [&] { e->setNumbering(0, NumberingStyle::Chinese); }},
        {"add a figure", [&] { e->addMetric(); }},
        {"figure name", [&] { e->setMetricLabel(QStringLiteral("staff.teachers"), {}); }},
        {"tolerance", [&] { e->setTolerance(QStringLiteral("staff.teachers"), std::nullopt); }},
        {"remove a figure", [&] { e->removeMetric(QStringLiteral("staff.teachers")); }},
        {"delete a chapter", [&] { e->remove(dimension); }},
    };
    QAction *undoAction = action(editor, "&Undo");
    QAction *redoAction = action(editor, "&Redo");
    CHECK(redoAction->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    // The forms name their fields (after the language is set, too).
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(editor.settingsPane(), &languageChange);
    const auto *form = editor.settingsPane()->findChild<QFormLayout *>();
    REQUIRE(form);
    const auto *numberingLabel =
        qobject_cast<QLabel *>(form->labelForField(editor.settingsPane()->numberingBox(1)));
    REQUIRE(numberingLabel);
    CHECK(numberingLabel->text() == QStringLiteral("Numbering, level 2:"));
    for (const auto &[name, edit] : edits) {
        INFO(name);
        const QByteArray before = bytes(editor);
        const int steps = undo->index();
        edit();
        const QByteArray after = bytes(editor);
        CHECK(after != before);
        CHECK(undo->index() == steps + 1);
        REQUIRE(undoAction->isEnabled());
        undoAction->trigger();
        CHECK(bytes(editor) == before);
        redoAction->trigger();
        CHECK(bytes(editor) == after);
        undoAction->trigger(); // the next edit starts from the frame as built
        CHECK(editor.model()->rowCount() == chapters().size());
    }
    // Typing a code is one step, not one per key.
    const int steps = undo->index();
    editor.selectChapter(indicator);
    QTest::keyClicks(editor.chapterPane()->codeEdit(), QStringLiteral("abc"));
    CHECK(undo->index() == steps + 1);
    CHECK(editor.model()->chapter(indicator)->code == QStringLiteral("II-1abc"));
}

TEST_CASE("An invalid template is refused with where the mistake is, and the file stays")
{
    QTemporaryDir dir;
    TemplateEditor editor;
    buildSchool(editor);
    const QString path = dir.filePath(QStringLiteral("school-2024.json"));
    REQUIRE(editor.saveTo(path) == QString());
    const QByteArray saved = test::readFile(path);

    const auto &chapters = editor.model()->value().skeleton.chapters;
    editor.edits()->setKey(chapters[1].children[1].id, QStringLiteral("school.i-1"));
    const QString error = editor.saveTo(path);
    CHECK(error.startsWith(QStringLiteral("I 学校管理 › I-2 民主管理 › key: ")));
    CHECK(error.contains(QStringLiteral("\"school.i-1\"")));
    CHECK(test::readFile(path) == saved);
    CHECK_FALSE(editor.undoStack()->isClean());
    // The problems list says the same.
    const QListWidget *problems = editor.problemsList();
    REQUIRE(problems->count() == 1);
    CHECK(problems->item(0)->text().contains(QStringLiteral("I-2 民主管理 › key")));
    emit editor.problemsList()->itemActivated(problems->item(0));
    CHECK(editor.currentChapterId() == chapters[1].children[1].id);

    editor.undoStack()->undo();
    editor.edits()->rename(chapters[4].id, {});
    const QString untitled = editor.saveTo(path);
    CHECK(untitled.left(11) == QStringLiteral("IV › title:"));
    CHECK(test::readFile(path) == saved);
}

TEST_CASE("A save that fails while writing leaves the old template whole")
{
    QTemporaryDir dir;
    TemplateEditor editor;
    buildSchool(editor);
    const QString path = dir.filePath(QStringLiteral("school-2024.json"));
    test::writeFile(path, QByteArrayLiteral("{\"old\": true}"));
    QString error;
    {
        // The new template is kilobytes: it cannot be written whole.
        const test::FileSizeLimit limit(64);
        error = editor.saveTo(path);
    }
    CHECK_FALSE(error.isEmpty());
    CHECK(test::readFile(path) == QByteArrayLiteral("{\"old\": true}"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("school-2024.json")});
    CHECK_FALSE(editor.undoStack()->isClean());
}

TEST_CASE("File › New Template… opens the editor, and a saved template is offered for new reports")
{
    MainWindow w;
    QAction *newTemplate = nullptr;
    for (const auto &e : w.actions().entries())
        if (QString::fromUtf8(e.text) == QStringLiteral("New Te&mplate…"))
            newTemplate = e.action;
    REQUIRE(newTemplate);
    CHECK(newTemplate->isEnabled()); // no report is open: a template needs none
    newTemplate->trigger();
    auto *editor = w.findChild<TemplateEditor *>();
    REQUIRE(editor);
    CHECK(editor->isWindow());
    const QString id = QStringLiteral("school-mini-%1").arg(QCoreApplication::applicationPid());
    editor->edits()->setInfo({id, QStringLiteral("学校"), {}});
    const QString path = editor->defaultPath();
    CHECK(path == TemplateRegistry::userFolder() + QLatin1Char('/') + id + QStringLiteral(".json"));
    REQUIRE(editor->saveTo(path) == QString());
    CHECK(w.controller()->templates().find(id));
    editor->close();
    QFile::remove(path);
}

TEST_CASE("A built-in template opens in the editor and is saved as a copy unchanged")
{
    const QString builtIn = QStringLiteral(":/templates/shanghai-civilized-unit-2012.json");
    QString error;
    const auto original = readTemplate(builtIn, &error);
    REQUIRE(original);
    TemplateEditor editor;
    REQUIRE(editor.openFile(builtIn) == QString());
    CHECK(editor.path().isEmpty()); // never written back into the program
    CHECK(editor.model()->rowCount() == original->skeleton.chapters.size());
    CHECK(editor.model()->index(1, 0).data().toString() ==
          QStringLiteral("一、") + original->skeleton.chapters[1].title);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.json"));
    REQUIRE(editor.saveTo(copy) == QString());
    const auto saved = readTemplate(copy, &error);
    REQUIRE(saved);
    CHECK(saved->skeleton == original->skeleton);
    CHECK(saved->name == original->name);
    CHECK(editor.openFile(QStringLiteral(CSR_SAMPLE)).contains(QStringLiteral("not a template")));
}
