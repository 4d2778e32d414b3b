// File › Import Existing Report… driven offscreen: the imported report opens as new unsaved
// work (the open report's file untouched, Save asks where), the import review panel lists the
// import's doubtful decisions, jumps to their places and clears accepted ones.
#include "ChapterTreeModel.h"
#include "DocumentFile.h"
#include "ImportReviewPanel.h"
#include "MainWindow.h"
#include "ReportChecker.h"
#include "ReportSession.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace csr;
using namespace csr::ui;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The group of that kind in the panel's tree.
QTreeWidgetItem *group(QTreeWidget *tree, ImportReviewItem::Kind kind)
{
    const QString title = importReviewKindTitle(kind);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(title))
            return tree->topLevelItem(i);
    return nullptr;
}

QString chapterIdWithKey(const QList<Chapter> &chapters, const QString &key)
{
    QString id;
    forEachChapter(chapters, [&](const ChapterVisit &v) {
        if (v.chapter.key == key)
            id = v.chapter.id;
    });
    return id;
}

} // namespace

TEST_CASE("Importing an existing report opens it for review and never writes over a file")
{
    QTemporaryDir dir;
    test::isolateSettings();
    test::FakePrompts::Log log;
    MainWindow w;
    auto owned = std::make_unique<test::FakePrompts>(&log);
    test::FakePrompts *prompts = owned.get();
    w.setPrompts(std::move(owned));
    const QString open = dir.filePath(QStringLiteral("open.csreport"));
    REQUIRE(DocumentFile::save(test::editorDocument(), open).isEmpty());
    REQUIRE(w.openFile(open));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QByteArray openBytes = bytesOf(open);
    CHECK_FALSE(w.importReviewDock()->isVisible()); // nothing imported yet

    // A damaged file: a message, the open report stays as it was.
    const QString broken = dir.filePath(QStringLiteral("broken.docx"));
    test::writeFile(broken, "PK\x03\x04 not really a zip");
    const Document before = w.session()->document();
    CHECK_FALSE(w.importReport(broken, TemplateRegistry::DefaultId, 0));
    REQUIRE(log.errors.size() == 1);
    CHECK(log.errors.first().contains(QStringLiteral("Word document cannot be read")));
    CHECK(w.session()->document() == before);
    CHECK(w.session()->filePath() == QFileInfo(open).absoluteFilePath());

    REQUIRE(w.importReport(QStringLiteral(CSR_SOURCE_DIR "/tests/core/data/west-district-2023.txt"),
                           TemplateRegistry::DefaultId, 0));
    const Document &doc = w.session()->document();
    CHECK(doc.signatory.name == QStringLiteral("朱樱"));
    CHECK(doc.metadata.year == 2023);
    CHECK(w.session()->filePath().isEmpty()); // a new report: no file yet
    CHECK(w.session()->isModified());
    CHECK(bytesOf(open) == openBytes);

    // The review panel is shown, with the import's decisions grouped by kind.
    ImportReviewPanel *panel = w.importReviewPanel();
    CHECK(w.importReviewDock()->isVisible());
    QTreeWidget *tree = panel->tree();
    const qsizetype total = panel->items().size();
    CHECK(total > 20);
    QTreeWidgetItem *unmatched = group(tree, ImportReviewItem::Kind::UnmatchedHeading);
    REQUIRE(unmatched);
    CHECK(unmatched->childCount() >= 1);
    REQUIRE(group(tree, ImportReviewItem::Kind::GuessedLabel));
    QTreeWidgetItem *imported = group(tree, ImportReviewItem::Kind::ImportedChapter);
    REQUIRE(imported);
    const QString profile = chapterIdWithKey(doc.chapters, QStringLiteral("overview.profile"));
    CHECK(panel->isImported(profile));
    // The navigator says so in the chapter's status.
    const QModelIndex profileStatus =
        w.chapterModel()->indexOf(profile).siblingAtColumn(ChapterTreeModel::StatusColumn);
    CHECK(profileStatus.data().toString().contains(QStringLiteral("imported")));

    // Activating an item goes to its chapter.
    QTreeWidgetItem *first = unmatched->child(0);
    const int index = first->data(0, Qt::UserRole).toInt();
    const QString target = panel->items().at(index).location.chapterId;
    REQUIRE_FALSE(target.isEmpty());
    emit tree->itemActivated(first, 0);
    CHECK(w.currentChapterId() == target);

    // Accept clears the selected item; accepting a group clears all of it.
    auto *accept = panel->findChild<QPushButton *>(QStringLiteral("acceptImportItem"));
    REQUIRE(accept);
    tree->clearSelection();
    CHECK_FALSE(accept->isEnabled());
    first->setSelected(true);
    REQUIRE(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    CHECK(panel->items().size() == total - 1);
    imported = group(tree, ImportReviewItem::Kind::ImportedChapter);
    REQUIRE(imported);
    const int chapters = imported->childCount();
    imported->setSelected(true);
    QTest::mouseClick(accept, Qt::LeftButton);
    CHECK(panel->items().size() == total - 1 - chapters);
    CHECK_FALSE(panel->isImported(profile));
    CHECK_FALSE(profileStatus.data().toString().contains(QStringLiteral("imported")));
    CHECK_FALSE(group(tree, ImportReviewItem::Kind::ImportedChapter));
    // Each accept is one undo step, and the list is the report's.
    const qsizetype left = total - 1 - chapters;
    CHECK(w.session()->document().importReview.size() == left);
    w.session()->undoStack()->undo();
    CHECK(panel->items().size() == total - 1);
    CHECK(panel->isImported(profile));
    w.session()->undoStack()->redo();
    CHECK(panel->items().size() == left);

    // Saving asks for a name: the open report's file is never replaced unasked.
    const QString saved = dir.filePath(QStringLiteral("imported.csreport"));
    prompts->saveAsPath = saved;
    const int asked = log.fileNameQuestions;
    REQUIRE(w.save());
    CHECK(log.fileNameQuestions == asked + 1);
    CHECK(bytesOf(open) == openBytes);
    const auto read = DocumentFile::load(saved);
    REQUIRE(read.ok());
    CHECK(read.document.signatory.name == QStringLiteral("朱樱"));
    CHECK(read.document.importReview == w.session()->document().importReview);

    // Opening another report: the decisions no longer apply.
    REQUIRE(w.openFile(open));
    CHECK(panel->items().isEmpty());
    // Opening the imported one again: what was left to check is listed again, nothing lost.
    w.importReviewDock()->hide();
    REQUIRE(w.openFile(saved));
    CHECK(panel->items().size() == left);
    CHECK(w.importReviewDock()->isVisible());
    CHECK_FALSE(w.session()->isModified());
}
