#pragma once

#include "Document.h"
#include "Template.h"

#include <QList>
#include <QString>

namespace csr {

// Where a finding points, so the editor can jump there and the command line can say it.
struct Location
{
    QString chapterId = {};   // empty for report-level findings
    QString chapterPath = {}; // "三、主要内容 › （一）保障员工权益"
    QString blockId = {};
    QString metricId = {};
    QString field = {}; // "signatory.name", "entries[3].date", ...

    QString toString() const;
};

struct Finding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString code; // stable identifier, e.g. "required-chapter-empty", for tests and filters
    QString message;
    Location location;
};

struct ValidationOptions
{
    // A value moving more than this from last year is worth a second look.
    double yearOverYearWarningPercent = 50.0;
};

// Checks a report against the guideline and itself. `tmpl`, when given, is the frame whose
// required chapters must be present.
QList<Finding> validate(const Document &doc, const Template *tmpl = nullptr,
                        const ValidationOptions &options = {});

bool hasErrors(const QList<Finding> &findings);

} // namespace csr
