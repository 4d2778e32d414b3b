#include "ReviewPanel.h"
#include "ChapterForm.h"
#include "ChapterTreeModel.h"
#include "EditParagraphCommand.h"
#include "EvidenceOpener.h"
#include "MetricTableEditor.h"
#include "MetricTableModel.h"
#include "ParagraphEditor.h"
#include "ReportSession.h"
#include "ReviewWorkflow.h"
#include "SignExportDialog.h"
#include "TestPki.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTreeWidget>
#include <deque>

using namespace csr;
using namespace csr::ui;
using test::TestPki;

namespace {

// The panel's questions answered in order, as a person would type them.
struct Answers
{
    std::deque<QString> queue;
    ReviewPanel::TextPrompt prompt()
    {
        return [this](const QString &, const QString &, const QString &) {
            std::optional<QString> next;
            if (!queue.empty()) {
                next = queue.front();
                queue.pop_front();
            }
            return next;
        };
    }
};

ChapterStatus statusOf(const ReportSession &s, const QString &id)
{
    return s.document().findChapter(id)->status;
}

void pick(QComboBox *box, const QString &data)
{
    box->setCurrentIndex(box->findData(data));
    emit box->activated(box->currentIndex());
}

} // namespace

TEST_CASE("Review panel: submit, comment and return, fix and resubmit, approve, all undoable")
{
    test::isolateSettings();
    ReportSession session;
    session.reset(test::editorDocument(), QString());
    ChapterTreeModel tree(&session);
    ReviewPanel panel(&session);
    Answers answers;
    panel.setTextPrompt(answers.prompt());
    const QString c2 = QStringLiteral("c2");
    const auto treeStatus = [&] {
        return tree.indexOf(c2).siblingAtColumn(ChapterTreeModel::StatusColumn).data().toString();
    };

    ReportSession::setAuthorName(QStringLiteral("王编辑"));
    answers.queue = {QStringLiteral("李审核"), QStringLiteral("张三")};
    REQUIRE(panel.editReviewers());
    CHECK(session.document().review.reviewers == QStringList{QStringLiteral("李审核")});
    CHECK(panel.summaryText().contains(QStringLiteral("0 of 2 chapters approved")));

    panel.setCurrentChapter(c2);
    REQUIRE(panel.submitChapter());
    CHECK(statusOf(session, c2) == ChapterStatus::Submitted);
    CHECK(treeStatus() == QStringLiteral("Submitted"));
    // The editor is no reviewer.
    CHECK_FALSE(panel.approveChapter());
    CHECK(panel.lastMessage().contains(QStringLiteral("Only a reviewer")));
    CHECK(statusOf(session, c2) == ChapterStatus::Submitted);

    ReportSession::setAuthorName(QStringLiteral("李审核"));
    answers.queue = {QStringLiteral("慰问对象写全称")};
    REQUIRE(panel.commentOnChapter());
    {
        // Words selected in a paragraph of the chapter: a comment on that text range.
        ChapterForm form(&session, c2);
        auto *editor = form.findChild<ParagraphEditor *>();
        REQUIRE(editor);
        QTextCursor cursor = editor->textEdit()->textCursor();
        cursor.setPosition(1); // "本单位共有员工…": 单位
        cursor.setPosition(3, QTextCursor::KeepAnchor);
        editor->textEdit()->setTextCursor(cursor);
        panel.noteParagraph(editor);
        answers.queue = {QStringLiteral("“单位”改为“西区局”")};
        REQUIRE(panel.commentOnChapter());
        const CommentAnchor &a = session.document().review.threads.last().anchor;
        CHECK(a.kind == AnchorKind::TextRange);
        CHECK(a.blockId == editor->blockId());
        CHECK(a.position == 1);
        CHECK(a.quote == QStringLiteral("单位"));
        session.undoStack()->undo(); // back to one comment, for what follows
    }
    answers.queue = {QStringLiteral("请按意见修改")};
    REQUIRE(panel.returnChapter());
    CHECK(statusOf(session, c2) == ChapterStatus::NeedsChanges);
    CHECK(session.document().review.history.last().reason == QStringLiteral("请按意见修改"));
    CHECK(treeStatus() == QStringLiteral("Needs changes ●1"));
    CHECK(tree.indexOf(c2)
              .siblingAtColumn(ChapterTreeModel::StatusColumn)
              .data(Qt::ToolTipRole)
              .toString() == QStringLiteral("Needs changes, 1 open comment(s)"));
    {
        // The chapter form's margin marker.
        ChapterForm form(&session, c2);
        const auto labels = form.findChildren<QLabel *>();
        CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
            return l->text().endsWith(QStringLiteral("● 1 open comment(s)"));
        }));
    }
    REQUIRE(panel.threadList()->topLevelItemCount() == 1);
    CHECK(panel.threadList()->topLevelItem(0)->text(2) == QStringLiteral("慰问对象写全称"));
    // Filters: by person and by chapter.
    pick(panel.personFilter(), QStringLiteral("李审核"));
    CHECK(panel.threadList()->topLevelItemCount() == 1);
    pick(panel.chapterFilter(), QStringLiteral("c1"));
    CHECK(panel.threadList()->topLevelItemCount() == 0);
    pick(panel.chapterFilter(), QString());
    pick(panel.personFilter(), QString());

    ReportSession::setAuthorName(QStringLiteral("王编辑"));
    panel.threadList()->topLevelItem(0)->setSelected(true);
    answers.queue = {QStringLiteral("已改")};
    REQUIRE(panel.replyToSelected());
    REQUIRE(panel.submitChapter());
    ReportSession::setAuthorName(QStringLiteral("李审核"));
    panel.threadList()->topLevelItem(0)->setSelected(true);
    REQUIRE(panel.resolveSelected());
    CHECK(panel.threadList()->topLevelItemCount() == 0); // resolved ones are hidden
    REQUIRE(panel.approveChapter());
    CHECK(statusOf(session, c2) == ChapterStatus::Approved);
    CHECK(treeStatus() == QStringLiteral("Approved"));
    CHECK(panel.summaryText().contains(QStringLiteral("1 of 2 chapters approved")));
    const ReviewStep approval = session.document().review.history.last();
    CHECK(approval.who == QStringLiteral("李审核"));

    // Undo walks the steps back, redo forward.
    session.undoStack()->undo();
    CHECK(statusOf(session, c2) == ChapterStatus::Submitted);
    session.undoStack()->redo();
    CHECK(statusOf(session, c2) == ChapterStatus::Approved);

    // An edit to the approved chapter makes it a draft, and the panel says so.
    const Chapter *chapter = session.document().findChapter(c2);
    const Block paragraph = chapter->blocks.first(); // b5, quoting {{staff.total}}
    REQUIRE(paragraph.kind() == BlockKind::Paragraph);
    session.undoStack()->push(new EditParagraphCommand(
        &session, paragraph, std::get<Paragraph>(paragraph.content).text + QStringLiteral("。"),
        chapter->title));
    CHECK(treeStatus() == QStringLiteral("Draft (edited)"));
    CHECK(panel.lastMessage().contains(QStringLiteral("draft again")));
    CHECK(panel.summaryText().contains(QStringLiteral("0 of 2 chapters approved")));
    // Saving records the withdrawn approval.
    QTemporaryDir dir;
    REQUIRE(session.save(dir.filePath(QStringLiteral("r.csreport"))).isEmpty());
    CHECK(statusOf(session, c2) == ChapterStatus::Draft);
    CHECK(session.document().review.history.last().reason ==
          QStringLiteral("edited after approval"));
}

