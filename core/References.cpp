#include "References.h"

#include <QRegularExpression>

namespace csr {

namespace {
// One definition of what an id may hold, for the reference pattern and the id check alike.
const QLatin1String MetricIdChars("[A-Za-z0-9_.\\-]+");
} // namespace

bool isValidMetricId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(MetricIdChars));
    return pattern.match(id).hasMatch();
}

QList<MetricReference> findReferences(const QString &text)
{
    static const QRegularExpression pattern(QLatin1String("\\{\\{\\s*(") + MetricIdChars +
                                            QLatin1String(")\\s*\\}\\}"));
    QList<MetricReference> refs;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        refs.append({m.captured(1), m.capturedStart(0), m.capturedLength(0)});
    }
    return refs;
}

QString substituteReferences(const QString &text, const Document &doc,
                             const ReferenceSubstitute &substitute)
{
    QString out;
    qsizetype pos = 0;
    for (const MetricReference &ref : findReferences(text)) {
        out += QStringView(text).mid(pos, ref.start - pos);
        out += substitute(ref, doc.findMetric(ref.metricId));
        pos = ref.start + ref.length;
    }
    out += QStringView(text).mid(pos);
    return out;
}

ResolvedText resolveReferences(const QString &text, const Document &doc, Edition edition)
{
    ResolvedText out;
    out.text = substituteReferences(text, doc, [&](const MetricReference &ref, const Metric *m) {
        if (m)
            return formatMetricValue(*m, edition);
        out.unknownIds.append(ref.metricId);
        return text.mid(ref.start, ref.length);
    });
    return out;
}

} // namespace csr
