#include "DocumentFile.h"
#include "MainWindow.h"
#include "RecoveryManager.h"
#include "ReportSession.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace csr;
using namespace csr::ui;

namespace {
std::unique_ptr<MainWindow> window(test::FakePrompts::Log *log, UserPrompts::RecoveryChoice answer)
{
    auto w = std::make_unique<MainWindow>();
    auto p = std::make_unique<test::FakePrompts>(log);
    p->restoreAnswer = answer;
    w->setPrompts(std::move(p));
    return w;
}

// A session that edits and autosaves, then ends without closing (as in a crash).
Document crashAfterEdit(const QString &path)
{
    test::FakePrompts::Log log;
    auto w = window(&log, UserPrompts::RecoveryChoice::Discard);
    REQUIRE(w->openFile(path));
    Metric m = *w->session()->document().findMetric(QStringLiteral("staff.total"));
    m.value = 1999;
    w->session()->applyMetric(m);            // the document as an edit leaves it
    w->session()->undoStack()->resetClean(); // and marked unsaved, as an edit would
    REQUIRE(w->session()->isModified());
    REQUIRE(w->recovery()->autosaveNow());
    return w->session()->document();
}
} // namespace

TEST_CASE("After a crash opening the report offers the recovery copy to restore")
{
    test::isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csreport"));
    REQUIRE(DocumentFile::save(test::smallDocument(), path).isEmpty());
    const Document edited = crashAfterEdit(path);

    test::FakePrompts::Log log;
    auto w = window(&log, UserPrompts::RecoveryChoice::Restore);
    REQUIRE(w->openFile(path));
    CHECK(log.restoreQuestions == 1);
    CHECK(w->session()->document() == edited);
    CHECK(w->session()->isModified()); // restored work is still unsaved
    CHECK(w->isWindowModified());
    REQUIRE(w->save());
    CHECK_FALSE(QFile::exists(RecoveryManager::recoveryPathFor(path)));
}

TEST_CASE("After a crash opening the report offers the recovery copy to discard")
{
    test::isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csreport"));
    REQUIRE(DocumentFile::save(test::smallDocument(), path).isEmpty());
    crashAfterEdit(path);

    test::FakePrompts::Log log;
    auto w = window(&log, UserPrompts::RecoveryChoice::Discard);
    REQUIRE(w->openFile(path));
    CHECK(log.restoreQuestions == 1);
    CHECK(w->session()->document() == test::smallDocument());
    CHECK_FALSE(QFile::exists(RecoveryManager::recoveryPathFor(path)));
}

TEST_CASE("An untitled report is offered for recovery at the next start")
{
    test::isolateSettings();
    {
        test::FakePrompts::Log log;
        auto w = window(&log, UserPrompts::RecoveryChoice::Discard);
        w->newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("某某单位"), 2024);
        REQUIRE(w->session()->isModified());
        REQUIRE(w->recovery()->autosaveNow());
        REQUIRE(QFile::exists(RecoveryManager::recoveryPathFor({})));
    }
    test::FakePrompts::Log log;
    auto w = window(&log, UserPrompts::RecoveryChoice::Restore);
    QTest::qWait(0); // the offer is made once the event loop runs
    QCoreApplication::processEvents();
    CHECK(log.restoreQuestions == 1);
    CHECK(w->session()->document().metadata.unitName == QStringLiteral("某某单位"));
    CHECK(w->session()->filePath().isEmpty());
    CHECK(w->session()->isModified());
}

namespace {
// A session on a new, never saved report that autosaves and then ends as in a crash.
void crashUntitled()
{
    test::FakePrompts::Log log;
    auto w = window(&log, UserPrompts::RecoveryChoice::Discard);
    w->newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("某某单位"), 2024);
    REQUIRE(w->recovery()->autosaveNow());
    REQUIRE(QFile::exists(RecoveryManager::recoveryPathFor({})));
}
} // namespace

TEST_CASE("Starting with a file first offers the untitled report a crash left")
{
    test::isolateSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csreport"));
    REQUIRE(DocumentFile::save(test::smallDocument(), path).isEmpty());
    crashUntitled();

    // As main() does: the command line's file is opened before the event loop runs. The user
    // restores the copy and then keeps it rather than open the file.
    test::FakePrompts::Log log;
    auto w = std::make_unique<MainWindow>();
    auto prompts = std::make_unique<test::FakePrompts>(&log);
    prompts->restoreAnswer = UserPrompts::RecoveryChoice::Restore;
    prompts->saveAnswer = UserPrompts::SaveChoice::Cancel;
    w->setPrompts(std::move(prompts));
    CHECK_FALSE(w->openFile(path));
    CHECK(log.restoreQuestions == 1);
    CHECK(w->session()->document().metadata.unitName == QStringLiteral("某某单位"));
    CHECK(w->session()->isModified());
    CHECK(QFile::exists(RecoveryManager::recoveryPathFor({}))); // kept until saved
    QCoreApplication::processEvents();
    CHECK(log.restoreQuestions == 1); // offered once, not again when the window runs
}

