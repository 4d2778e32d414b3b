#include "ReportController.h"
#include "DocumentFile.h"
#include "RecentFiles.h"
#include "RecoveryManager.h"
#include "ReportSession.h"
#include "ReportStore.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "Validator.h"

#include <QFile>
#include <QTemporaryDir>

using namespace csr;
using namespace csr::ui;

namespace {
// The controller alone, no window, answering through FakePrompts.
struct Controller
{
    QTemporaryDir dir;
    test::FakePrompts::Log log;
    test::FakePrompts *prompts = nullptr;
    std::unique_ptr<ReportController> c;

    Controller()
    {
        test::isolateSettings();
        c = std::make_unique<ReportController>();
        auto p = std::make_unique<test::FakePrompts>(&log);
        prompts = p.get();
        c->setPrompts(std::move(p));
    }
    QString saved(const Document &doc, const QString &name)
    {
        const QString path = dir.filePath(name);
        REQUIRE(DocumentFile::save(doc, path).isEmpty());
        return path;
    }
    void edit()
    {
        Metric m = *c->session()->document().findMetric(QStringLiteral("staff.total"));
        m.value = 1999;
        c->session()->applyMetric(m);
        c->session()->undoStack()->resetClean(); // marked unsaved, as an edit would
        REQUIRE(c->session()->isModified());
    }
};

// A report kept somewhere other than a file: what a team server or a review copy plugs in.
struct MemoryStore : ReportStore
{
    QList<Document> *writes;
    bool changed = false;
    explicit MemoryStore(QList<Document> *w) : writes(w) {}
    bool hasPlace(const ReportSession &) const override { return true; }
    bool changedElsewhere(const ReportSession &) const override { return changed; }
    QString save(ReportSession &session) override
    {
        writes->append(session.document());
        return {};
    }
};
} // namespace

TEST_CASE("The controller starts with no report and a new one from a template is unsaved work")
{
    Controller t;
    CHECK_FALSE(t.c->hasReport());
    CHECK(t.c->documentName() == QStringLiteral("Untitled"));
    t.c->newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("某某单位"), 2024);
    CHECK(t.c->hasReport());
    CHECK(t.c->session()->isModified());
    CHECK(t.c->documentName() == QStringLiteral("某某单位 2024"));
    CHECK(t.log.saveQuestions == 0);

    t.c->newFromTemplate(QStringLiteral("no-such-template"), QStringLiteral("x"), 2024);
    REQUIRE(t.log.errors.size() == 1);
    CHECK(t.log.errors.first().contains(QStringLiteral("no-such-template")));
    CHECK(t.c->session()->document().metadata.unitName == QStringLiteral("某某单位"));
}

TEST_CASE("The controller asks before replacing unsaved work and keeps it on cancel")
{
    Controller t;
    const QString first = t.saved(test::smallDocument(), QStringLiteral("a.csreport"));
    Document other = test::smallDocument();
    other.metadata.unitName = QStringLiteral("另一单位");
    const QString second = t.saved(other, QStringLiteral("b.csreport"));
    REQUIRE(t.c->openFile(first));
    t.edit();
    const Document edited = t.c->session()->document();

    t.prompts->saveAnswer = UserPrompts::SaveChoice::Cancel;
    CHECK_FALSE(t.c->openFile(second));
    CHECK(t.log.saveQuestions == 1);
    CHECK(t.c->session()->document() == edited);

    t.prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
    REQUIRE(t.c->openFile(second));
    CHECK(t.log.saveQuestions == 2);
    CHECK(t.c->session()->document() == other);
    CHECK_FALSE(t.c->session()->isModified());
    CHECK(t.c->recentFiles()->files().value(0) == QFileInfo(second).absoluteFilePath());
    CHECK(t.c->recentFiles()->files().value(1) == QFileInfo(first).absoluteFilePath());
}

TEST_CASE("Saving an untitled report asks for a name, writes the file and drops the recovery copy")
{
    Controller t;
    t.c->newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("某某单位"), 2024);
    REQUIRE(t.c->recovery()->autosaveNow());
    REQUIRE(QFile::exists(RecoveryManager::recoveryPathFor({})));

    t.prompts->saveAsPath.clear(); // the user cancels the file dialog
    CHECK_FALSE(t.c->save());
    CHECK(t.c->session()->isModified());

    t.prompts->saveAsPath = t.dir.filePath(QStringLiteral("new.csreport"));
    REQUIRE(t.c->save());
    CHECK_FALSE(t.c->session()->isModified());
    CHECK(t.c->session()->filePath() == t.prompts->saveAsPath);
    CHECK(DocumentFile::load(t.prompts->saveAsPath).document.metadata.unitName ==
          QStringLiteral("某某单位"));
    CHECK_FALSE(QFile::exists(RecoveryManager::recoveryPathFor({})));
    CHECK(t.c->close());
    CHECK(t.log.saveQuestions == 0);
}

