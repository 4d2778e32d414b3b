#include "BlockCommand.h"

#include "ReportSession.h"

namespace csr::ui {

BlockCommand::BlockCommand(ReportSession *session, Block before, Block after, const QString &text,
                           const QString &mergeKey, int mergeId)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey), m_mergeId(mergeKey.isEmpty() ? -1 : mergeId)
{
    setText(text);
}

void BlockCommand::setMetrics(MetricList before, MetricList after)
{
    m_metricsBefore = std::move(before);
    m_metricsAfter = std::move(after);
}

bool BlockCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const BlockCommand *>(other);
    if (!o || o->m_after.id != m_after.id || o->m_mergeKey != m_mergeKey || o->m_metricsAfter ||
        m_metricsAfter)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void BlockCommand::undo()
{
    if (!m_session)
        return;
    m_session->applyBlock(m_before);
    if (m_metricsBefore)
        m_session->applyMetrics(*m_metricsBefore);
}

void BlockCommand::redo()
{
    if (!m_session)
        return;
    if (m_metricsAfter)
        m_session->applyMetrics(*m_metricsAfter);
    m_session->applyBlock(m_after);
}

} // namespace csr::ui
