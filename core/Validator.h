#pragma once

#include "Document.h"
#include "Location.h"
#include "Template.h"

#include <QList>
#include <QString>

namespace csr {

struct Finding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString code; // stable identifier, e.g. "required-chapter-empty", for tests and filters
    QString message;
    Location location;
    bool operator==(const Finding &) const = default;
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

// The parts validate() is made of, in its order, for revalidating only what an edit can affect
// (IncrementalValidator): validate() is reportFindings, metricFindings of each metric, the
// chapterFindings of each chapter depth first, closingFindings, then plausibilityFindings of each
// metric.
QList<Finding> reportFindings(const Document &doc);
QList<Finding> metricFindings(const Metric &metric, const ValidationOptions &options = {});
// One chapter's own findings and its blocks' (not its sub-chapters'); `hasSignature` is set when
// one of its blocks is the signature block.
QList<Finding> chapterFindings(const Document &doc, const ChapterVisit &visit, bool &hasSignature);
// What only the whole report can tell: whether any chapter holds the signature block, and the
// template's required chapters.
QList<Finding> closingFindings(const Document &doc, const Template *tmpl, bool hasSignature);
// Whether a figure moved beyond its tolerance without an explanation. It depends on the figure,
// the review record's tolerances and explanations, and the tables listing the figure.
QList<Finding> plausibilityFindings(const Document &doc, const Metric &metric);

} // namespace csr
