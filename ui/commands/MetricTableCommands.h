#pragma once

#include "Document.h"

#include <QUndoCommand>
#include <memory>

namespace csr::ui {

class ReportSession;

// Undo commands that change a metric table's rows or chart. Metrics themselves are edited
// with EditMetricCommand.
namespace MetricTableCommands {

// A new metric, defined in the document and listed in the table at `row`.
std::unique_ptr<QUndoCommand> addMetric(ReportSession *session, const Block &block, int row,
                                        const Metric &metric);
// Takes the row out of the table; the metric's definition goes too unless some other table
// or paragraph still quotes it (so no reference is broken).
std::unique_ptr<QUndoCommand> removeRow(ReportSession *session, const Block &block, int row);
std::unique_ptr<QUndoCommand> moveRow(ReportSession *session, const Block &block, int row,
                                      int delta);
std::unique_ptr<QUndoCommand> setChartType(ReportSession *session, const Block &block,
                                           ChartType type);
// The one unit the table charts ("" for one chart per unit).
std::unique_ptr<QUndoCommand> setChartUnit(ReportSession *session, const Block &block,
                                           const QString &unit);

} // namespace MetricTableCommands
} // namespace csr::ui
