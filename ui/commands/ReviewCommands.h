#pragma once

#include "Document.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QUndoCommand>

namespace csr::ui {

class ReportSession;

// One review step made undoable: a submit, approve or return, a comment, a reply, a resolve,
// an explanation, an evidence file. The step itself is taken by core (ReviewWorkflow, on a copy of
// the session's document); this command swaps the review record, the chapter statuses and the
// evidence files before and after.
class ReviewCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::ReviewCommand)
public:
    ReviewCommand(ReportSession *session, const Document &after, const QString &text);

    void undo() override;
    void redo() override;

    static QHash<QString, ChapterStatus> statuses(const Document &doc);

private:
    QPointer<ReportSession> m_session;
    ReviewRecord m_beforeReview, m_afterReview;
    QHash<QString, ChapterStatus> m_beforeStatuses, m_afterStatuses;
    QList<Evidence> m_beforeEvidence, m_afterEvidence;
};

} // namespace csr::ui
