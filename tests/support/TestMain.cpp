#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char **argv)
{
    // Set here, not only in CTest's environment: test discovery runs this binary at build time
    // without that environment, and a QApplication without a display would abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CsrReportStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("csrstudio-tests"));
    return Catch::Session().run(argc, argv);
}