TEST_CASE("Starting a new report keeps the untitled copy a crash left, to offer it")
{
    test::isolateSettings();
    crashUntitled();

    test::FakePrompts::Log log;
    auto w = window(&log, UserPrompts::RecoveryChoice::Restore);
    w->newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("另一单位"), 2024);
    CHECK(QFile::exists(RecoveryManager::recoveryPathFor({})));
    QTest::qWait(0);
    QCoreApplication::processEvents();
    CHECK(log.restoreQuestions == 1);
    CHECK(log.saveQuestions == 1); // the new report is not dropped without asking
    CHECK(w->session()->document().metadata.unitName == QStringLiteral("某某单位"));
}

TEST_CASE("The autosave interval comes from the settings")
{
    test::isolateSettings();
    ReportSession session;
    RecoveryManager recovery(&session);
    CHECK(RecoveryManager::intervalSeconds() == 60);
    CHECK(recovery.timer()->interval() == 60000);
    RecoveryManager::setIntervalSeconds(15);
    recovery.reloadInterval();
    CHECK(recovery.timer()->interval() == 15000);
    CHECK(recovery.timer()->isActive());
}

TEST_CASE("A copy another running window is writing is neither offered nor overwritten")
{
    test::isolateSettings();
    test::FakePrompts::Log firstLog;
    auto first = window(&firstLog, UserPrompts::RecoveryChoice::Discard);
    first->newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("第一单位"), 2024);
    REQUIRE(first->recovery()->autosaveNow());
    const QString firstCopy = RecoveryManager::recoveryPathFor({});
    REQUIRE(QFile::exists(firstCopy));
    CHECK(RecoveryManager::inUse(firstCopy));

    // A second window starts while the first runs: nothing to offer, nothing discarded.
    test::FakePrompts::Log secondLog;
    auto second = window(&secondLog, UserPrompts::RecoveryChoice::Discard);
    QTest::qWait(0);
    QCoreApplication::processEvents();
    CHECK(secondLog.restoreQuestions == 0);
    REQUIRE(QFile::exists(firstCopy));

    // Its own untitled report goes to a copy of its own.
    second->newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("第二单位"), 2024);
    REQUIRE(second->recovery()->autosaveNow());
    CHECK(DocumentFile::load(firstCopy).document.metadata.unitName == QStringLiteral("第一单位"));
    CHECK(RecoveryManager::pending().isEmpty()); // both are live work

    // The first window ends as in a crash: its copy is now a leftover, offered next time.
    first.reset();
    const auto left = RecoveryManager::pending();
    REQUIRE(left.size() == 1);
    CHECK(DocumentFile::load(left.first().recoveryFile).document.metadata.unitName ==
          QStringLiteral("第一单位"));
}

TEST_CASE("The lock of a session that died does not hide its copy")
{
    test::isolateSettings();
    crashUntitled();
    const QString copy = RecoveryManager::recoveryPathFor({});
    // A process that takes the copy's lock and dies without releasing it, as a crash does.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        QLockFile lock(copy + QStringLiteral(".lock"));
        _exit(lock.tryLock(0) ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(QFile::exists(copy + QStringLiteral(".lock"))); // left behind by the dead process

    CHECK_FALSE(RecoveryManager::inUse(copy));
    CHECK(RecoveryManager::pending().size() == 1);
}

TEST_CASE("A leftover copy still waiting for an answer is never written over")
{
    // E.g. the user restored another report first, so this copy waits for the next start.
    test::isolateSettings();
    crashUntitled();
    const QString leftover = RecoveryManager::recoveryPathFor({});
    const QByteArray before = test::readFile(leftover);

    ReportSession session;
    RecoveryManager recovery(&session);
    const auto registry = TemplateRegistry::loadDefault();
    session.reset(
        newDocument(*registry.find(TemplateRegistry::DefaultId), QStringLiteral("新单位"), 2024),
        QString(), true);
    REQUIRE(recovery.autosaveNow());
    CHECK((test::readFile(leftover) == before));
    // Both are there to recover: the leftover for the user's answer, ours as live work.
    const auto waiting = RecoveryManager::pending();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().recoveryFile == QFileInfo(leftover).absoluteFilePath());
    CHECK(QDir(RecoveryManager::recoveryDir())
              .entryList({QStringLiteral("*.csreport")}, QDir::Files)
              .size() == 2);
}

TEST_CASE("A lock naming this process that it does not hold is stale")
{
    // A container or sandbox reuses PIDs: an earlier crashed run may have had ours.
    test::isolateSettings();
    crashUntitled();
    const QString copy = RecoveryManager::recoveryPathFor({});
    test::writeFile(copy + QStringLiteral(".lock"),
                    QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                        // the process name, as QLockFile writes it and checks it
                        QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() +
                        '\n' + QSysInfo::machineHostName().toUtf8() + '\n');
    CHECK_FALSE(RecoveryManager::inUse(copy));
    CHECK(RecoveryManager::pending().size() == 1);
}
