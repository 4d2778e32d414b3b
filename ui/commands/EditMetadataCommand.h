#pragma once

#include "Document.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace csr::ui {

class ReportSession;

// The report details (unit, year, period, scope, standards, page budget), as one step.
class EditMetadataCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::EditMetadataCommand)
public:
    EditMetadataCommand(ReportSession *session, ReportMetadata before, ReportMetadata after);
    void undo() override;
    void redo() override;

private:
    QPointer<ReportSession> m_session;
    ReportMetadata m_before, m_after;
};

} // namespace csr::ui
