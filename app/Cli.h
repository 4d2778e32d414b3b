#pragma once

#include <QStringList>

namespace csr::cli {

// Commands that run without a display. Returns the process exit code, or -1 when `args` do
// not name a command (the GUI then starts).
int run(const QStringList &args);

bool isCommand(const QString &word);

// Commands that paint (charts, PDF) need a QApplication, offscreen when there is no display.
bool needsGuiApplication(const QString &word);

} // namespace csr::cli
