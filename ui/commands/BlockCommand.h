#pragma once

#include "Block.h"
#include "MetricList.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>
#include <optional>

namespace csr::ui {

class ReportSession;

// Replaces one block's content (and, for metric tables, optionally the metric list) with a
// snapshot. Blocks are small value types, so whole snapshots keep undo simple and exact.
// Commands with the same mergeKey (e.g. "row 3, column title") merge: consecutive typing in
// one field is one undo step.
class BlockCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::BlockCommand)
public:
    BlockCommand(ReportSession *session, Block before, Block after, const QString &text,
                 const QString &mergeKey = {}, int mergeId = -1);
    void setMetrics(MetricList before, MetricList after);

    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

    const Block &after() const { return m_after; }

private:
    QPointer<ReportSession> m_session;
    Block m_before;
    Block m_after;
    std::optional<MetricList> m_metricsBefore;
    std::optional<MetricList> m_metricsAfter;
    QString m_mergeKey;
    int m_mergeId;
};

} // namespace csr::ui
