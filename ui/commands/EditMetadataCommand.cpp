#include "EditMetadataCommand.h"

#include "ReportSession.h"

namespace csr::ui {

EditMetadataCommand::EditMetadataCommand(ReportSession *session, ReportMetadata before,
                                         ReportMetadata after)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Change report details"));
}

void EditMetadataCommand::undo()
{
    if (m_session)
        m_session->applyMetadata(m_before);
}

void EditMetadataCommand::redo()
{
    if (m_session)
        m_session->applyMetadata(m_after);
}

} // namespace csr::ui
