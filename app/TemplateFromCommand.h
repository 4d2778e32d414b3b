#pragma once

#include "Command.h"

namespace csr::cli {

// `csrstudio template-from FILE -o T.json [--id ID] [--name NAME] [--keep-prose]`: a template
// from a report, its frame without its figures (core's templateFromReport).
Command templateFromCommand();

} // namespace csr::cli
