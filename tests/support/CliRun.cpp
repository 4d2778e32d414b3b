#include "CliRun.h"

#include <QProcess>
#include <catch2/catch.hpp>

namespace csr::test {

CliRun runCsrstudio(const QStringList &args, QProcessEnvironment env)
{
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(CSRSTUDIO_EXE), args);
    REQUIRE(p.waitForStarted(10000));
    // Generous: under AddressSanitizer on a shared 2-core machine an export takes seconds.
    if (!p.waitForFinished(300000)) {
        p.kill(); // hung: never let its default exit code pass for success
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

CliRun runCsrstudioInEnglish(const QStringList &args, const QString &templatePath)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("CSR_TEMPLATE_PATH"));
    if (!templatePath.isEmpty())
        env.insert(QStringLiteral("CSR_TEMPLATE_PATH"), templatePath);
    return runCsrstudio(args, env);
}

QString toolOutput(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAll());
}

} // namespace csr::test
