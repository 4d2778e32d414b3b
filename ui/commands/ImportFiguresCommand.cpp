#include "ImportFiguresCommand.h"

#include "ReportSession.h"

namespace csr::ui {

ImportFiguresCommand::ImportFiguresCommand(ReportSession *session, MetricList after,
                                           const ImportedValues &imported, int figures)
    : m_session(session), m_before(session->document().metrics), m_after(std::move(after)),
      m_importedBefore(session->importedValues()), m_importedAfter(session->importedValues())
{
    // A later import of the same figure names its own workbook.
    for (auto it = imported.begin(); it != imported.end(); ++it)
        m_importedAfter.insert(it.key(), it.value());
    setText(tr("Import %n figure(s)", nullptr, figures));
}

void ImportFiguresCommand::undo()
{
    if (m_session)
        m_session->applyImportedFigures(m_before, m_importedBefore);
}

void ImportFiguresCommand::redo()
{
    if (m_session)
        m_session->applyImportedFigures(m_after, m_importedAfter);
}

} // namespace csr::ui
