#include "Plausibility.h"

#include "References.h"

#include <QSet>
#include <cmath>
#include <limits>

namespace csr {

bool isRate(const Metric &metric)
{
    return comparesInPoints(metric);
}

QStringList metricsShownIn(const Block &block)
{
    QStringList ids;
    if (const auto *t = std::get_if<MetricTable>(&block.content)) {
        for (const QString &id : t->metricIds)
            if (!ids.contains(id))
                ids << id;
    } else if (const auto *p = std::get_if<Paragraph>(&block.content)) {
        for (const MetricReference &ref : findReferences(p->text))
            if (!ids.contains(ref.metricId))
                ids << ref.metricId;
    }
    return ids;
}

QStringList metricsShownIn(const Chapter &chapter)
{
    QStringList ids;
    QSet<QString> seen; // a chapter of fifty tables shows a thousand figures
    for (const Block &b : chapter.blocks)
        for (const QString &id : metricsShownIn(b))
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
    return ids;
}

double toleranceFor(const Document &doc, const Metric &metric)
{
    const ReviewRecord &review = doc.review;
    if (auto it = review.metricTolerances.constFind(metric.id);
        it != review.metricTolerances.constEnd())
        return *it;
    std::optional<double> fromTable;
    if (!review.tableTolerances.isEmpty())
        forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
            for (const Block &b : v.chapter.blocks) {
                const auto *t = std::get_if<MetricTable>(&b.content);
                const auto it = review.tableTolerances.constFind(b.id);
                if (t && it != review.tableTolerances.constEnd() &&
                    t->metricIds.contains(metric.id))
                    fromTable = fromTable ? std::min(*fromTable, *it) : *it;
            }
        });
    if (fromTable)
        return *fromTable;
    return isRate(metric) ? doc.review.tolerancePoints : doc.review.tolerancePercent;
}

std::optional<ImplausibleFigure> checkPlausibility(const Document &doc, const Metric &metric)
{
    if (!metric.value || !metric.previousValue)
        return std::nullopt;
    ImplausibleFigure f;
    f.metricId = metric.id;
    f.points = isRate(metric);
    if (f.points) {
        f.change = *metric.value - *metric.previousValue;
    } else if (*metric.previousValue == 0) {
        if (*metric.value == 0)
            return std::nullopt;
        // From nothing to something is beyond any percentage.
        f.change = std::copysign(std::numeric_limits<double>::infinity(), *metric.value);
    } else {
        f.change = *yearOverYearPercent(metric);
    }
    f.tolerance = std::fabs(toleranceFor(doc, metric));
    // A hair of rounding must not turn an exactly-at-the-limit figure into a finding.
    if (std::fabs(f.change) <= f.tolerance + 1e-9)
        return std::nullopt;
    f.explained = !doc.review.explanations.value(metric.id).text.trimmed().isEmpty();
    return f;
}

QList<ImplausibleFigure> implausibleFigures(const Document &doc)
{
    QList<ImplausibleFigure> out;
    for (const Metric &m : doc.metrics)
        if (auto f = checkPlausibility(doc, m))
            out << *f;
    return out;
}

QStringList unexplainedFiguresIn(const Document &doc, const Chapter &chapter)
{
    QStringList out;
    for (const QString &id : metricsShownIn(chapter))
        if (const Metric *m = doc.findMetric(id))
            if (auto f = checkPlausibility(doc, *m); f && !f->explained)
                out << id;
    return out;
}

QString formatChange(const ImplausibleFigure &figure)
{
    if (std::isinf(figure.change))
        return figure.change > 0 ? QStringLiteral("+∞%") : QStringLiteral("-∞%");
    const QString sign = figure.change >= 0 ? QStringLiteral("+") : QString();
    return figure.points ? sign + QString::number(figure.change, 'f', 1) + QStringLiteral(" pp")
                         : sign + QString::number(figure.change, 'f', 1) + QLatin1Char('%');
}

} // namespace csr
