#pragma once

#include "Document.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace csr::ui {

class ReportSession;

// The signatory of the public statement (name, title, date, seal image), as one step.
class SignatoryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::SignatoryCommand)
public:
    SignatoryCommand(ReportSession *session, Signatory before, Signatory after);
    void undo() override;
    void redo() override;

private:
    QPointer<ReportSession> m_session;
    Signatory m_before, m_after;
};

} // namespace csr::ui
