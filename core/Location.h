#pragma once

#include <QString>

namespace csr {

// Where a finding or an import decision points, so the editor can jump there and the command
// line can say it.
struct Location
{
    QString chapterId = {};   // empty for report-level findings
    QString chapterPath = {}; // "三、主要内容 › （一）保障员工权益"
    QString blockId = {};
    QString metricId = {};
    QString field = {}; // "signatory.name", "entries[3].date", ...

    QString toString() const;
    bool operator==(const Location &) const = default;
};

} // namespace csr
