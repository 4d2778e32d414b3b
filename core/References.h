#pragma once

#include "Document.h"
#include "Edition.h"

#include <QList>
#include <QString>
#include <functional>

namespace csr {

// A "{{metric.id}}" in prose. Positions are in UTF-16 code units of the text.
struct MetricReference
{
    QString metricId;
    qsizetype start = 0;  // index of the first '{'
    qsizetype length = 0; // including the braces
};

QList<MetricReference> findReferences(const QString &text);

// Whether prose can quote a metric under this id: ASCII letters, digits and "_.-", at least one.
bool isValidMetricId(const QString &id);

// How a reference is shown: the figure, "**" when masked, or the marker itself when unknown.
struct ResolvedText
{
    QString text;
    QStringList unknownIds;
};

ResolvedText resolveReferences(const QString &text, const Document &doc, Edition edition);

// A walk over a text's references for plain-text results (the resolved text, the printed
// text): each {{id}} is replaced by what `substitute` makes of it (the metric is null when
// the id is unknown). The editor's preview escapes the text between references for HTML, so
// it walks findReferences() itself.
using ReferenceSubstitute = std::function<QString(const MetricReference &, const Metric *)>;
QString substituteReferences(const QString &text, const Document &doc,
                             const ReferenceSubstitute &substitute);

inline QString referenceMarker(const QString &metricId)
{
    return QStringLiteral("{{") + metricId + QStringLiteral("}}");
}

} // namespace csr
