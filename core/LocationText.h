#pragma once

#include "Document.h"
#include "Validator.h"

namespace csr {

// Where a finding points, in the words a person sees in the editor: "三、主要内容 › 员工情况 ›
// 全口径员工 › value", never the validator's ids ("block b23", "entries[0].date"). The chapter
// path, then the table, timeline or list by its title, the row by its label (a figure's name,
// an event's description), and the field by its name.
QString describeLocation(const Location &at, const Document &doc);

} // namespace csr