TEST_CASE("A report that does not come from a file saves through its own store")
{
    Controller t;
    QList<Document> writes;
    auto store = std::make_shared<MemoryStore>(&writes);
    const bool replaced = t.c->replaceDocument([&] {
        return std::optional(
            ReportController::Incoming{test::smallDocument(), {}, false, {}, store});
    });
    REQUIRE(replaced);
    CHECK(t.c->hasReport());
    t.edit();
    REQUIRE(t.c->save());
    REQUIRE(writes.size() == 1);
    CHECK(writes.first().findMetric(QStringLiteral("staff.total"))->value == 1999);
    CHECK(t.log.conflictQuestions == 0);

    // Changed by someone else meanwhile: asked first, and nothing written on cancel.
    store->changed = true;
    t.edit();
    t.prompts->conflictAnswer = UserPrompts::ConflictChoice::Cancel;
    CHECK_FALSE(t.c->save());
    CHECK(t.log.conflictQuestions == 1);
    CHECK(writes.size() == 1);

    // Save As moves the report to a file: later saves go there.
    const QString path = t.dir.filePath(QStringLiteral("copy.csreport"));
    REQUIRE(t.c->saveAs(path));
    t.edit();
    store->changed = false;
    REQUIRE(t.c->save());
    CHECK(writes.size() == 1);
    CHECK(DocumentFile::load(path).ok());
}

TEST_CASE("New from last year's file refuses a bad file without asking about the open one")
{
    Controller t;
    const QString bad = t.dir.filePath(QStringLiteral("bad.csreport"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    t.c->newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("某某单位"), 2024);
    CHECK_FALSE(t.c->newFromLastYear(bad));
    CHECK(t.log.saveQuestions == 0);
    CHECK(t.log.errors.size() == 1);
    CHECK(t.c->session()->document().metadata.unitName == QStringLiteral("某某单位"));

    REQUIRE(t.c->newFromLastYear(QStringLiteral(CSR_SAMPLE)));
    CHECK(t.log.saveQuestions == 1);
    CHECK(t.c->session()->document().metadata.year ==
          DocumentFile::load(QStringLiteral(CSR_SAMPLE)).document.metadata.year + 1);
    CHECK(t.c->session()->filePath().isEmpty());
}

TEST_CASE("The controller restores a crash's copy of the file it opens")
{
    Controller t;
    const QString path = t.saved(test::smallDocument(), QStringLiteral("r.csreport"));
    Document edited;
    {
        Controller crashed;
        crashed.prompts->restoreAnswer = UserPrompts::RecoveryChoice::Discard;
        REQUIRE(crashed.c->openFile(path));
        crashed.edit();
        REQUIRE(crashed.c->recovery()->autosaveNow());
        edited = crashed.c->session()->document();
    } // ends without close(), as in a crash
    REQUIRE(t.c->openFile(path));
    CHECK(t.log.restoreQuestions == 1);
    CHECK(t.c->session()->document() == edited);
    CHECK(t.c->session()->isModified());
    REQUIRE(t.c->save());
    CHECK_FALSE(QFile::exists(RecoveryManager::recoveryPathFor(path)));
}

TEST_CASE("Save as Template: a new report from it has the report's chapter frame")
{
    Controller t;
    REQUIRE(t.c->openFile(QStringLiteral(CSR_SAMPLE)));
    const Document sample = t.c->session()->document();
    CHECK_FALSE(
        t.c->saveAsTemplate(QStringLiteral("a/b"), QStringLiteral("西区"), false).isEmpty());
    REQUIRE(t.c->saveAsTemplate(QStringLiteral("west-frame"), QStringLiteral("西区框架"), false)
                .isEmpty());
    const Template *made = t.c->templates().find(QStringLiteral("west-frame"));
    REQUIRE(made);
    CHECK(made->name == QStringLiteral("西区框架"));

    t.c->newFromTemplate(QStringLiteral("west-frame"), QStringLiteral("某某学校"), 2024);
    const Document &next = t.c->session()->document();
    CHECK(next.metadata.unitName == QStringLiteral("某某学校"));
    QStringList before, after;
    forEachChapter(sample.chapters, [&](const ChapterVisit &v) {
        before << v.number + v.chapter.title + (v.chapter.required ? "*" : "");
    });
    forEachChapter(next.chapters, [&](const ChapterVisit &v) {
        after << v.number + v.chapter.title + (v.chapter.required ? "*" : "");
    });
    CHECK(after == before);
    // The same required chapters are checked, now empty.
    bool requiredEmpty = false;
    for (const Finding &f : validate(next, t.c->documentTemplate()))
        requiredEmpty = requiredEmpty || f.code == QStringLiteral("required-chapter-empty");
    CHECK(requiredEmpty);
}
