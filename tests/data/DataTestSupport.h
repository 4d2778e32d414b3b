#pragma once

#include <QString>
#include <QStringList>

namespace csr::test {

// Debian's python3 (with python3-openpyxl), not a virtual environment's that may lack it.
QString systemPython();
// Runs a program; its exit code, or -1 when it could not start or took longer than `seconds`.
int runProgram(const QString &program, const QStringList &args, int seconds = 60,
               QString *output = nullptr);
// LibreOffice re-saves `in` as .xlsx into `folder` (a foreign writer); the new file, or "" when
// soffice is missing or failed (the caller SKIPs and says so).
QString resaveWithLibreOffice(const QString &in, const QString &folder);

} // namespace csr::test
