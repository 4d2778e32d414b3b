#pragma once

#include "Command.h"

namespace csr::cli {

// `csrstudio import-data REPORT WORKBOOK… [--dry-run] [--accept-label-matches]`: figures from
// filled-in workbooks (.xlsx, .csv) into the report, checked, all at once or not at all.
Command importDataCommand();

} // namespace csr::cli
