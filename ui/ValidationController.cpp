#include "ValidationController.h"

#include "ReportSession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace csr::ui {

ValidationController::ValidationController(ReportSession *session, TemplateLookup lookup,
                                           QObject *parent)
    : QObject(parent), m_session(session), m_lookup(std::move(lookup))
{
    connect(&m_watcher, &QFutureWatcher<IncrementalValidator>::finished, this,
            &ValidationController::fullDone);
    connect(session, &ReportSession::documentReset, this, &ValidationController::revalidateAll);
    // The period dates every event; the report's details are rarely edited: validate it all.
    connect(session, &ReportSession::metadataChanged, this, &ValidationController::revalidateAll);
    connect(session, &ReportSession::blockChanged, this, &ValidationController::onBlockChanged);
    connect(session, &ReportSession::metricEdited, this, &ValidationController::onMetricEdited);
    connect(session, &ReportSession::metricListReplaced, this,
            &ValidationController::onMetricListReplaced);
    connect(session, &ReportSession::signatoryChanged, this,
            &ValidationController::onSignatoryChanged);
    // Tolerances and explanations decide which figures need a reason.
    connect(session, &ReportSession::reviewChanged, this, &ValidationController::onReviewChanged);
    revalidateAll();
}

ValidationController::~ValidationController()
{
    // Nothing is left running behind the window (the worker holds copies only).
    m_watcher.waitForFinished();
}

QList<Finding> ValidationController::findings() const
{
    return isBlank() ? QList<Finding>() : m_validator.findings(m_session->document());
}

QList<IncrementalValidator::ScopeUpdate> ValidationController::scopes() const
{
    return isBlank() ? QList<IncrementalValidator::ScopeUpdate>()
                     : m_validator.scopes(m_session->document());
}

// A new, empty window shows no problems: nothing has been written yet.
bool ValidationController::isBlank() const
{
    return !m_session ||
           (m_session->document().chapters.isEmpty() && m_session->filePath().isEmpty());
}

bool ValidationController::waitForIdle()
{
    if (!m_running)
        return true;
    m_watcher.waitForFinished();
    fullDone();
    return !m_running;
}

void ValidationController::revalidateAll()
{
    if (!m_session)
        return;
    const int generation = ++m_generation;
    const Document snapshot = m_session->document();
    // The validator copies the template on this thread: the window's registry may be gone by
    // the time the worker runs.
    const IncrementalValidator blank(m_lookup ? m_lookup(snapshot) : nullptr, {});
    m_running = true;
    m_pendingChapters.clear();
    m_pendingMetrics.clear();
    m_pendingMetricList = m_pendingSignatory = m_pendingReview = false;
    m_watcher.setProperty("generation", generation);
    m_watcher.setFuture(QtConcurrent::run([snapshot, blank] {
        IncrementalValidator v = blank;
        v.reset(snapshot);
        return v;
    }));
}

void ValidationController::fullDone()
{
    // A later full run replaced this one's future: its result would be out of date.
    if (!m_running || !m_watcher.isFinished() ||
        m_watcher.property("generation").toInt() != m_generation || !m_session)
        return;
    m_running = false;
    m_validator = m_watcher.result();
    const Document &doc = m_session->document();
    if (m_pendingMetricList)
        m_validator.metricsReplaced(doc);
    for (const QString &id : std::as_const(m_pendingMetrics))
        m_validator.metricChanged(doc, id);
    for (const QString &id : std::as_const(m_pendingChapters))
        m_validator.blockChanged(doc, id);
    if (m_pendingSignatory)
        m_validator.signatoryChanged(doc);
    if (m_pendingReview)
        m_validator.reviewChanged(doc);
    m_pendingChapters.clear();
    m_pendingMetrics.clear();
    m_pendingMetricList = m_pendingSignatory = m_pendingReview = false;
    emit findingsReset();
}

void ValidationController::publish(const QList<IncrementalValidator::ScopeUpdate> &updates)
{
    if (!updates.isEmpty() && !isBlank())
        emit scopesChanged(updates);
}

void ValidationController::onBlockChanged(const QString &blockId)
{
    const Chapter *c = m_session ? m_session->chapterOfBlock(blockId) : nullptr;
    if (!c)
        return;
    if (m_running)
        m_pendingChapters.insert(c->id);
    else
        publish(m_validator.blockChanged(m_session->document(), c->id));
}

void ValidationController::onMetricEdited(const QString &metricId)
{
    if (m_running)
        m_pendingMetrics.insert(metricId);
    else
        publish(m_validator.metricChanged(m_session->document(), metricId));
}

void ValidationController::onMetricListReplaced()
{
    if (m_running) {
        m_pendingMetricList = true;
        return;
    }
    const auto updates = m_validator.metricsReplaced(m_session->document());
    if (m_validator.metricsMoved() && !isBlank())
        emit findingsReset(); // every later figure's rows moved: a view lays them out anew
    else
        publish(updates);
}

void ValidationController::onReviewChanged()
{
    if (m_running)
        m_pendingReview = true;
    else
        publish(m_validator.reviewChanged(m_session->document()));
}

void ValidationController::onSignatoryChanged()
{
    if (m_running)
        m_pendingSignatory = true;
    else
        publish(m_validator.signatoryChanged(m_session->document()));
}

} // namespace csr::ui
