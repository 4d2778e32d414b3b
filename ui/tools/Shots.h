#pragma once

#include <QString>

class QWidget;

// What the screenshot tools of docs/ share: letting the window finish its work, and saving what
// it shows as a small PNG.
namespace csr::tools {

// Runs the event loop: five passes, or for `ms` milliseconds when given (a window that talks to
// a server or runs work off the GUI thread needs time, not passes).
void settle(int ms = 0);

// Settles, then saves `w` as a 256-colour PNG (each picture stays well under 400 KB and UI
// colours survive it); says on the console whether it was written.
bool shoot(QWidget *w, const QString &path, int settleMs = 0);

} // namespace csr::tools
