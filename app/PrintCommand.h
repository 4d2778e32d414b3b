#pragma once

#include "Command.h"

namespace csr::cli {

// `csrstudio print FILE [--printer NAME] [--edition public|internal] [--force]`
Command printCommand();

} // namespace csr::cli