TEST_CASE("Sign & Export refuses an unfinished review and records the owner's override")
{
    test::isolateSettings();
    const TestPki &pki = TestPki::get();
    QTemporaryDir dir;
    ReportSession session;
    Document doc = test::loadSample();
    doc.review.reviewers = {QStringLiteral("李审核")};
    doc.review.owner = QStringLiteral("朱樱");
    doc.review.threads.append({QStringLiteral("t1"),
                               {AnchorKind::Chapter, QStringLiteral("c2"), {}, {}, 0, {}},
                               {{QStringLiteral("李审核"), {}, QStringLiteral("请核对")}},
                               false,
                               {},
                               {}});
    session.reset(doc, QString());
    SignExportDialog dialog(&session);
    dialog.setCertificatePath(pki.signerP12);
    dialog.setOutputPath(dir.filePath(QStringLiteral("signed.pdf")));
    auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("overrideReason"));
    REQUIRE(reason);

    dialog.setPassword(QString::fromUtf8(TestPki::password()));
    CHECK_FALSE(dialog.startSigning());
    CHECK(dialog.message().contains(QStringLiteral("not ready for sign-off")));
    CHECK(dialog.message().contains(QStringLiteral("an open comment on 一、公开陈述")));

    ReportSession::setAuthorName(QStringLiteral("李审核"));
    reason->setText(QStringLiteral("按期报送"));
    dialog.setPassword(QString::fromUtf8(TestPki::password()));
    CHECK_FALSE(dialog.startSigning());
    CHECK(dialog.message().contains(QStringLiteral("Only the report's owner (朱樱)")));
    CHECK(session.document().review.overrides.isEmpty());

    ReportSession::setAuthorName(QStringLiteral("朱樱"));
    dialog.setPassword(QString::fromUtf8(TestPki::password()));
    QSignalSpy finished(&dialog, &SignExportDialog::finished);
    REQUIRE(dialog.startSigning());
    REQUIRE(session.document().review.overrides.size() == 1);
    CHECK(session.document().review.overrides.first().who == QStringLiteral("朱樱"));
    CHECK(session.document().review.overrides.first().reason == QStringLiteral("按期报送"));
    REQUIRE(finished.wait(600000));
    INFO(dialog.message().toStdString());
    CHECK(finished.first().at(0).toBool());
}

