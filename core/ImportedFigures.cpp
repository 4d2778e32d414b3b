#include "ImportedFigures.h"

#include "CjkText.h"
#include "References.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <functional>

namespace csr {

namespace {

// The longest run of letters two labels share ("全口径员工" of "西区局全口径员工" and
// "全年全口径员工"); labels are short (16 characters), so the quadratic search is cheap.
QString commonPart(const QString &a, const QString &b)
{
    const QString x = letters(a), y = letters(b);
    QString best;
    for (qsizetype i = 0; i < x.size(); ++i)
        for (qsizetype j = 0; j < y.size(); ++j) {
            qsizetype n = 0;
            while (i + n < x.size() && j + n < y.size() && x.at(i + n) == y.at(j + n))
                ++n;
            if (n > best.size())
                best = x.mid(i, n);
        }
    return best;
}

// Labels agree when they share most of the shorter one (at least two letters).
bool labelsAgree(const QString &a, const QString &b)
{
    const qsizetype shorter = std::min(letters(a).size(), letters(b).size());
    const qsizetype common = commonPart(a, b).size();
    return common >= 2 && common * 10 >= shorter * 6;
}

// Rounded to a sensible precision: last year's figure was printed with a few decimals at most.
double rounded(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

std::optional<double> lastYearFromComparison(const QString &after, double value,
                                             const QString &unit)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*[，,、]?\\s*(?:同比|较上年|较去年|比上年|比去年|较上一年|与上年相比|与去年相比)"
        "(?:同期)?\\s*(增长|增加|提升|提高|上升|多|下降|减少|降低|少)了?\\s*"
        "(\\d+(?:\\.\\d+)?)\\s*(%|％|个百分点|[^\\s，。；,;]{1,4})"));
    const auto m = re.match(after);
    if (!m.hasMatch())
        return std::nullopt;
    static const QString falls = QStringLiteral("下降减少降低少");
    const bool down = falls.contains(m.captured(1));
    const double change = m.captured(2).toDouble();
    const QString changeUnit = m.captured(3);
    if (changeUnit == QStringLiteral("%") || changeUnit == QStringLiteral("％")) {
        const double factor = 1 + (down ? -change : change) / 100;
        if (factor <= 0)
            return std::nullopt;
        return rounded(value / factor);
    }
    // An absolute change in the figure's own unit; percentage points of a rate too.
    const bool points = changeUnit == QStringLiteral("个百分点") && unit == QStringLiteral("%");
    if (!points && !changeUnit.startsWith(unit))
        return std::nullopt;
    return rounded(down ? value + change : value - change);
}

QHash<QString, QString> mergeRepeatedFigures(Document &doc)
{
    QHash<QString, QString> replacedBy; // merged id → the id kept
    QList<Metric> kept;
    for (const Metric &m : doc.metrics) {
        Metric *same = nullptr;
        if (!m.confidential && m.value)
            for (Metric &k : kept)
                if (!k.confidential && k.value && *k.value == *m.value && k.unit == m.unit &&
                    k.decimals == m.decimals && labelsAgree(k.label, m.label)) {
                    same = &k;
                    break;
                }
        if (!same) {
            kept << m;
            continue;
        }
        replacedBy.insert(m.id, same->id);
        // What the labels share is the figure's name ("全口径员工", not "西区局全口径员工"); a
        // label that is all of it keeps its own spelling (spaces, brackets).
        const QString common = commonPart(same->label, m.label);
        if (letters(m.label) == common)
            same->label = m.label;
        else if (letters(same->label) != common && common.size() >= 4)
            same->label = common;
        if (!same->previousValue)
            same->previousValue = m.previousValue;
    }
    if (replacedBy.isEmpty())
        return replacedBy;
    doc.metrics = kept;
    std::function<void(QList<Chapter> &)> rename = [&](QList<Chapter> &chapters) {
        for (Chapter &c : chapters) {
            for (Block &b : c.blocks) {
                if (auto *p = std::get_if<Paragraph>(&b.content)) {
                    p->text = substituteReferences(
                        p->text, doc, [&](const MetricReference &r, const Metric *) {
                            return referenceMarker(replacedBy.value(r.metricId, r.metricId));
                        });
                } else if (auto *t = std::get_if<MetricTable>(&b.content)) {
                    QStringList ids;
                    for (const QString &id : t->metricIds)
                        if (const QString now = replacedBy.value(id, id); !ids.contains(now))
                            ids << now;
                    t->metricIds = ids;
                }
            }
            rename(c.children);
        }
    };
    rename(doc.chapters);
    return replacedBy;
}

} // namespace csr
