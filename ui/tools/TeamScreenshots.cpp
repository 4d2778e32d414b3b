// Takes the team-mode screenshots (docs/images/team-*.png): a throwaway PostgreSQL server with
// the sample as a team report, two editor windows (anna and bob, each editing their own
// chapter), each showing the other's change as it arrives.
//   xvfb-run -a -s "-screen 0 1400x900x24" build/ui/csr_team_screenshots docs/images
// Needs postgresql-15 (like the team tests). Not part of the application.
#include "ChapterForm.h"
#include "DocumentFile.h"
#include "EditParagraphCommand.h"
#include "MainWindow.h"
#include "PgCluster.h"
#include "ReportSession.h"
#include "TeamLink.h"
#include "TeamSchema.h"
#include "TeamStore.h"

#include "Shots.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QStandardPaths>

using namespace csr;

namespace {

void type(ui::MainWindow &w, const QString &blockId, const QString &text)
{
    ui::ReportSession *s = w.session();
    s->undoStack()->push(new ui::EditParagraphCommand(s, *s->findBlock(blockId), text,
                                                      s->chapterOfBlock(blockId)->title));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CsrReportStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("csrstudio-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);

    test::PgCluster cluster;
    if (!cluster.ok()) {
        qWarning("no server: %s", qPrintable(cluster.error()));
        return 1;
    }
    const QString db = cluster.createDatabase();
    QString error;
    QSqlDatabase admin =
        team::TeamConnection::open(team::TeamAddress::parse(cluster.url(db)), &error);
    const auto sample = DocumentFile::load(QStringLiteral(":/samples/west-district-2023.csreport"));
    if (!admin.isValid() || !team::TeamSchema::migrate(admin).isEmpty() ||
        !team::TeamStore::publish(admin, sample.document, QStringLiteral("west-2023")).isEmpty())
        return 1;
    for (const char *person : {"anna", "bob"})
        cluster.createLogin(QString::fromLatin1(person));
    team::TeamStore::grant(admin, QStringLiteral("west-2023"), QStringLiteral("editor"),
                           QStringLiteral("anna"), {QStringLiteral("employees")});
    team::TeamStore::grant(admin, QStringLiteral("west-2023"), QStringLiteral("editor"),
                           QStringLiteral("bob"), {QStringLiteral("governance")});

    ui::MainWindow anna, bob;
    for (auto *w : {&anna, &bob}) {
        w->resize(1280, 800);
        w->show();
    }
    if (!anna.openTeamReport(cluster.url(db, QStringLiteral("anna")) +
                             QStringLiteral("#west-2023")) ||
        !bob.openTeamReport(cluster.url(db, QStringLiteral("bob")) + QStringLiteral("#west-2023")))
        return 1;
    anna.selectChapter(QStringLiteral("c6"));
    bob.selectChapter(QStringLiteral("c16"));
    tools::settle(1500);
    type(anna, QStringLiteral("b7"),
         QStringLiteral("【工会】2023 年，分局工会组织全体员工开展理论学习 24 场，覆盖率 100%。"));
    type(bob, QStringLiteral("b19"),
         QStringLiteral("【党办】分局参与社区文明共建项目 12 个，结对社区 5 个。"));
    tools::settle(1500);
    // Each window shows its own chapter, then the other's, where the change has arrived.
    bool ok = tools::shoot(&anna, out + QStringLiteral("/team-anna-own-chapter.png"), 300);
    anna.selectChapter(QStringLiteral("c16"));
    ok &= tools::shoot(&anna, out + QStringLiteral("/team-anna-sees-bob.png"), 300);
    bob.selectChapter(QStringLiteral("c6"));
    ok &= tools::shoot(&bob, out + QStringLiteral("/team-bob-sees-anna.png"), 300);
    team::TeamConnection::close(admin);
    return ok ? 0 : 1;
}
