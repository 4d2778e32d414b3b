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

QString plausibilityScope(const QString &id)
{
    return QStringLiteral("plausibility:") + id;
}

// validate()'s order of the kinds of scope.
enum ScopeKind : qint64 { ReportKind, MetricKind, ChapterKind, ClosingKind, PlausibilityKind };

qint64 orderOf(ScopeKind kind, qsizetype position)
{
    return (qint64(kind) << 40) + qint64(position);
}

// The figures a chapter's own tables list.
QSet<QString> tabledIn(const Chapter &chapter)
{
    QSet<QString> ids;
    for (const Block &b : chapter.blocks)
        if (const auto *t = std::get_if<MetricTable>(&b.content))
            for (const QString &id : t->metricIds)
                ids.insert(id);
    return ids;
}
} // namespace

void IncrementalValidator::reset(const Document &doc)
{
    m_doc = &doc;
    m_metrics.clear();
    for (qsizetype i = 0; i < doc.metrics.size(); ++i)
        m_metrics.insert(doc.metrics.at(i).id, Known{doc.metrics.at(i), i});
    m_metricsMoved = false;
    m_scopes.clear();
    m_places.clear();
    m_chapterOrder.clear();
    m_quotedBy.clear();
    m_quotes.clear();
    m_signatureChapters.clear();
    m_tabled.clear();
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
    for (const Metric &m : doc.metrics)
        setScope(plausibilityScope(m.id), plausibilityFindings(doc, m), ignored);
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
    const QSet<QString> tabledBefore = m_tabled.value(chapterId);
    for (QString id = chapterId; !id.isEmpty(); id = m_places.value(id).parentId)
        validateChapter(id, updates);
    if (hadSignature != !m_signatureChapters.isEmpty())
        validateClosing(updates);
    // A table's own tolerance applies to the figures it lists: a figure that joined or left
    // such a table may have a new tolerance. Without table tolerances, nothing to redo.
    if (!doc.review.tableTolerances.isEmpty()) {
        QSet<QString> figures = tabledBefore;
        figures.unite(m_tabled.value(chapterId));
        for (const Metric &m : doc.metrics) // validate()'s order
            if (figures.contains(m.id))
                validatePlausibility(m.id, updates);
    }
    return updates;
}

QList<IncrementalValidator::ScopeUpdate>
IncrementalValidator::metricChanged(const Document &doc, const QString &metricId)
{
    m_doc = &doc;
    QList<ScopeUpdate> updates;
    if (const qsizetype i = doc.metrics.indexOfId(metricId); i >= 0)
        m_metrics.insert(metricId, Known{doc.metrics.at(i), i});
    else
        m_metrics.remove(metricId);
    validateMetric(metricId, updates);
    // A figure's change from last year may now need an explanation: its own check alone.
    validatePlausibility(metricId, updates);
    return updates;
}

QList<IncrementalValidator::ScopeUpdate> IncrementalValidator::metricsReplaced(const Document &doc)
{
    const QHash<QString, Known> before = std::exchange(m_metrics, {});
    for (qsizetype i = 0; i < doc.metrics.size(); ++i)
        m_metrics.insert(doc.metrics.at(i).id, Known{doc.metrics.at(i), i});
    m_doc = &doc;
    m_metricsMoved = false;
    QList<ScopeUpdate> updates;
    QSet<QString> appearedOrGone;
    QStringList changed;
    for (qsizetype i = 0; i < doc.metrics.size(); ++i) {
        const Metric &m = doc.metrics.at(i);
        const auto was = before.constFind(m.id);
        if (was == before.cend())
            appearedOrGone.insert(m.id);
        else if (was->position != i)
            m_metricsMoved = true;
        if (was == before.cend() || !(was->metric == m)) {
            validateMetric(m.id, updates);
            changed << m.id;
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!doc.metrics.containsId(it.key())) {
            appearedOrGone.insert(it.key());
            validateMetric(it.key(), updates);
            changed << it.key();
        }
    // "Refers to an unknown metric" changes only where prose quotes an id that came or went.
    QSet<QString> chapters;
    for (const QString &id : appearedOrGone)
        chapters.unite(m_quotedBy.value(id));
    for (const QString &id : m_chapterOrder)
        if (chapters.contains(id))
            validateChapter(id, updates);
    for (const QString &id : std::as_const(changed))
        validatePlausibility(id, updates);
    return updates;
}

QList<IncrementalValidator::ScopeUpdate> IncrementalValidator::signatoryChanged(const Document &doc)
{
    m_doc = &doc;
    QList<ScopeUpdate> updates;
    setScope(ReportScope, reportFindings(doc), updates);
    return updates;
}

QList<IncrementalValidator::ScopeUpdate> IncrementalValidator::reviewChanged(const Document &doc)
{
    m_doc = &doc;
    QList<ScopeUpdate> updates;
    for (const Metric &m : doc.metrics)
        validatePlausibility(m.id, updates);
    return updates;
}

void IncrementalValidator::validatePlausibility(const QString &metricId,
                                                QList<ScopeUpdate> &updates)
{
    const Metric *m = m_doc->findMetric(metricId);
    setScope(plausibilityScope(metricId), m ? plausibilityFindings(*m_doc, *m) : QList<Finding>(),
             updates);
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
    if (QSet<QString> tabled = tabledIn(*c); tabled.isEmpty())
        m_tabled.remove(chapterId);
    else
        m_tabled.insert(chapterId, std::move(tabled));
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

qint64 IncrementalValidator::scopeOrder(const Document &doc, const QString &scope) const
{
    if (scope == ReportScope)
        return orderOf(ReportKind, 0);
    if (scope == ClosingScope)
        return orderOf(ClosingKind, 0);
    if (scope.startsWith(QLatin1String("metric:")))
        return orderOf(MetricKind, doc.metrics.indexOfId(scope.mid(7)));
    if (scope.startsWith(QLatin1String("plausibility:")))
        return orderOf(PlausibilityKind, doc.metrics.indexOfId(scope.mid(13)));
    return orderOf(ChapterKind, m_places.value(scope.mid(8)).order);
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
    for (const Metric &m : doc.metrics)
        add(plausibilityScope(m.id));
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
    for (const Metric &m : doc.metrics)
        out += m_scopes.value(plausibilityScope(m.id));
    return out;
}

} // namespace csr
