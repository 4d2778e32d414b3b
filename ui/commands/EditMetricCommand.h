#pragma once

#include "Metric.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace csr::ui {

class ReportSession;

// One field of one metric (value, label, unit, ...). Metrics are shared by every table and
// paragraph that quotes them, so the change shows everywhere at once. Not merged: a table
// cell commits a whole value, and each committed value is a decision worth its own undo step.
class EditMetricCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::EditMetricCommand)
public:
    // `field` names what changed, for merging and for the text: "value", "label", ...
    EditMetricCommand(ReportSession *session, Metric before, Metric after, const QString &field);

    void undo() override;
    void redo() override;

    static QString describe(const QString &label, const QString &field);

private:
    QPointer<ReportSession> m_session;
    Metric m_before;
    Metric m_after;
    QString m_field;
};

} // namespace csr::ui
