#include "MainWindow.h"
#include "ChangeLogModel.h"
#include "ChapterFilterProxy.h"
#include "ChapterForm.h"
#include "ChapterTreeModel.h"
#include "ChartPreview.h"
#include "DocumentFile.h"
#include "EditMetadataCommand.h"
#include "EditMetricCommand.h"
#include "MetricTableEditor.h"
#include "MetricTableModel.h"
#include "ParagraphEditor.h"
#include "ProblemsPanel.h"
#include "RecoveryManager.h"
#include "ReportChecker.h"
#include "ReportSession.h"
#include "TestSupport.h"
#include "TimelineEditor.h"
#include "TimelineModel.h"
#include "UiLanguage.h"
#include "UiTestSupport.h"
#include "ValidationController.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace csr;
using namespace csr::ui;

namespace {
struct Window
{
    QTemporaryDir dir;
    test::FakePrompts::Log log;
    test::FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> w;
    QString path;

    explicit Window(const Document &doc = test::editorDocument())
    {
        test::isolateSettings();
        w = std::make_unique<MainWindow>();
        auto p = std::make_unique<test::FakePrompts>(&log);
        prompts = p.get();
        w->setPrompts(std::move(p));
        path = dir.filePath(QStringLiteral("report.csreport"));
        REQUIRE(DocumentFile::save(doc, path).isEmpty());
        REQUIRE(w->openFile(path));
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w.get()));
        // Opening validates the whole report off the GUI thread; the tests read its findings.
        REQUIRE(w->checker()->validation()->waitForIdle());
    }
    const Document &doc() const { return w->session()->document(); }
};

// This year's bar values in the chart previewed for the metric table 基本情况.
QList<double> firstBars(ChartPreview *preview)
{
    const QList<QChart *> charts = preview->charts();
    const QList<ChartData> data = preview->chartData();
    REQUIRE(charts.size() == data.size());
    QChart *chart = nullptr;
    for (qsizetype i = 0; i < data.size(); ++i)
        if (data.at(i).title == QStringLiteral("基本情况"))
            chart = charts.at(i);
    REQUIRE(chart);
    REQUIRE_FALSE(chart->series().isEmpty());
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    REQUIRE(bars);
    QList<double> values;
    const QBarSet *set = bars->barSets().last(); // this year's values
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}
} // namespace

TEST_CASE("Editing a metric in the table updates model and chart and quoting paragraph and undo "
          "restores them")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    ChapterForm *form = t.w->currentForm();
    REQUIRE(form);
    auto *table = form->findChild<MetricTableEditor *>();
    auto *paragraph = form->findChild<ParagraphEditor *>();
    REQUIRE(table);
    REQUIRE(paragraph);
    CHECK(paragraph->resolvedHtml().contains(QStringLiteral("<b>1184</b>")));
    CHECK(firstBars(t.w->chartPreview()) == QList<double>{1184.0}); // revenue is masked

    // Type the new value into the cell as a person would: F2, select all, type, Enter.
    QTableView *view = table->view();
    const QModelIndex cell = table->model()->index(0, MetricTableModel::ValueColumn);
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("1300"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call

    CHECK(cell.data().toString() == QStringLiteral("1300"));
    CHECK(t.doc().findMetric(QStringLiteral("staff.total"))->value == 1300.0);
    CHECK(firstBars(t.w->chartPreview()) == QList<double>{1300.0});
    CHECK(paragraph->resolvedHtml().contains(QStringLiteral("<b>1300</b>")));
    CHECK(t.w->isWindowModified());
    CHECK(t.w->session()->undoStack()->undoText() == QStringLiteral("Change 全口径员工 value"));

    t.w->session()->undoStack()->undo();
    CHECK(cell.data().toString() == QStringLiteral("1184"));
    CHECK(firstBars(t.w->chartPreview()) == QList<double>{1184.0});
    CHECK(paragraph->resolvedHtml().contains(QStringLiteral("<b>1184</b>")));
    CHECK_FALSE(t.w->isWindowModified());
    CHECK(t.doc() == test::editorDocument());
}

