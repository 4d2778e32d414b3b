#pragma once

#include <QStringList>

namespace csr::cli {

// Commands that run without a display. Returns the process exit code, or -1 when `args` do
// not name a command (the GUI then starts).
int run(const QStringList &args);

bool isCommand(const QString &word);

// Before the editor window starts: a mistyped command or option, or no display to show a
// window on, gets a message and an exit code (2) instead of Qt aborting. -1 when the window
// can start. Needs a QCoreApplication for the translated messages.
int checkEditorStart(const QStringList &args);

// Commands that paint (charts, PDF) need a QApplication, offscreen when there is no display.
bool needsGuiApplication(const QString &word);

} // namespace csr::cli
