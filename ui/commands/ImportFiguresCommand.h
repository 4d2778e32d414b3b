#pragma once

#include "ChangeLog.h"
#include "MetricList.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace csr::ui {

class ReportSession;

// Figures read from workbooks (File › Import Figures…), applied all at once: one undo step
// takes every one of them back, with the record of where they came from.
class ImportFiguresCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::ImportFiguresCommand)
public:
    // `imported`: the values this import gives (FigureImport's applyFigureImport).
    ImportFiguresCommand(ReportSession *session, MetricList after, const ImportedValues &imported,
                         int figures);

    void undo() override;
    void redo() override;

private:
    QPointer<ReportSession> m_session;
    MetricList m_before;
    MetricList m_after;
    ImportedValues m_importedBefore;
    ImportedValues m_importedAfter;
};

} // namespace csr::ui
