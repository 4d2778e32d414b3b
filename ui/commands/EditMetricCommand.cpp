#include "EditMetricCommand.h"

#include "ReportSession.h"

namespace csr::ui {

EditMetricCommand::EditMetricCommand(ReportSession *session, Metric before, Metric after,
                                     const QString &field)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after)), m_field(field)
{
    setText(describe(m_before.label.isEmpty() ? m_after.label : m_before.label, field));
}

QString EditMetricCommand::describe(const QString &label, const QString &field)
{
    if (field == QLatin1String("value"))
        return tr("Change %1 value").arg(label);
    if (field == QLatin1String("previousValue"))
        return tr("Change %1 last year's value").arg(label);
    if (field == QLatin1String("label"))
        return tr("Rename metric %1").arg(label);
    if (field == QLatin1String("unit"))
        return tr("Change %1 unit").arg(label);
    if (field == QLatin1String("confidential"))
        return tr("Change whether %1 is confidential").arg(label);
    if (field == QLatin1String("comparison"))
        return tr("Change how %1 compares with last year").arg(label);
    if (field == QLatin1String("source"))
        return tr("Change %1 source").arg(label);
    return tr("Change %1").arg(label);
}

void EditMetricCommand::undo()
{
    if (m_session)
        m_session->applyMetric(m_before);
}

void EditMetricCommand::redo()
{
    if (m_session)
        m_session->applyMetric(m_after);
}

} // namespace csr::ui
