#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace csr::test {

struct CliRun
{
    int code = -1; // -1: crashed or did not finish
    QString out;
    QString err;
};

// Runs the built csrstudio as a user or a server script would: standard input is not a
// terminal (no password prompt), and no display is configured at all (no DISPLAY,
// WAYLAND_DISPLAY or QT_QPA_PLATFORM), so every command is held to running headless.
CliRun runCsrstudio(const QStringList &args,
                    QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

// runCsrstudio with English messages (LANG=C.UTF-8), whatever the machine's language, and the
// user's template folder replaced by `templatePath` (none when empty): what the app tests read.
CliRun runCsrstudioInEnglish(const QStringList &args, const QString &templatePath = QString());

// Runs one of the tools a reader checks a PDF with (pdfsig, qpdf, openssl …) and returns what
// it printed, standard output and error merged; its exit code goes to `exitCode` when given.
QString toolOutput(const QString &program, const QStringList &args, int *exitCode = nullptr);

} // namespace csr::test