TEST_CASE("The number editor refuses letters")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    auto *table = t.w->currentForm()->findChild<MetricTableEditor *>();
    QTableView *view = table->view();
    view->setCurrentIndex(table->model()->index(0, MetricTableModel::PreviousColumn));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("abc"));
    CHECK(editor->text() == QStringLiteral("1100")); // the letters never got in
    QTest::keyClicks(editor, QStringLiteral("12a3"));
    CHECK(editor->text() == QStringLiteral("123"));
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(t.doc() == test::editorDocument());
}

TEST_CASE("Emptying a value cell clears the value")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    auto *table = t.w->currentForm()->findChild<MetricTableEditor *>();
    QTableView *view = table->view();
    view->setCurrentIndex(table->model()->index(0, MetricTableModel::ValueColumn));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
    CHECK_FALSE(t.doc().findMetric(QStringLiteral("staff.total"))->value.has_value());
    CHECK(t.w->session()->undoStack()->count() == 1);
}

TEST_CASE("Typing in a paragraph shows resolved text and marks unknown figures in one undo step")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    auto *paragraph = t.w->currentForm()->findChild<ParagraphEditor *>();
    QPlainTextEdit *edit = paragraph->textEdit();
    edit->moveCursor(QTextCursor::End);
    test::typeText(edit, QStringLiteral(" 营收 {{revenue}}，党员 {{party.members}}。"));
    const auto &text =
        std::get<Paragraph>(t.w->session()->findBlock(QStringLiteral("b5"))->content).text;
    CHECK(text.endsWith(QStringLiteral("党员 {{party.members}}。")));
    const QString html = paragraph->resolvedHtml();
    CHECK(html.contains(QStringLiteral("<b>**</b>"))); // confidential in the public edition
    CHECK(html.contains(QStringLiteral("color:#c00000")));
    CHECK(html.contains(QStringLiteral("{{party.members}}")));
    CHECK(t.w->session()->undoStack()->count() == 1);
    CHECK(t.w->problemsPanel()->findings().size() > 0);

    t.w->session()->undoStack()->undo();
    CHECK(edit->toPlainText() == QStringLiteral("本单位共有员工 {{staff.total}} 人。"));
}

TEST_CASE("A timeline event outside the reporting period is flagged in the problems list")
{
    Window t;
    const auto outside = [&] {
        int n = 0;
        for (const Finding &f : t.w->problemsPanel()->findings())
            n += f.code == QStringLiteral("event-outside-period");
        return n;
    };
    REQUIRE(outside() == 0);
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    auto *timeline = t.w->currentForm()->findChild<TimelineEditor *>();
    REQUIRE(timeline);
    QPushButton *add = nullptr;
    for (auto *b : timeline->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Add event"))
            add = b;
    REQUIRE(add);
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(timeline->model()->rowCount() == 2);
    CHECK(outside() == 0); // a new event starts inside the period

    const int row = timeline->model()->rowCount() - 1;
    REQUIRE(timeline->model()->setData(timeline->model()->index(row, TimelineModel::DateColumn),
                                       QDate(2024, 3, 1)));
    CHECK(outside() == 1);

    // Double-clicking the problem goes to its chapter.
    REQUIRE(t.w->selectChapter(QStringLiteral("c1")));
    ProblemsPanel *panel = t.w->problemsPanel();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < panel->topLevelItemCount(); ++i)
        if (panel->topLevelItem(i)->data(0, Qt::UserRole) == QStringLiteral("event-outside-period"))
            item = panel->topLevelItem(i);
    REQUIRE(item);
    emit panel->itemActivated(item, 0);
    CHECK(t.w->currentChapterId() == QStringLiteral("c2"));

    t.w->session()->undoStack()->undo();
    CHECK(outside() == 0);
}

TEST_CASE("Tab after typing an event title moves on to the next cell of the same row")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    auto *timeline = t.w->currentForm()->findChild<TimelineEditor *>();
    REQUIRE(timeline);
    QTableView *view = timeline->view();
    view->setCurrentIndex(timeline->model()->index(0, TimelineModel::TitleColumn));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Visit"));
    QTest::keyClick(editor, Qt::Key_Tab);
    QCoreApplication::processEvents();

    const QModelIndex outlet = timeline->model()->index(0, TimelineModel::OutletColumn);
    CHECK(view->currentIndex() == outlet);
    auto *next = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(next); // the outlet's editor is open
    CHECK(next->parentWidget() == view->viewport());
    CHECK(next->geometry().intersects(view->visualRect(outlet)));
    const auto &entries =
        std::get<Timeline>(t.w->session()->findBlock(QStringLiteral("b3"))->content).entries;
    CHECK(entries.first().title == QStringLiteral("Visit"));
}