TEST_CASE("Review panel: a figure beyond its tolerance is explained before approval, and evidence "
          "is attached")
{
    test::isolateSettings();
    ReportSession session;
    Document doc = test::editorDocument();
    doc.findMetric(QStringLiteral("staff.total"))->value = 1600; // +45 % from 1100
    doc.review.reviewers = {QStringLiteral("李审核")};
    session.reset(doc, QString());
    ReviewPanel panel(&session);
    Answers answers;
    panel.setTextPrompt(answers.prompt());
    QTemporaryDir dir;
    QString chosen;
    panel.setFilePrompt([&] { return chosen; });
    const QString c2 = QStringLiteral("c2");
    panel.setCurrentChapter(c2);
    ReportSession::setAuthorName(QStringLiteral("王编辑"));
    REQUIRE(panel.submitChapter());
    ReportSession::setAuthorName(QStringLiteral("李审核"));
    CHECK_FALSE(panel.approveChapter());
    CHECK(panel.lastMessage().contains(QStringLiteral("staff.total")));
    REQUIRE(panel.figureBox()->currentData().toString() == QStringLiteral("staff.total"));
    CHECK(
        panel.figureBox()->currentText().contains(QStringLiteral("+45.5%, needs an explanation")));

    ReportSession::setAuthorName(QStringLiteral("王编辑"));
    answers.queue = {QStringLiteral("合并了两个营业部")};
    REQUIRE(panel.explainFigure());
    CHECK(session.document().review.explanations.value(QStringLiteral("staff.total")).who ==
          QStringLiteral("王编辑"));

    chosen = dir.filePath(QStringLiteral("花名册.csv"));
    test::writeFile(chosen, "2023,1600\n");
    INFO(panel.figureBox()->currentText().toStdString());
    REQUIRE(panel.attachEvidence());
    REQUIRE(session.document().evidence.size() == 1);
    CHECK(session.document().evidence.first().sha256 == sha256Hex("2023,1600\n"));
    CHECK(panel.figureBox()->currentText().contains(QStringLiteral("1 file(s)")));
    // A file beyond the limit is refused by its size, before it is read.
    chosen = dir.filePath(QStringLiteral("scan.tif"));
    {
        QFile big(chosen);
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(EvidenceLimits::MaxFileBytes + 1));
    }
    CHECK_FALSE(panel.attachEvidence());
    CHECK(panel.lastMessage().contains(QStringLiteral("at most 8.0 MiB")));
    CHECK(session.document().evidence.size() == 1);
    session.undoStack()->undo(); // the attachment
    CHECK(session.document().evidence.isEmpty());

    ReportSession::setAuthorName(QStringLiteral("李审核"));
    REQUIRE(panel.approveChapter());
    CHECK(session.document().findChapter(c2)->status == ChapterStatus::Approved);
}

