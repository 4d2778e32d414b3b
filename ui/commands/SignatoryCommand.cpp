#include "SignatoryCommand.h"

#include "ReportSession.h"

namespace csr::ui {

SignatoryCommand::SignatoryCommand(ReportSession *session, Signatory before, Signatory after)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Change signatory"));
}

void SignatoryCommand::undo()
{
    if (m_session)
        m_session->applySignatory(m_before);
}

void SignatoryCommand::redo()
{
    if (m_session)
        m_session->applySignatory(m_after);
}

} // namespace csr::ui
