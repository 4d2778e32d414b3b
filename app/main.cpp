#include "Cli.h"
#include "MainWindow.h"
#include "TeamAddress.h"
#include "Translations.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <vector>

namespace {

void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CsrReportStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("csrstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSR_VERSION));
    // Ties the window to the installed menu entry (its icon in task bars, on Wayland too).
    QGuiApplication::setDesktopFileName(QStringLiteral("csrstudio"));
}

// Commands never need a display; those that paint (export, print) get an offscreen platform
// when none is configured, so they run on a server or in CI.
bool headless(int argc, char **argv)
{
    return argc > 1 && (csr::cli::isCommand(QString::fromLocal8Bit(argv[1])) ||
                        qstrcmp(argv[1], "--help") == 0 || qstrcmp(argv[1], "-h") == 0 ||
                        qstrcmp(argv[1], "help") == 0 || qstrcmp(argv[1], "--version") == 0 ||
                        qstrcmp(argv[1], "--help-man") == 0);
}

} // namespace

int main(int argc, char **argv)
{
    describe();
    if (headless(argc, argv)) {
        if (csr::cli::needsGuiApplication(QString::fromLocal8Bit(argv[1]))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            // `export --style ID` names the print style, which QApplication would take for a
            // widget style and remove: it is kept from Qt and handed to the command.
            QStringList style;
            std::vector<char *> forQt;
            for (int i = 0; i < argc; ++i) {
                const QByteArray word(argv[i]);
                if ((word == "--style" || word == "-style") && i + 1 < argc)
                    style << QStringLiteral("--style") << QString::fromLocal8Bit(argv[++i]);
                else if (word.startsWith("--style=") || word.startsWith("-style="))
                    style << QStringLiteral("--style")
                          << QString::fromLocal8Bit(word.mid(word.indexOf('=') + 1));
                else
                    forQt.push_back(argv[i]);
            }
            int qtArgc = int(forQt.size());
            forQt.push_back(nullptr);
            QApplication app(qtArgc, forQt.data());
            csr::installTranslations(csr::preferredLanguage());
            return csr::cli::run(app.arguments() + style);
        }
        QCoreApplication app(argc, argv);
        csr::installTranslations(csr::preferredLanguage());
        return csr::cli::run(app.arguments());
    }

    {
        // Checked before QApplication exists: without a display, its constructor aborts.
        QCoreApplication probe(argc, argv);
        csr::installTranslations(csr::preferredLanguage());
        if (const int code = csr::cli::checkEditorStart(probe.arguments()); code >= 0)
            return code;
    }
    QApplication app(argc, argv);
    // The installed icon theme's copy first; the built-in one when run from the build tree.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("csrstudio"),
                                                 QIcon(QStringLiteral(":/icons/csrstudio.svg"))));
    csr::ui::useUiLanguage(csr::preferredLanguage());
    csr::ui::MainWindow window;
    const QStringList args = app.arguments();
    if (args.size() > 1) {
        if (csr::team::TeamAddress::isTeamReport(args.at(1)))
            window.openTeamReport(args.at(1)); // csrstudio postgresql://…/csr#west-2023
        else
            window.openFile(args.at(1));
    }
    window.show();
    return app.exec();
}
