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
    QString out;
    qsizetype pos = 0;
    for (const MetricReference &ref : findReferences(text)) {
        out += QStringView(text).mid(pos, ref.start - pos);
        const Metric *m = doc.findMetric(ref.metricId);
        out += m ? value(*m, edition) : unknownReference(ref.metricId);
        pos = ref.start + ref.length;
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace csr::print
