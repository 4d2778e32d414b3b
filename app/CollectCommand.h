#pragma once

#include "Command.h"

namespace csr::cli {

// `csrstudio collect REPORT -o DIR [--by assignee|chapter]`: a data-request workbook (.xlsx)
// per person or chapter, to be filled in and read back with import-data.
Command collectCommand();

} // namespace csr::cli
