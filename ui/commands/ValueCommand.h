#pragma once

#include "ReportSession.h"

#include <QPointer>
#include <QUndoCommand>

namespace csr::ui {

// One step that replaces a whole value of the document (the report details, the signatory)
// through the session's apply function: redo applies `after`, undo `before`.
template <typename T, void (ReportSession::*Apply)(const T &)>
class ValueCommand : public QUndoCommand
{
public:
    ValueCommand(ReportSession *session, T before, T after, const QString &text)
        : m_session(session), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void undo() override
    {
        if (m_session)
            (m_session->*Apply)(m_before);
    }
    void redo() override
    {
        if (m_session)
            (m_session->*Apply)(m_after);
    }

private:
    QPointer<ReportSession> m_session;
    T m_before, m_after;
};

} // namespace csr::ui