TEST_CASE("Opening a bad file reports it and leaves the open document as it was")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    const Document before = t.doc();
    const QString bad = t.dir.filePath(QStringLiteral("bad.csreport"));
    test::writeFile(bad, "{ \"formatVersion\": 1, \"chapters\": [ }");
    CHECK_FALSE(t.w->openFile(bad));
    REQUIRE(t.log.errors.size() == 1);
    CHECK(t.log.errors.first().contains(QStringLiteral("bad.csreport")));
    CHECK(t.doc() == before);
    CHECK(t.w->session()->filePath() == QFileInfo(t.path).absoluteFilePath());
    CHECK(t.w->currentChapterId() == QStringLiteral("c2"));

    CHECK_FALSE(t.w->openFile(t.dir.filePath(QStringLiteral("missing.csreport"))));
    CHECK(t.log.errors.size() == 2);
    CHECK(t.doc() == before);
}

TEST_CASE("New from last year's report starts next year with last year's figures to compare")
{
    Window t;
    const Document lastYear = t.doc();
    const QString bad = t.dir.filePath(QStringLiteral("bad.csreport"));
    test::writeFile(bad, "not a report");
    CHECK_FALSE(t.w->newFromLastYear(bad));
    CHECK(t.log.errors.size() == 1);
    CHECK(t.doc() == lastYear); // an unreadable file changes nothing

    REQUIRE(t.w->newFromLastYear(QStringLiteral(CSR_SAMPLE)));
    const Document &next = t.doc();
    CHECK(next.metadata.year == 2024);
    CHECK(next.metadata.unitName == QStringLiteral("中国电信股份有限公司上海西区电信局"));
    const Metric *staff = next.findMetric(QStringLiteral("staff.total"));
    REQUIRE(staff);
    CHECK(staff->previousValue == 1184);
    CHECK_FALSE(staff->value);
    CHECK(t.w->session()->filePath().isEmpty()); // never saved: Save asks where
    CHECK(t.w->session()->isModified());
}

TEST_CASE("Saving over a file someone else changed asks first and keeps their work")
{
    Window t;
    const Metric before = *t.doc().findMetric(QStringLiteral("staff.total"));
    Metric after = before;
    after.value = 4321;
    t.w->session()->undoStack()->push(
        new EditMetricCommand(t.w->session(), before, after, QStringLiteral("value")));

    SECTION("nobody else changed it: saved without a question")
    {
        CHECK(t.w->save());
        CHECK(t.log.conflictQuestions == 0);
    }

    // A colleague saves their version of the same file meanwhile.
    Document theirs = test::editorDocument();
    theirs.metadata.unitName = QStringLiteral("同事的版本");
    REQUIRE(DocumentFile::save(theirs, t.path).isEmpty());
    const QByteArray theirBytes = test::readFile(t.path);

    SECTION("cancel: nothing written")
    {
        t.prompts->conflictAnswer = UserPrompts::ConflictChoice::Cancel;
        CHECK_FALSE(t.w->save());
        CHECK(t.log.conflictQuestions == 1);
        CHECK((test::readFile(t.path) == theirBytes));
        CHECK(t.w->session()->isModified());
    }
    SECTION("save as: ours goes elsewhere, theirs stays")
    {
        t.prompts->conflictAnswer = UserPrompts::ConflictChoice::SaveAs;
        t.prompts->saveAsPath = t.dir.filePath(QStringLiteral("mine.csreport"));
        CHECK(t.w->save());
        CHECK((test::readFile(t.path) == theirBytes));
        CHECK(DocumentFile::load(t.prompts->saveAsPath)
                  .document.findMetric(QStringLiteral("staff.total"))
                  ->value == 4321);
    }
    SECTION("replace: ours is written, and the next save asks no more")
    {
        t.prompts->conflictAnswer = UserPrompts::ConflictChoice::Overwrite;
        CHECK(t.w->save());
        CHECK(
            DocumentFile::load(t.path).document.findMetric(QStringLiteral("staff.total"))->value ==
            4321);
        CHECK(t.w->save());
        CHECK(t.log.conflictQuestions == 1);
    }
}

