#pragma once

#include <QString>

namespace csr::ui {

class ReportSession;

// Where the open report is kept and how it is written back. The controller saves only through
// this interface, so a report that does not come from a file (a team server, a review copy)
// plugs in by giving ReportController::replaceDocument() its own store.
class ReportStore
{
public:
    virtual ~ReportStore() = default;
    // Whether the report has a place yet; Save asks for a file name when it has none.
    virtual bool hasPlace(const ReportSession &session) const = 0;
    // Someone else changed the stored report since this session read or wrote it.
    virtual bool changedElsewhere(const ReportSession &session) const = 0;
    // Writes the session's document to its place; returns the error or "".
    virtual QString save(ReportSession &session) = 0;
};

// The default store: the session's own file (ReportSession::save, atomic, change log).
class FileStore : public ReportStore
{
public:
    bool hasPlace(const ReportSession &session) const override;
    bool changedElsewhere(const ReportSession &session) const override;
    QString save(ReportSession &session) override;
};

} // namespace csr::ui
