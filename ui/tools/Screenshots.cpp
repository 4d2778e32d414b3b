// Takes the user guide's screenshots from the real window (docs/images/ui-*.png):
//   xvfb-run -a -s "-screen 0 1400x900x24" build/ui/csr_ui_screenshots docs/images
// Not part of the application; run it after UI changes that the pictures show.
#include "ChangeHistoryDialog.h"
#include "ChapterForm.h"
#include "MainWindow.h"
#include "MetricTableEditor.h"
#include "ReportSession.h"
#include "TimelineEditor.h"
#include "Translations.h"
#include "UiLanguage.h"

#include "Shots.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace {

void assignAll(csr::Chapter &chapter, const QString &person)
{
    chapter.assignee = person;
    for (csr::Chapter &child : chapter.children)
        assignAll(child, person);
}

void scrollTo(csr::ui::MainWindow &w, QWidget *target)
{
    csr::tools::settle();
    if (auto *area = w.findChild<QScrollArea *>())
        area->ensureWidgetVisible(target, 0, 40);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CsrReportStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("csrstudio-screenshots"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or recovery copies
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);

    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("west-district-2023.csreport"));
    QFile::copy(QStringLiteral(":/samples/west-district-2023.csreport"), sample);
    QFile::setPermissions(sample, QFile::ReadOwner | QFile::WriteOwner);

    bool ok = true;
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        csr::ui::useUiLanguage(lang);
        csr::ui::MainWindow w;
        w.resize(1400, 900);
        if (!w.openFile(sample))
            return 1;
        w.show();
        // Chapters handed out to colleagues, as in a report being written: their names take
        // room in the navigator, which must still show every title whole.
        csr::Document assigned = w.session()->document();
        const QStringList people{QStringLiteral("王芳"), QStringLiteral("李强"),
                                 QStringLiteral("张晓梅")};
        for (qsizetype i = 0; i < assigned.chapters.size(); ++i)
            assignAll(assigned.chapters[i], people.at(i % people.size()));
        w.session()->reset(assigned, w.session()->filePath());
        w.selectChapter(QStringLiteral("c7"));
        ok &= csr::tools::shoot(&w,
                                out + QStringLiteral("/ui-main-%1.png")
                                          .arg(lang == QLatin1String("en") ? QStringLiteral("en")
                                                                           : QStringLiteral("zh")));
        if (lang == QLatin1String("zh_CN")) {
            w.selectChapter(QStringLiteral("c17"));
            if (auto *table = w.currentForm()->findChild<csr::ui::MetricTableEditor *>())
                scrollTo(w, table);
            ok &= csr::tools::shoot(&w, out + QStringLiteral("/ui-metric-table.png"));
            w.selectChapter(QStringLiteral("c28"));
            ok &= csr::tools::shoot(&w, out + QStringLiteral("/ui-timeline.png"));

            // A history as a few saves by two colleagues would leave it.
            csr::Document withHistory = w.session()->document();
            const QDateTime t0(QDate(2024, 1, 8), QTime(2, 15), Qt::UTC);
            withHistory.changeLog = {
                {t0, QStringLiteral("王芳"), QStringLiteral("staff.total"), QStringLiteral("value"),
                 QStringLiteral("1170"), QStringLiteral("1184")},
                {t0.addSecs(86400 + 3600 * 4), QStringLiteral("李强"),
                 QStringLiteral("volunteer.hours"), QStringLiteral("value"),
                 QStringLiteral("21000"), QStringLiteral("21760")},
                {t0.addSecs(2 * 86400), QStringLiteral("王芳"), QStringLiteral("revenue.total"),
                 QStringLiteral("confidential"), QStringLiteral("false"), QStringLiteral("true")}};
            w.session()->reset(withHistory, w.session()->filePath());
            csr::ui::ChangeHistoryDialog history(w.session(), &w);
            history.show();
            ok &= csr::tools::shoot(&history, out + QStringLiteral("/ui-change-history.png"));
            history.close();
        }
        w.session()->reset(w.session()->document(), w.session()->filePath()); // nothing to ask
        // A school's report on the 2012 handbook's five-responsibility frame.
        w.newFromTemplate(QStringLiteral("shanghai-civilized-unit-2012"),
                          QStringLiteral("上海市某某区第一中学"), 2024);
        csr::Document school = w.session()->document();
        for (qsizetype i = 0; i < school.chapters.size(); ++i)
            assignAll(school.chapters[i], people.at(i % people.size()));
        w.session()->reset(school, QString());
        w.selectChapter(school.chapters.value(4).children.value(0).id);
        ok &= csr::tools::shoot(&w,
                                out + QStringLiteral("/ui-five-responsibilities-%1.png")
                                          .arg(lang == QLatin1String("en") ? QStringLiteral("en")
                                                                           : QStringLiteral("zh")));
        w.session()->reset(w.session()->document(), QString()); // nothing to ask
    }
    return ok ? 0 : 1;
}