TEST_CASE("Saving records who changed which figure and the history shows it")
{
    Window t;
    ReportSession::setAuthorName(QStringLiteral("王芳"));
    const Metric before = *t.doc().findMetric(QStringLiteral("staff.total"));
    Metric after = before;
    after.value = 4321;
    t.w->session()->undoStack()->push(
        new EditMetricCommand(t.w->session(), before, after, QStringLiteral("value")));
    CHECK(t.doc().changeLog.isEmpty()); // an edit alone is not history yet
    REQUIRE(t.w->save());
    REQUIRE(t.doc().changeLog.size() == 1);
    const ChangeRecord &c = t.doc().changeLog.first();
    CHECK(c.who == QStringLiteral("王芳"));
    CHECK(c.metricId == QStringLiteral("staff.total"));
    CHECK(c.before == formatNumber(*before.value));
    CHECK(c.after == QStringLiteral("4321"));
    CHECK(DocumentFile::load(t.path).document.changeLog == t.doc().changeLog);
    REQUIRE(t.w->save()); // nothing changed since: nothing more recorded
    CHECK(t.doc().changeLog.size() == 1);

    ChangeLogModel model(t.w->session());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ChangeLogModel::Who).data().toString() == QStringLiteral("王芳"));
    CHECK(model.index(0, ChangeLogModel::After).data().toString() == QStringLiteral("4321"));
    CHECK(model.index(0, ChangeLogModel::Figure).data().toString().contains(before.label));
}

TEST_CASE("Window title shows unsaved changes and opening another file asks first")
{
    Window t;
    CHECK(t.w->windowTitle().contains(QStringLiteral("report[*]")));
    CHECK_FALSE(t.w->isWindowModified());

    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    auto *table = t.w->currentForm()->findChild<MetricTableEditor *>();
    REQUIRE(table->model()->setData(table->model()->index(0, MetricTableModel::ValueColumn), 1200));
    CHECK(t.w->isWindowModified());

    // Cancel keeps everything; Discard opens the other file.
    const QString other = t.dir.filePath(QStringLiteral("other.csreport"));
    REQUIRE(DocumentFile::save(test::smallDocument(), other).isEmpty());
    t.prompts->saveAnswer = UserPrompts::SaveChoice::Cancel;
    CHECK_FALSE(t.w->openFile(other));
    CHECK(t.log.saveQuestions == 1);
    CHECK(t.doc().findMetric(QStringLiteral("staff.total"))->value == 1200.0);

    // Save writes the file and clears the mark.
    REQUIRE(t.w->save());
    CHECK_FALSE(t.w->isWindowModified());
    auto reread = DocumentFile::load(t.path);
    REQUIRE(reread.ok());
    CHECK(reread.document == t.doc());

    t.prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
    REQUIRE(t.w->openFile(other));
    CHECK(t.log.saveQuestions == 1); // nothing unsaved: not asked
    CHECK(t.doc() == test::smallDocument());
}

TEST_CASE("Opening another report replaces the form even when chapter ids repeat")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c1")));
    Document other = test::editorDocument();
    std::get<Paragraph>(other.chapters[0].blocks[0].content).text = QStringLiteral("另一份报告");
    const QString path = t.dir.filePath(QStringLiteral("other.csreport"));
    REQUIRE(DocumentFile::save(other, path).isEmpty());
    REQUIRE(t.w->openFile(path));
    REQUIRE(t.w->currentChapterId() == QStringLiteral("c1"));
    auto *paragraph = t.w->currentForm()->findChild<ParagraphEditor *>();
    REQUIRE(paragraph);
    CHECK(paragraph->textEdit()->toPlainText() == QStringLiteral("另一份报告"));
}

