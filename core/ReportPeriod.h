#pragma once

#include "Document.h"

#include <QDate>

namespace csr {

// The days a report covers: its period when it has a valid one, else its calendar year. Events
// outside it are left out of the printed events table and its monthly chart alike (one rule for
// both, so the chart never disagrees with the table), and the validator's warning says so.
struct ReportPeriod
{
    QDate start;
    QDate end;

    bool contains(const QDate &date) const
    {
        return date.isValid() && date >= start && date <= end;
    }
};

ReportPeriod reportPeriod(const ReportMetadata &metadata);
ReportPeriod calendarYear(int year);

// The timeline's entries the print shows: those inside the period, and those without a valid
// date (an error the validator reports; left in the table so nothing vanishes unnoticed).
Timeline entriesInPeriod(const Timeline &timeline, const ReportPeriod &period);

} // namespace csr
