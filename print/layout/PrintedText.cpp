#include "PrintedText.h"

#include "References.h"

namespace csr::print {

QString PrintedText::value(const Metric &metric, Edition edition, const ReportWording &wording)
{
    const QString v = formatMetricValue(metric, edition);
    return v.isEmpty() ? wording.text(QStringLiteral("value.missing")) : wording.number(v);
}

QString PrintedText::resolve(const QString &text, const Document &doc, Edition edition,
                             const ReportWording &wording)
{
    return substituteReferences(text, doc, [&](const MetricReference &ref, const Metric *m) {
        return m ? value(*m, edition, wording)
                 : wording.text(QStringLiteral("value.unknownReference")).arg(ref.metricId);
    });
}

} // namespace csr::print