TEST_CASE("Chapter assignee and status are edited in the form header and filter the navigator")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    ChapterForm *form = t.w->currentForm();
    test::typeText(form->assigneeEdit(), QStringLiteral("王芳"));
    CHECK(t.doc().findChapter(QStringLiteral("c2"))->assignee == QStringLiteral("王芳"));
    CHECK(t.w->session()->undoStack()->count() == 1); // typing merged

    QComboBox *status = form->statusCombo();
    status->setCurrentIndex(status->findData(int(ChapterStatus::Submitted)));
    emit status->activated(status->currentIndex());
    CHECK(t.doc().findChapter(QStringLiteral("c2"))->status == ChapterStatus::Submitted);
    CHECK(t.w->session()->undoStack()->count() == 2);

    QComboBox *person = t.w->assigneeFilter();
    const int i = person->findData(QStringLiteral("王芳"));
    REQUIRE(i >= 0);
    person->setCurrentIndex(i);
    emit person->activated(i);
    QAbstractItemModel *shown = t.w->chapterView()->model();
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data(Qt::UserRole + 1).toString() == QStringLiteral("c2"));

    t.w->session()->undoStack()->undo();
    t.w->session()->undoStack()->undo();
    CHECK(t.doc() == test::editorDocument());
}

TEST_CASE("Editing the open chapter's status and assignee under a filter keeps its form")
{
    Window t;
    const auto pick = [](QComboBox *box, const QVariant &data) {
        const int i = box->findData(data);
        REQUIRE(i >= 0);
        box->setCurrentIndex(i);
        emit box->activated(i);
    };
    const auto treeCurrent = [&] {
        return t.w->chapterView()->currentIndex().data(ChapterTreeModel::ChapterIdRole).toString();
    };
    pick(t.w->statusFilter(), int(ChapterStatus::Draft));
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    QPointer<ChapterForm> form = t.w->currentForm();

    // The chapter no longer matches "Draft", but it is the one being edited.
    pick(form->statusCombo(), int(ChapterStatus::Submitted));
    REQUIRE(form);
    CHECK(t.w->currentForm() == form.data());
    CHECK(treeCurrent() == QStringLiteral("c2"));
    CHECK(t.doc().findChapter(QStringLiteral("c2"))->status == ChapterStatus::Submitted);
    CHECK(t.w->statusFilter()->currentData().toInt() == int(ChapterStatus::Draft));

    pick(t.w->assigneeFilter(), ChapterFilterProxy::UnassignedKey);
    test::typeText(form->assigneeEdit(), QStringLiteral("王芳"));
    REQUIRE(form);
    CHECK(form->assigneeEdit()->text() == QStringLiteral("王芳"));
    CHECK(t.doc().findChapter(QStringLiteral("c2"))->assignee == QStringLiteral("王芳"));
    CHECK(treeCurrent() == QStringLiteral("c2"));

    // Moving on to another chapter lets the filters drop the edited one.
    REQUIRE(t.w->selectChapter(QStringLiteral("c1")));
    QAbstractItemModel *shown = t.w->chapterView()->model();
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data(ChapterTreeModel::ChapterIdRole).toString() ==
          QStringLiteral("c1"));
}

TEST_CASE("The person filter box keeps showing a name typed over while the tree is filtered by it")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    ChapterForm *form = t.w->currentForm();
    test::typeText(form->assigneeEdit(), QStringLiteral("王芳"));
    QComboBox *person = t.w->assigneeFilter();
    const int i = person->findData(QStringLiteral("王芳"));
    REQUIRE(i >= 0);
    person->setCurrentIndex(i);
    emit person->activated(i);

    // Nobody is called 王芳 any more once the name is typed over.
    form->assigneeEdit()->selectAll();
    test::typeText(form->assigneeEdit(), QStringLiteral("李"));
    REQUIRE(t.doc().findChapter(QStringLiteral("c2"))->assignee == QStringLiteral("李"));
    CHECK(t.w->chapterFilter()->assignee() == QStringLiteral("王芳"));
    CHECK(person->currentData().toString() == QStringLiteral("王芳"));
}

