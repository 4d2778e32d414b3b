#pragma once

#include "Command.h"

namespace csr::cli {

// `csrstudio import REPORT.txt -o OUT.csreport [--template NAME] [--year YYYY] [--force]
//  [--compare HANDMADE.csreport]`: last year's published report back into a structured one.
Command importCommand();

} // namespace csr::cli
