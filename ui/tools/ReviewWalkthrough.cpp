// The user guide's review walkthrough, taken from the real window as people would use it
// (docs/images/ui-review-*.png):
//   xvfb-run -a -s "-screen 0 1400x900x24" build/ui/csr_review_walkthrough docs/images
// An editor submits a chapter, a reviewer comments and returns it, the editor fixes and
// resubmits, the reviewer approves, the owner tries to sign. Not part of the application.
#include "EditParagraphCommand.h"
#include "MainWindow.h"
#include "ReportSession.h"
#include "ReviewPanel.h"
#include "SignExportDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <deque>

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool shoot(QWidget *w, const QString &path)
{
    settle();
    const QImage image = w->grab().toImage().convertToFormat(QImage::Format_Indexed8,
                                                             Qt::ThresholdDither | Qt::AvoidDither);
    const bool ok = image.save(path, "PNG", 0);
    qInfo("%s %s", qPrintable(path), ok ? "written" : "FAILED");
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace csr;
    using namespace csr::ui;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CsrReportStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("csrstudio-screenshots"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or recovery copies
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    installTranslations(QStringLiteral("en"));

    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("west-district-2023.csreport"));
    QFile::copy(QStringLiteral(":/samples/west-district-2023.csreport"), sample);
    QFile::setPermissions(sample, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow w;
    w.resize(1400, 900);
    if (!w.openFile(sample))
        return 1;
    // This year's report before anyone reviewed it: every chapter a draft.
    Document doc = w.session()->document();
    std::function<void(QList<Chapter> &)> toDraft = [&](QList<Chapter> &chapters) {
        for (Chapter &c : chapters) {
            c.status = ChapterStatus::Draft;
            toDraft(c.children);
        }
    };
    toDraft(doc.chapters);
    w.session()->reset(doc, QString());
    w.show();
    if (auto *dock = w.findChild<QDockWidget *>(QStringLiteral("reviewDock")))
        dock->raise();
    ReviewPanel *panel = w.reviewPanel();
    std::deque<QString> answers;
    panel->setTextPrompt([&](const QString &, const QString &, const QString &) {
        std::optional<QString> next;
        if (!answers.empty()) {
            next = answers.front();
            answers.pop_front();
        }
        return next;
    });
    const QString chapter = QStringLiteral("c3"); // 基本情况 › 企业概述
    bool ok = true;

    // The owner names the reviewers; the editor submits the chapter.
    ReportSession::setAuthorName(QStringLiteral("朱樱"));
    answers = {QStringLiteral("李审核"), QStringLiteral("朱樱")};
    ok &= panel->editReviewers();
    ReportSession::setAuthorName(QStringLiteral("王编辑"));
    w.selectChapter(chapter);
    ok &= panel->submitChapter();
    ok &= shoot(&w, out + QStringLiteral("/ui-review-1-submitted.png"));

    // The reviewer comments and returns it.
    ReportSession::setAuthorName(QStringLiteral("李审核"));
    answers = {QStringLiteral("员工人数请注明统计口径（含劳务派遣？）")};
    ok &= panel->commentOnChapter();
    answers = {QStringLiteral("请补充员工人数的统计口径")};
    ok &= panel->returnChapter();
    ok &= shoot(&w, out + QStringLiteral("/ui-review-2-returned.png"));

    // The editor fixes the text, replies and resubmits.
    ReportSession::setAuthorName(QStringLiteral("王编辑"));
    const Chapter *c = w.session()->document().findChapter(chapter);
    const Block first = c->blocks.first();
    w.session()->undoStack()->push(new EditParagraphCommand(
        w.session(), first,
        std::get<Paragraph>(first.content).text + QStringLiteral("（员工人数含劳务派遣人员。）"),
        c->title));
    panel->threadList()->topLevelItem(0)->setSelected(true);
    answers = {QStringLiteral("已在第一段注明")};
    ok &= panel->replyToSelected();
    ok &= panel->submitChapter();

    // The reviewer resolves the comment and approves.
    ReportSession::setAuthorName(QStringLiteral("李审核"));
    panel->threadList()->topLevelItem(0)->setSelected(true);
    ok &= panel->resolveSelected();
    ok &= panel->approveChapter();
    ok &= shoot(&w, out + QStringLiteral("/ui-review-3-approved.png"));

    // The owner opens Sign & Export: the other chapters are not approved yet.
    ReportSession::setAuthorName(QStringLiteral("朱樱"));
    SignExportDialog dialog(w.session(), &w);
    dialog.show();
    dialog.startSigning();
    if (auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("overrideReason")))
        reason->setText(QStringLiteral("上级要求 3 月 31 日前报送"));
    ok &= shoot(&dialog, out + QStringLiteral("/ui-review-4-sign-refused.png"));
    dialog.close();
    w.session()->reset(w.session()->document(), QString()); // nothing to ask on closing
    return ok ? 0 : 1;
}