TEST_CASE("Autosave writes a recovery copy that loads to the same document")
{
    Window t;
    CHECK_FALSE(t.w->recovery()->autosaveNow()); // nothing unsaved, nothing written
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    auto *table = t.w->currentForm()->findChild<MetricTableEditor *>();
    REQUIRE(table->model()->setData(table->model()->index(1, MetricTableModel::ValueColumn),
                                    QStringLiteral("13.2")));
    REQUIRE(t.w->recovery()->autosaveNow());
    const QString copy = RecoveryManager::recoveryPathFor(t.path);
    REQUIRE(QFile::exists(copy));
    auto read = DocumentFile::load(copy);
    REQUIRE(read.ok());
    CHECK(read.document == t.doc());
    CHECK(read.document != test::editorDocument());

    // A normal save removes the copy.
    REQUIRE(t.w->save());
    CHECK_FALSE(QFile::exists(copy));
}

TEST_CASE("The Language menu switches the window between Chinese and English at runtime")
{
    Document withProblem = test::editorDocument();
    withProblem.signatory = {}; // reported as missing, a message to translate
    Window t(withProblem);
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    const auto fileMenuTitle = [&] { return t.w->menuBar()->actions().value(0)->text(); };
    CHECK(fileMenuTitle() == QStringLiteral("&File"));
    REQUIRE(t.w->problemsPanel()->topLevelItemCount() > 0);
    const QString englishProblem = t.w->problemsPanel()->topLevelItem(0)->text(0);

    t.w->setLanguage(QStringLiteral("zh_CN"));
    REQUIRE(t.w->checker()->validation()->waitForIdle());
    CHECK(fileMenuTitle() == QStringLiteral("文件(&F)"));
    auto *table = t.w->currentForm()->findChild<MetricTableEditor *>();
    CHECK(table->model()->headerData(MetricTableModel::ValueColumn, Qt::Horizontal,
                                     Qt::DisplayRole) == QStringLiteral("数值"));
    CHECK(table->chartCombo()->currentText() == QStringLiteral("柱状图"));
    CHECK(t.w->statusFilter()->itemText(0) == QStringLiteral("全部状态"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("zh_CN"));
    // Problems are re-validated in the new language.
    QTreeWidget *problems = t.w->problemsPanel();
    REQUIRE(problems->topLevelItemCount() > 0);
    CHECK(problems->topLevelItem(0)->text(0) != englishProblem);
    CHECK(problems->headerItem()->text(0) == QStringLiteral("问题"));
    const Document doc = t.doc();
    CHECK(t.w->windowTitle().endsWith(QStringLiteral("社会责任报告编制工具")));

    t.w->setLanguage(QStringLiteral("en"));
    REQUIRE(t.w->checker()->validation()->waitForIdle());
    CHECK(fileMenuTitle() == QStringLiteral("&File"));
    CHECK(table->chartCombo()->currentText() == QStringLiteral("Bar"));
    CHECK(t.w->problemsPanel()->topLevelItem(0)->text(0) == englishProblem);
    CHECK(t.doc() == doc); // switching language never touches the report
}

TEST_CASE("The chart preview draws Chinese labels in a font that has them")
{
    // The chart builder turns font merging off, so a font without CJK glyphs shows boxes.
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    const QList<QChart *> charts = t.w->chartPreview()->charts();
    REQUIRE_FALSE(charts.isEmpty());
    const QFont titleFont = charts.first()->titleFont();
    const QFontMetricsF metrics(titleFont);
    for (const QChar ch : QStringLiteral("基本情况全口径员工"))
        CHECK(metrics.inFont(ch));
}

TEST_CASE("No action that needs a report is enabled while none is open")
{
    test::isolateSettings();
    MainWindow w;
    test::FakePrompts::Log log;
    w.setPrompts(std::make_unique<test::FakePrompts>(&log));
    QStringList needReport;
    for (const ActionTable::Entry &e : w.actions().entries())
        if (e.needs == ActionTable::Report) {
            needReport << e.action->text();
            CHECK_FALSE(e.action->isEnabled());
        }
    // Saving, printing, exporting and the report's details and signatory all wait for one.
    CHECK(needReport.size() >= 9);
    bool anyEnabled = false;
    for (const ActionTable::Entry &e : w.actions().entries())
        anyEnabled = anyEnabled || (e.needs == ActionTable::Nothing && e.action->isEnabled());
    CHECK(anyEnabled); // New, Open, Quit still work
    // Ctrl+S writes nothing and asks nothing.
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(log.fileNameQuestions == 0);
    CHECK(log.errors.isEmpty());
    QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier); // Open does not need a report
    CHECK(log.fileNameQuestions == 1);

    w.newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("某某单位"), 2024);
    for (const ActionTable::Entry &e : w.actions().entries())
        CHECK(e.action->isEnabled());
}

