#pragma once

#include "Document.h"
#include "Validator.h"

#include <optional>

namespace csr::print {

// The length the report notes promise (metadata.pageBudget) against the printed length. The
// export, `csrstudio validate` and the editor's Problems panel all check it here.
struct PageBudget
{
    // A warning when a promise is made and the printed report has another number of pages.
    static std::optional<Finding> check(const Document &doc, int printedPages);
    // Lays the public edition out (the slow part: run it off the GUI thread) and checks it;
    // nothing when no length is promised or the report font is missing.
    static std::optional<Finding> layOutAndCheck(const Document &doc);
};

} // namespace csr::print
