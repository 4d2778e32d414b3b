#pragma once

#include "Command.h"

namespace csr::cli {

// `csrstudio review FILE`: the review state (chapters with status, open comments with their
// place, unexplained figures); exit 1 while anything blocks sign-off.
Command reviewCommand();

} // namespace csr::cli