namespace {
bool eventually(const std::function<bool()> &condition, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

const Finding *pageFinding(ProblemsPanel *panel)
{
    for (const Finding &f : panel->findings())
        if (f.code == QStringLiteral("page-budget-differs"))
            return &f;
    return nullptr;
}
} // namespace

TEST_CASE("The Problems panel says when the printed report is not the length its notes promise")
{
    Document doc = test::editorDocument();
    doc.metadata.pageBudget = 40;
    Window t(doc);
    t.w->checker()->layoutDelay()->setInterval(10); // a moment after the last change
    REQUIRE(eventually([&] { return pageFinding(t.w->problemsPanel()) != nullptr; }));
    const QString message = pageFinding(t.w->problemsPanel())->message;
    CHECK(message.contains(QStringLiteral("promise 40 pages")));
    const QStringList words = message.split(QLatin1Char(' '));
    const int printed = words.last().chopped(1).toInt();
    REQUIRE(printed > 0);
    REQUIRE(printed != 40);

    // Keeping the promise (in the report details) clears the warning once the pages are counted.
    ReportMetadata kept = t.doc().metadata;
    kept.pageBudget = printed;
    t.w->session()->undoStack()->push(
        new EditMetadataCommand(t.w->session(), t.doc().metadata, kept));
    REQUIRE(eventually([&] { return pageFinding(t.w->problemsPanel()) == nullptr; }));
    // Undo breaks it again.
    t.w->session()->undoStack()->undo();
    REQUIRE(eventually([&] { return pageFinding(t.w->problemsPanel()) != nullptr; }));
}

TEST_CASE("The chart preview says nothing about charts while no report is open")
{
    test::isolateSettings();
    MainWindow w;
    for (QLabel *label : w.chartPreview()->findChildren<QLabel *>())
        CHECK_FALSE(label->text().contains(QStringLiteral("chart"), Qt::CaseInsensitive));
    w.newFromTemplate(TemplateRegistry::DefaultId, QStringLiteral("某某单位"), 2024);
    REQUIRE(w.selectChapter(w.session()->document().chapters.first().id));
    QStringList texts;
    for (QLabel *label : w.chartPreview()->findChildren<QLabel *>())
        texts << label->text();
    CHECK(texts.join(QString()).contains(QStringLiteral("no charts")));
}

TEST_CASE("The chapter navigator widens when a review status needs room, keeping titles whole")
{
    Document doc = test::loadSample();
    // A long title deep in the tree, as a school's coded indicators have.
    Chapter &deep = doc.chapters.last().children.isEmpty() ? doc.chapters.last()
                                                           : doc.chapters.last().children.last();
    deep.title = QStringLiteral("VI-2 社会评价与公众满意度调查结果分析及改进措施");
    Window win(doc);
    win.w->resize(1400, 900);
    QApplication::processEvents();
    QTreeView *tree = win.w->chapterView();
    const auto titleFits = [&] {
        QApplication::processEvents();
        const QModelIndex index =
            win.w->chapterFilter()->mapFromSource(win.w->chapterModel()->indexOf(deep.id));
        REQUIRE(index.isValid());
        const QRect cell = tree->visualRect(index);
        const int needed = tree->fontMetrics().horizontalAdvance(index.data().toString());
        INFO("title column " << cell.width() << " px, title needs " << needed << " px");
        return cell.width() >= needed;
    };
    CHECK(titleFits());
    // Every chapter returned with comments: the status column grows ("needs changes · 1 comment").
    ReviewRecord review = win.doc().review;
    review.reviewers = {QStringLiteral("李审核")};
    QHash<QString, ChapterStatus> statuses;
    forEachChapter(win.doc().chapters, [&](const ChapterVisit &v) {
        statuses.insert(v.chapter.id, ChapterStatus::NeedsChanges);
        review.threads.append({QStringLiteral("t%1").arg(review.threads.size() + 1),
                               {AnchorKind::Chapter, v.chapter.id, {}, {}, 0, {}},
                               {{QStringLiteral("李审核"), QDateTime::currentDateTimeUtc(),
                                 QStringLiteral("请补充")}},
                               false,
                               {},
                               {}});
    });
    win.w->session()->applyReview(review, statuses, win.doc().evidence);
    QApplication::processEvents();
    CHECK(titleFits());
}

TEST_CASE("Choosing a trend chart previews the figures over the years, and undo restores the bars")
{
    Document doc = test::editorDocument();
    Metric *staff = doc.findMetric(QStringLiteral("staff.total"));
    REQUIRE(staff);
    staff->previousValue = 1100;
    staff->history = {{2021, 1050}};
    Window t(doc);
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    auto *table = t.w->currentForm()->findChild<MetricTableEditor *>();
    REQUIRE(table);
    auto *box = table->findChild<QComboBox *>();
    REQUIRE(box);
    const int trend = box->findData(int(ChartType::TrendLine));
    REQUIRE(trend >= 0);
    box->setCurrentIndex(trend);
    emit box->activated(trend);

    const QList<ChartData> data = t.w->chartPreview()->chartData();
    const QList<QChart *> charts = t.w->chartPreview()->charts();
    qsizetype i = 0;
    while (i < data.size() && data.at(i).title != QStringLiteral("基本情况"))
        ++i;
    REQUIRE(i < data.size());
    CHECK(data.at(i).categories == QStringList{"2021", "2022", "2023"});
    auto *line = qobject_cast<QLineSeries *>(charts.at(i)->series().first());
    REQUIRE(line);
    CHECK(line->points() == QList<QPointF>{{0, 1050}, {1, 1100}, {2, 1184}});

    t.w->session()->undoStack()->undo();
    CHECK(t.doc() == doc);
    CHECK(firstBars(t.w->chartPreview()) == QList<double>{1184.0});
}

TEST_CASE("No chapter form is wider than the middle of a 1400-pixel window in either language")
{
    // A form wider than its place scrolls sideways and cuts every paragraph and the header.
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        useUiLanguage(language);
        Window t(test::loadSample());
        t.w->resize(1400, 900);
        QCoreApplication::processEvents();
        auto *scroll = qobject_cast<QScrollArea *>(t.w->centralWidget());
        REQUIRE(scroll);
        int checked = 0;
        forEachChapter(t.doc(), [&](const ChapterVisit &v) {
            REQUIRE(t.w->selectChapter(v.chapter.id));
            const int wanted = t.w->currentForm()->minimumSizeHint().width();
            INFO(v.chapter.title.toStdString()
                 << ": " << wanted << " > " << scroll->viewport()->width());
            CHECK(wanted <= scroll->viewport()->width());
            ++checked;
        });
        CHECK(checked == 37);
    }
    useUiLanguage(QStringLiteral("en"));
}

TEST_CASE("A metric table's value column widens and narrows with its figures")
{
    Window t;
    REQUIRE(t.w->selectChapter(QStringLiteral("c2")));
    auto *table = t.w->currentForm()->findChild<MetricTableEditor *>();
    REQUIRE(table);
    QTableView *view = table->view();
    const QModelIndex cell = table->model()->index(0, MetricTableModel::ValueColumn);
    QCoreApplication::processEvents();
    const int before = view->columnWidth(MetricTableModel::ValueColumn);
    REQUIRE(table->model()->setData(cell, QStringLiteral("123456789012.5")));
    QCoreApplication::processEvents();
    const int wide = view->columnWidth(MetricTableModel::ValueColumn);
    CHECK(wide > before);
    CHECK(wide >=
          static_cast<QAbstractItemView *>(view)->sizeHintForColumn(MetricTableModel::ValueColumn));
    t.w->session()->undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(view->columnWidth(MetricTableModel::ValueColumn) == before);
}
