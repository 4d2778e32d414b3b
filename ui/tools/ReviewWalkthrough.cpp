// The user guide's review walkthrough, taken from the real window as people would use it
// (docs/images/ui-review-*.png):
//   xvfb-run -a -s "-screen 0 1400x900x24" build/ui/csr_review_walkthrough docs/images [zh_CN|en]
// An editor submits a chapter, a reviewer comments and returns it, the editor fixes and
// resubmits, the reviewer approves, the owner is refused, gives a reason and signs (with a
// certificate made here by the openssl command). Not part of the application.
#include "EditParagraphCommand.h"
#include "MainWindow.h"
#include "ReportSession.h"
#include "ReviewPanel.h"
#include "SignExportDialog.h"
#include "Translations.h"
#include "UiLanguage.h"

#include "Shots.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <deque>

namespace {

// A CA and the unit's signing certificate, as a Shanghai CA would issue them (made with the
// openssl command, like the test PKI); the CA's certificate is what the dialog trusts.
bool makeCertificates(const QString &dir)
{
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("openssl"), args);
        const bool done =
            p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!done)
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return done;
    };
    QFile ext(dir + QStringLiteral("/leaf.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("keyUsage=critical,digitalSignature,nonRepudiation\n");
    ext.close();
    const QString days = QStringLiteral("730");
    return run({"req", "-x509", "-utf8", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key",
                "-out", "ca.pem", "-days", days, "-subj", "/CN=示例数字证书认证中心", "-addext",
                "basicConstraints=critical,CA:TRUE", "-addext",
                "keyUsage=critical,keyCertSign,cRLSign"}) &&
           run({"req", "-utf8", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out",
                "leaf.csr", "-subj", "/O=中国电信上海西区电信局/CN=朱樱"}) &&
           run({"x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                "-CAcreateserial", "-out", "leaf.pem", "-days", days, "-extfile", "leaf.ext"}) &&
           run({"pkcs12", "-export", "-inkey", "leaf.key", "-in", "leaf.pem", "-certfile", "ca.pem",
                "-out", "signer.p12", "-passout", "pass:walkthrough"});
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
    useUiLanguage(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("zh_CN"));

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
    ok &= csr::tools::shoot(&w, out + QStringLiteral("/ui-review-1-submitted.png"));

    // The reviewer comments and returns it.
    ReportSession::setAuthorName(QStringLiteral("李审核"));
    answers = {QStringLiteral("员工人数请注明统计口径（含劳务派遣？）")};
    ok &= panel->commentOnChapter();
    answers = {QStringLiteral("请补充员工人数的统计口径")};
    ok &= panel->returnChapter();
    ok &= csr::tools::shoot(&w, out + QStringLiteral("/ui-review-2-returned.png"));

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
    ok &= csr::tools::shoot(&w, out + QStringLiteral("/ui-review-3-approved.png"));

    // The owner opens Sign & Export: the other chapters are not approved yet.
    ReportSession::setAuthorName(QStringLiteral("朱樱"));
    SignExportDialog dialog(w.session(), &w);
    dialog.show();
    dialog.startSigning();
    if (auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("overrideReason")))
        reason->setText(QStringLiteral("上级要求 3 月 31 日前报送"));
    ok &= csr::tools::shoot(&dialog, out + QStringLiteral("/ui-review-4-sign-refused.png"));

    // With the reason given, the owner signs: the override is recorded in the report and on
    // the internal edition's sign-off record page.
    if (!makeCertificates(dir.path()))
        return 1;
    dialog.setCertificatePath(dir.filePath(QStringLiteral("signer.p12")));
    dialog.setPassword(QStringLiteral("walkthrough"));
    dialog.addTrustedCertificates(dir.filePath(QStringLiteral("ca.pem")));
    dialog.setOutputPath(dir.filePath(QStringLiteral("西区电信局2023社会责任报告-signed.pdf")));
    QEventLoop loop;
    bool signedOk = false;
    QObject::connect(&dialog, &SignExportDialog::finished, &loop, [&](bool done, const QString &) {
        signedOk = done;
        loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    if (dialog.startSigning())
        loop.exec();
    if (!signedOk)
        qWarning("signing failed: %s", qPrintable(dialog.message()));
    ok &= signedOk && csr::tools::shoot(&dialog, out + QStringLiteral("/ui-review-5-signed.png"));
    dialog.close();
    w.session()->reset(w.session()->document(), QString()); // nothing to ask on closing
    return ok ? 0 : 1;
}
