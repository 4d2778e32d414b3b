#include "PasswordPrompt.h"

#include "Command.h"

#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace csr::cli {

team::PasswordPrompt terminalPasswordPrompt()
{
    return [](const QString &server) -> QString {
        if (!::isatty(STDIN_FILENO))
            return {};
        err() << Tr::tr("Password for %1: ").arg(server) << Qt::flush;
        termios saved{};
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        char line[1024] = {};
        const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
        return read ? QString::fromLocal8Bit(line).chopped(line[0] ? 1 : 0) : QString();
    };
}

} // namespace csr::cli
