#pragma once

#include "Document.h"
#include "Edition.h"
#include "ReportWording.h"

#include <QString>

namespace csr::print {

// How figures and references read on paper. The editor may show an empty value as nothing, but
// a printed "完成亿元，进度%" reads as broken prose, so print makes every gap visible.
class PrintedText
{
public:
    // The figure for the edition in the wording's number format: "**" when masked, "（未填）"
    // (value.missing) when the metric has no value.
    static QString value(const Metric &metric, Edition edition,
                         const ReportWording &wording = ReportWording());
    // Prose with every {{id}} resolved as value() prints it; an unknown id (only printed with
    // --force) shows as "【?id】" (value.unknownReference) rather than as the raw marker.
    static QString resolve(const QString &text, const Document &doc, Edition edition,
                           const ReportWording &wording = ReportWording());
};

} // namespace csr::print
