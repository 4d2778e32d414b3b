#include "ReportPeriod.h"

namespace csr {

ReportPeriod calendarYear(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

ReportPeriod reportPeriod(const ReportMetadata &metadata)
{
    if (metadata.periodStart.isValid() && metadata.periodEnd.isValid() &&
        metadata.periodStart <= metadata.periodEnd)
        return {metadata.periodStart, metadata.periodEnd};
    return calendarYear(metadata.year);
}

Timeline entriesInPeriod(const Timeline &timeline, const ReportPeriod &period)
{
    Timeline out = timeline;
    out.entries.clear();
    for (const TimelineEntry &e : timeline.entries)
        if (!e.date.isValid() || period.contains(e.date))
            out.entries.append(e);
    return out;
}

} // namespace csr
