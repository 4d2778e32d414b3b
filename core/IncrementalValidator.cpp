#include "IncrementalValidator.h"

#include "References.h"

#include <limits>

namespace csr {

namespace {
const QString ReportScope = QStringLiteral("report");
const QString ClosingScope = QStringLiteral("closing");

QString metricScope(const QString &id)
{
    return QStringLiteral("metric:") + id;
}

QString chapterScope(const QString &id)
{
    return QStringLiteral("chapter:") + id;
}
} // namespace

void IncrementalValidator::reset(const Document &doc)
{
    m_doc = &doc;
    m_metrics.clear();
    for (const Metric &m : doc.metrics)
        m_metrics.insert(m.id, m);
    m_scopes.clear();
    m_places.clear();
    m_chapterOrder.clear();
    m_quotedBy.clear();
    m_quotes.clear();
    m_signatureChapters.clear();
    QList<ScopeUpdate> ignored;
    setScope(ReportScope, reportFindings(doc), ignored);
    for (const Metric &m : doc.metrics)
        setScope(metricScope(m.id), metricFindings(m, m_options), ignored);

    // The same walk as forEachChapter, also remembering where each chapter stands.
    const std::function<void(const QList<Chapter> &, const Place &)> walk =
        [&](const QList<Chapter> &chapters, const Place &parent) {
            const NumberingStyle style =
                numberingAt(doc.metadata.numbering, int(parent.positions.size()));
            int numbered = 0;
            for (int row = 0; row < chapters.size(); ++row) {
                const Chapter &c = chapters.at(row);
                Place place;
                place.positions = parent.positions + QList<int>{row};
                place.depth = int(parent.positions.size());
                place.number = c.numbered ? chapterNumber(style, numbered++, c.code) : QString();
                place.path = parent.path + QStringList{place.number + c.title};
                place.parentId = parent.positions.isEmpty() ? QString() : chapterAt(parent)->id;
                place.order = int(m_chapterOrder.size());
                m_chapterOrder.append(c.id);
                m_places.insert(c.id, place);
                validateChapter(c.id, ignored);
                walk(c.children, place);
            }
        };
    walk(doc.chapters, Place{});
    setScope(
        ClosingScope,
        closingFindings(doc, m_template ? &*m_template : nullptr, !m_signatureChapters.isEmpty()),
        ignored);
}

const Chapter *IncrementalValidator::chapterAt(const Place &place) const
{
    const QList<Chapter> *siblings = &m_doc->chapters;
    const Chapter *c = nullptr;
    for (int row : place.positions) {
        if (row >= siblings->size())
            return nullptr;
        c = &siblings->at(row);
        siblings = &c->children;
    }
    return c;
}

QList<IncrementalValidator::ScopeUpdate>
IncrementalValidator::blockChanged(const Document &doc, const QString &chapterId)
{
    m_doc = &doc;
    QList<ScopeUpdate> updates;
    const bool hadSignature = !m_signatureChapters.isEmpty();
    for (QString id = chapterId; !id.isEmpty(); id = m_places.value(id).parentId)
        validateChapter(id, updates);
    if (hadSignature != !m_signatureChapters.isEmpty())
        validateClosing(updates);
    return updates;
}

QList<IncrementalValidator::ScopeUpdate>
IncrementalValidator::metricChanged(const Document &doc, const QString &metricId)
{
    m_doc = &doc;
    QList<ScopeUpdate> updates;
    if (const Metric *m = doc.findMetric(metricId))
        m_metrics.insert(metricId, *m);
    else
        m_metrics.remove(metricId);
    validateMetric(metricId, updates);
    validateClosing(updates); // a figure's change from last year may now need an explanation
    return updates;
}

QList<IncrementalValidator::ScopeUpdate> IncrementalValidator::metricsReplaced(const Document &doc)
{
    const QHash<QString, Metric> before = std::exchange(m_metrics, {});
    for (const Metric &m : doc.metrics)
        m_metrics.insert(m.id, m);
    m_doc = &doc;
    QList<ScopeUpdate> updates;
    QSet<QString> appearedOrGone;
    for (const Metric &m : doc.metrics) {
        const auto was = before.constFind(m.id);
        if (was == before.cend())
            appearedOrGone.insert(m.id);
        if (was == before.cend() || !(*was == m))
            validateMetric(m.id, updates);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!doc.metrics.containsId(it.key())) {
            appearedOrGone.insert(it.key());
            validateMetric(it.key(), updates);
        }
    // "Refers to an unknown metric" changes only where prose quotes an id that came or went.
    QSet<QString> chapters;
    for (const QString &id : appearedOrGone)
        chapters.unite(m_quotedBy.value(id));
    for (const QString &id : m_chapterOrder)
        if (chapters.contains(id))
            validateChapter(id, updates);
    validateClosing(updates); // plausibility of the figures
    return updates;
}

QList<IncrementalValidator::ScopeUpdate> IncrementalValidator::signatoryChanged(const Document &doc)
{
    m_doc = &doc;
    QList<ScopeUpdate> updates;
    setScope(ReportScope, reportFindings(doc), updates);
    return updates;
}

void IncrementalValidator::validateMetric(const QString &metricId, QList<ScopeUpdate> &updates)
{
    const Metric *m = m_doc->findMetric(metricId);
    setScope(metricScope(metricId), m ? metricFindings(*m, m_options) : QList<Finding>(), updates);
}

void IncrementalValidator::validateChapter(const QString &chapterId, QList<ScopeUpdate> &updates)
{
    const auto place = m_places.constFind(chapterId);
    const Chapter *c = place == m_places.cend() ? nullptr : chapterAt(*place);
    if (!c || c->id != chapterId) {
        setScope(chapterScope(chapterId), {}, updates);
        return;
    }
    bool hasSignature = false;
    QList<Finding> found = chapterFindings(
        *m_doc, ChapterVisit{*c, place->depth, place->number, place->path}, hasSignature);
    if (hasSignature)
        m_signatureChapters.insert(chapterId);
    else
        m_signatureChapters.remove(chapterId);
    indexQuotes(chapterId, *c);
    setScope(chapterScope(chapterId), std::move(found), updates);
}

void IncrementalValidator::validateClosing(QList<ScopeUpdate> &updates)
{
    setScope(ClosingScope,
             closingFindings(*m_doc, m_template ? &*m_template : nullptr,
                             !m_signatureChapters.isEmpty()),
             updates);
}

void IncrementalValidator::indexQuotes(const QString &chapterId, const Chapter &chapter)
{
    QSet<QString> quoted;
    for (const Block &b : chapter.blocks)
        if (const auto *p = std::get_if<Paragraph>(&b.content))
            for (const MetricReference &ref : findReferences(p->text))
                quoted.insert(ref.metricId);
    const QSet<QString> before = m_quotes.value(chapterId);
    if (quoted == before)
        return;
    for (const QString &id : before)
        if (!quoted.contains(id))
            m_quotedBy[id].remove(chapterId);
    for (const QString &id : quoted)
        m_quotedBy[id].insert(chapterId);
    if (quoted.isEmpty())
        m_quotes.remove(chapterId);
    else
        m_quotes.insert(chapterId, quoted);
}

void IncrementalValidator::setScope(const QString &scope, QList<Finding> findings,
                                    QList<ScopeUpdate> &updates)
{
    QList<Finding> before = m_scopes.value(scope);
    if (before == findings)
        return;
    if (findings.isEmpty())
        m_scopes.remove(scope);
    else
        m_scopes.insert(scope, findings);
    updates.append(
        ScopeUpdate{scope, scopeOrder(*m_doc, scope), std::move(before), std::move(findings)});
}

int IncrementalValidator::scopeOrder(const Document &doc, const QString &scope) const
{
    if (scope == ReportScope)
        return 0;
    if (scope == ClosingScope)
        return std::numeric_limits<int>::max();
    const int metrics = int(doc.metrics.size());
    if (scope.startsWith(QLatin1String("metric:")))
        return 1 + int(doc.metrics.indexOfId(scope.mid(7)));
    return 1 + metrics + m_places.value(scope.mid(8)).order;
}

QList<IncrementalValidator::ScopeUpdate> IncrementalValidator::scopes(const Document &doc) const
{
    QList<ScopeUpdate> out;
    const auto add = [&](const QString &scope) {
        const auto it = m_scopes.constFind(scope);
        if (it != m_scopes.cend())
            out.append(ScopeUpdate{scope, scopeOrder(doc, scope), {}, *it});
    };
    add(ReportScope);
    for (const Metric &m : doc.metrics)
        add(metricScope(m.id));
    for (const QString &id : m_chapterOrder)
        add(chapterScope(id));
    add(ClosingScope);
    return out;
}

QList<Finding> IncrementalValidator::findings(const Document &doc) const
{
    QList<Finding> out = m_scopes.value(ReportScope);
    for (const Metric &m : doc.metrics)
        out += m_scopes.value(metricScope(m.id));
    for (const QString &id : m_chapterOrder)
        out += m_scopes.value(chapterScope(id));
    out += m_scopes.value(ClosingScope);
    return out;
}

} // namespace csr
