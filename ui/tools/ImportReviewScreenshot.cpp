// The user guide's pictures of the review after File › Import Existing Report…
// (docs/images/ui-import-review-zh.png, -en.png): the sample's published text imported into the
// real window, the review panel open on the decisions to check.
//   xvfb-run -a -s "-screen 0 1400x900x24" build/ui/csr_import_review_screenshot docs/images
// Not part of the application; run it after UI changes that the pictures show.
#include "ImportReviewPanel.h"
#include "MainWindow.h"
#include "Template.h"
#include "UiLanguage.h"

#include "Shots.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QStandardPaths>
#include <QTreeWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CsrReportStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("csrstudio-screenshots"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or recovery copies
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    bool ok = true;
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        csr::ui::useUiLanguage(lang);
        csr::ui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        if (!w.importReport(QStringLiteral(CSR_SAMPLE_TEXT), csr::TemplateRegistry::DefaultId, 0))
            return 1;
        // The review dock large enough to read its lines, the first doubtful heading chosen.
        csr::tools::settle();
        if (auto *charts = w.findChild<QDockWidget *>(QStringLiteral("chartDock"))) {
            w.resizeDocks({charts}, {640}, Qt::Horizontal);
            w.resizeDocks({charts, w.importReviewDock()}, {180, 700}, Qt::Vertical);
        }
        QTreeWidget *tree = w.importReviewPanel()->tree();
        if (QTreeWidgetItem *first = tree->topLevelItem(0); first && first->childCount()) {
            tree->setCurrentItem(first->child(0));
            emit tree->itemActivated(first->child(0), 0);
        }
        ok &= csr::tools::shoot(&w, out + QStringLiteral("/ui-import-review-%1.png")
                                              .arg(lang == QLatin1String("zh_CN")
                                                       ? QStringLiteral("zh")
                                                       : QStringLiteral("en")));
    }
    return ok ? 0 : 1;
}
