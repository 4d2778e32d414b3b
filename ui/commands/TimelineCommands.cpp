#include "TimelineCommands.h"

#include "BlockCommand.h"
#include "CommandIds.h"

#include <QVariant>

namespace csr::ui::TimelineCommands {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::TimelineCommands)
};

Timeline &timelineOf(Block &b)
{
    return std::get<Timeline>(b.content);
}
} // namespace

std::unique_ptr<QUndoCommand> addEvent(ReportSession *session, const Block &block,
                                       const TimelineEntry &entry)
{
    Block after = block;
    timelineOf(after).entries.append(entry);
    sortTimeline(timelineOf(after));
    return std::make_unique<BlockCommand>(session, block, after, Tr::tr("Add event"));
}

std::unique_ptr<QUndoCommand> removeEvent(ReportSession *session, const Block &block, int row)
{
    Block after = block;
    auto &entries = timelineOf(after).entries;
    if (row < 0 || row >= entries.size())
        return nullptr;
    const QString title = entries.at(row).title;
    entries.removeAt(row);
    return std::make_unique<BlockCommand>(session, block, after,
                                          Tr::tr("Remove event \"%1\"").arg(title));
}

std::unique_ptr<QUndoCommand> editEvent(ReportSession *session, const Block &block, int row,
                                        Field field, const QVariant &value)
{
    Block after = block;
    auto &entries = timelineOf(after).entries;
    if (row < 0 || row >= entries.size())
        return nullptr;
    TimelineEntry &e = entries[row];
    QString text;
    switch (field) {
    case Field::Date:
        e.date = value.toDate();
        text = Tr::tr("Change date of event \"%1\"").arg(e.title);
        break;
    case Field::Category:
        e.category = value.toString();
        text = Tr::tr("Change category of event \"%1\"").arg(e.title);
        break;
    case Field::Title:
        text = Tr::tr("Rename event \"%1\"").arg(e.title);
        e.title = value.toString();
        break;
    case Field::Outlet:
        e.outlet = value.toString();
        text = Tr::tr("Change outlet of event \"%1\"").arg(e.title);
        break;
    case Field::Note:
        e.note = value.toString();
        text = Tr::tr("Change note of event \"%1\"").arg(e.title);
        break;
    }
    if (after == block)
        return nullptr;
    if (field == Field::Date)
        sortTimeline(timelineOf(after));
    return std::make_unique<BlockCommand>(session, block, after, text);
}

} // namespace csr::ui::TimelineCommands
