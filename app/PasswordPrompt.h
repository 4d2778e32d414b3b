#pragma once

#include "TeamConnection.h"

namespace csr::cli {

// Asks for a server password on the terminal, without echo; gives up (empty) when standard
// input is no terminal, so scripts fail with the server's message instead of hanging.
team::PasswordPrompt terminalPasswordPrompt();

} // namespace csr::cli
