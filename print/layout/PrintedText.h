#pragma once

#include "Document.h"
#include "Edition.h"

#include <QCoreApplication>
#include <QString>

namespace csr::print {

// How figures and references read on paper. The editor may show an empty value as nothing, but
// a printed "完成亿元，进度%" reads as broken prose, so print makes every gap visible.
class PrintedText
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::PrintedText)

public:
    // The figure for the edition: "**" when masked, "（未填）" when the metric has no value.
    static QString value(const Metric &metric, Edition edition);
    // Prose with every {{id}} resolved as value() prints it; an unknown id (only printed with
    // --force) shows as "【?id】" rather than as the raw marker.
    static QString resolve(const QString &text, const Document &doc, Edition edition);
    static QString missingValue();
    static QString unknownReference(const QString &metricId);
};

} // namespace csr::print
