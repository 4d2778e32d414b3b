#include "MetricTableCommands.h"

#include "BlockCommand.h"
#include "References.h"
#include "ReportSession.h"

namespace csr::ui::MetricTableCommands {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::MetricTableCommands)
};

QStringList &idsOf(Block &b)
{
    return std::get<MetricTable>(b.content).metricIds;
}

// Whether anything other than `except` quotes the metric.
bool quotedElsewhere(const Document &doc, const QString &metricId, const QString &exceptBlock)
{
    bool quoted = false;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks) {
            if (const auto *t = std::get_if<MetricTable>(&b.content))
                quoted |= b.id != exceptBlock && t->metricIds.contains(metricId);
            else if (const auto *p = std::get_if<Paragraph>(&b.content))
                for (const MetricReference &r : findReferences(p->text))
                    quoted |= r.metricId == metricId;
        }
    });
    return quoted;
}
} // namespace

std::unique_ptr<QUndoCommand> addMetric(ReportSession *session, const Block &block, int row,
                                        const Metric &metric)
{
    Block after = block;
    auto &ids = idsOf(after);
    ids.insert(std::clamp<qsizetype>(row, 0, ids.size()), metric.id);
    auto cmd = std::make_unique<BlockCommand>(session, block, after, Tr::tr("Add metric"));
    MetricList metrics = session->document().metrics;
    metrics.append(metric);
    cmd->setMetrics(session->document().metrics, metrics);
    return cmd;
}

std::unique_ptr<QUndoCommand> removeRow(ReportSession *session, const Block &block, int row)
{
    Block after = block;
    auto &ids = idsOf(after);
    if (row < 0 || row >= ids.size())
        return nullptr;
    const QString id = ids.takeAt(row);
    const Document &doc = session->document();
    const Metric *m = doc.findMetric(id);
    auto cmd = std::make_unique<BlockCommand>(session, block, after,
                                              Tr::tr("Remove metric %1").arg(m ? m->label : id));
    if (m && !quotedElsewhere(doc, id, block.id)) {
        MetricList metrics = doc.metrics;
        metrics.removeIf([&](const Metric &x) { return x.id == id; });
        cmd->setMetrics(doc.metrics, metrics);
    }
    return cmd;
}

std::unique_ptr<QUndoCommand> moveRow(ReportSession *session, const Block &block, int row,
                                      int delta)
{
    Block after = block;
    auto &ids = idsOf(after);
    const int to = row + delta;
    if (row < 0 || row >= ids.size() || to < 0 || to >= ids.size())
        return nullptr;
    ids.move(row, to);
    return std::make_unique<BlockCommand>(session, block, after, Tr::tr("Move metric"));
}

std::unique_ptr<QUndoCommand> setChartType(ReportSession *session, const Block &block,
                                           ChartType type)
{
    Block after = block;
    auto &table = std::get<MetricTable>(after.content);
    if (table.chart == type)
        return nullptr;
    table.chart = type;
    return std::make_unique<BlockCommand>(session, block, after, Tr::tr("Change chart type"));
}

std::unique_ptr<QUndoCommand> setChartUnit(ReportSession *session, const Block &block,
                                           const QString &unit)
{
    Block after = block;
    auto &table = std::get<MetricTable>(after.content);
    if (table.chartUnit == unit)
        return nullptr;
    table.chartUnit = unit;
    return std::make_unique<BlockCommand>(session, block, after, Tr::tr("Change units charted"));
}

} // namespace csr::ui::MetricTableCommands