TEST_CASE("Review panel: evidence attached to a figure is shown and opened from its metric table")
{
    test::isolateSettings();
    ReportSession session;
    session.reset(test::editorDocument(), QString());
    ReviewPanel panel(&session);
    QTemporaryDir dir;
    const QString chosen = dir.filePath(QStringLiteral("花名册.csv"));
    test::writeFile(chosen, "2023,1184\n");
    panel.setFilePrompt([&] { return chosen; });
    panel.setCurrentChapter(QStringLiteral("c2"));
    const int figure = panel.figureBox()->findData(QStringLiteral("staff.total"));
    REQUIRE(figure >= 0);
    panel.figureBox()->setCurrentIndex(figure);

    MetricTableEditor editor(&session, QStringLiteral("b4"));
    MetricTableModel *model = editor.model();
    REQUIRE(model->index(0, MetricTableModel::LabelColumn).data(MetricTableModel::MetricIdRole) ==
            QStringLiteral("staff.total"));
    CHECK(editor.evidenceMenu(0) == nullptr); // nothing attached yet
    REQUIRE(panel.attachEvidence());
    const QModelIndex label = model->index(0, MetricTableModel::LabelColumn);
    CHECK(label.data(MetricTableModel::EvidenceRole).toStringList() ==
          QStringList{QStringLiteral("花名册.csv")});
    CHECK_FALSE(label.data(Qt::DecorationRole).isNull());
    CHECK(label.data(Qt::ToolTipRole).toString().contains(QStringLiteral("花名册.csv")));
    CHECK(model->index(1, MetricTableModel::LabelColumn).data(Qt::DecorationRole).isNull());

    QList<QUrl> opened;
    EvidenceOpener::shared()->setLauncher([&](const QUrl &url) {
        opened << url;
        return true;
    });
    QMenu *menu = editor.evidenceMenu(0);
    REQUIRE(menu);
    REQUIRE(menu->actions().size() == 1);
    CHECK(menu->actions().first()->text().contains(QStringLiteral("花名册.csv")));
    menu->actions().first()->trigger();
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().fileName() == QStringLiteral("花名册.csv"));
    CHECK(test::readFile(opened.first().toLocalFile()) == "2023,1184\n");

    // A copy whose bytes no longer match their hash is refused, not opened.
    Evidence damaged = session.document().evidence.first();
    damaged.data = "2023,9999\n";
    QString error;
    CHECK(EvidenceOpener::shared()->open(damaged, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("SHA-256")));
    CHECK(opened.size() == 1);

    session.undoStack()->undo(); // the attachment: the clip goes with it
    CHECK(model->index(0, MetricTableModel::LabelColumn).data(Qt::DecorationRole).isNull());
    CHECK(editor.evidenceMenu(0) == nullptr);
    EvidenceOpener::shared()->setLauncher([](const QUrl &) { return false; });
}

TEST_CASE("Review panel: an edit withdrawing an approval is said at once, the panel seen or not")
{
    test::isolateSettings();
    Document doc = test::editorDocument();
    test::approveAsItReads(doc, QStringLiteral("c2"));
    ReportSession session;
    session.reset(doc, QString());
    ReviewPanel panel(&session); // never shown: its summary waits, the notice does not
    QSignalSpy said(&panel, &ReviewPanel::message);

    const auto type = [&](const QString &suffix) {
        const Block b5 = session.document().findChapter(QStringLiteral("c2"))->blocks.first();
        REQUIRE(b5.kind() == BlockKind::Paragraph);
        session.undoStack()->push(new EditParagraphCommand(
            &session, b5, std::get<Paragraph>(b5.content).text + suffix, QStringLiteral("c2")));
    };
    type(QStringLiteral("。"));
    REQUIRE(said.count() == 1);
    CHECK(said.first().at(0).toString().contains(QStringLiteral("draft again")));
    // Said once: further edits and reading the panel do not repeat it.
    type(QStringLiteral("！"));
    CHECK(panel.summaryText().contains(QStringLiteral("0 of 2 chapters approved")));
    CHECK(said.count() == 1);
}
