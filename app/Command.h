#pragma once

#include "Document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <functional>

namespace csr {
struct Finding;
}

namespace csr::cli {

// Exit codes shared by the commands: 0 done, 1 the input has problems (validation errors, a
// bad signature), 2 the input or the call could not be used at all.
enum Exit { Ok = 0, Problems = 1, Unreadable = 2 };

// One command of `csrstudio COMMAND`: it declares its options, then runs with them parsed.
// Each command lives in its own file and is listed once in Cli.cpp.
struct Command
{
    QString name;
    bool needsGui = false; // paints (charts, PDF): gets a QApplication, offscreen if headless
    QString summary;
    std::function<int(QCommandLineParser &, const QStringList &positional)> run;
    std::function<void(QCommandLineParser &)> declare;
};

QTextStream &out();
QTextStream &err();

// One validation finding as a line, its location in words (describeLocation):
// "error: 三、主要内容 › 员工情况 › 全口径员工: message [code]".
void printFinding(QTextStream &stream, const Finding &finding, const Document &doc);

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::cli)
};

} // namespace csr::cli
