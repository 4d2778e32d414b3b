#pragma once

#include "ReportStore.h"

namespace csr::ui {

// The store of a team report: every edit is on the server (or in the journal) as soon as it
// is made, so there is always a place, nothing to write on Save, and no one else's save to
// overwrite — others' changes arrive by themselves (TeamLink).
class TeamReportStore : public ReportStore
{
public:
    bool hasPlace(const ReportSession &) const override { return true; }
    bool changedElsewhere(const ReportSession &) const override { return false; }
    QString save(ReportSession &) override { return {}; }
};

} // namespace csr::ui
