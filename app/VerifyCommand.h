#pragma once

#include "Command.h"

namespace csr::cli {

// `csrstudio verify FILE.pdf [--trust CA.pem]...`: reports every signature; exit 0 only when
// all hold and nothing follows the last, 1 otherwise (or when unsigned), 2 if unreadable.
Command verifyCommand();

} // namespace csr::cli
