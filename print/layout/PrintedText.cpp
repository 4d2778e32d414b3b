#include "PrintedText.h"

#include "References.h"

namespace csr::print {

QString PrintedText::missingValue()
{
    return tr("（未填）");
}

QString PrintedText::unknownReference(const QString &metricId)
{
    return tr("【?%1】").arg(metricId);
}

QString PrintedText::value(const Metric &metric, Edition edition)
{
    const QString v = formatMetricValue(metric, edition);
    return v.isEmpty() ? missingValue() : v;
}

QString PrintedText::resolve(const QString &text, const Document &doc, Edition edition)
{
    return substituteReferences(text, doc, [&](const MetricReference &ref, const Metric *m) {
        return m ? value(*m, edition) : unknownReference(ref.metricId);
    });
}

} // namespace csr::print
