#pragma once

#include "ChangeLog.h"
#include "Document.h"
#include "SheetData.h"

#include <QList>
#include <QString>
#include <optional>

namespace csr {

// A number as people type it into a cell: "1184", "-3.5", "1,184.5", full-width digits;
// empty for anything else ("1,18 4", "12 人", "约 300").
std::optional<double> parseFigure(const QString &text);

// Something the import found, at its place in a workbook: "员工!D7: "1,18 4" is not a number".
struct ImportProblem
{
    enum class Severity {
        Error,   // blocks the whole import
        Warning, // applied, but worth a look (a figure far from last year's)
        Confirm, // a row matched by label and unit: applied only when confirmed
    };
    Severity severity = Severity::Error;
    QString workbook; // "hr.xlsx"
    QString sheet;
    QString cell; // "D7"; empty for the whole workbook
    QString message;

    QString place() const; // "员工!D7", "员工", or ""
    QString text() const;  // "员工!D7: message"
};

// One figure the workbooks change.
struct FigureUpdate
{
    QString metricId;
    QString label;
    QString unit;
    std::optional<double> before;
    std::optional<double> after;
    QString sourceBefore;
    QString sourceAfter;
    std::optional<double> lastYear;
    QString workbook;
    QString sheet;
    QString cell;
    bool byLabel = false; // matched by label and unit, not by id: needs a confirmation
    QString warning;      // e.g. implausible against last year
    // The year the figure is of: 0 (the value column) or the report's year for this year's
    // value; an earlier year for last year's value or the history's (a year column).
    int year = 0;

    bool valueChanges() const { return before != after; }
    QString place() const { return sheet + QLatin1Char('!') + cell; }
    bool isPastYear(int reportYear) const { return year != 0 && year != reportYear; }
    // "全口径员工", or "全口径员工 (2021)" for a past year's value.
    QString title(int reportYear) const;
    // The change log's field: "value", "previousValue" or "history.2021".
    QString field(int reportYear) const;
};

struct ImportPlan
{
    QList<FigureUpdate> updates; // in the order of the workbooks' rows
    QList<ImportProblem> problems;

    bool blocked() const; // an error: nothing may be applied
    int errorCount() const;
    int confirmationCount() const; // figures matched by label
};

// Reads the workbooks' figure sheets against the report: each sheet with a header row naming
// an id or label column and a value column or year columns ("2021", "2021年", a number 2021);
// rows matched by metric id, else by label and unit. A year column fills that year's value:
// the report's year is the value, the year before it last year's, older years the history.
// Checks each filled value (a number, the unit unchanged, plausible against last year by the
// review's rule) and reports problems by place. Unreadable workbooks are errors of their own.
ImportPlan planFigureImport(const Document &doc, const QList<Workbook> &workbooks);

// Applies the plan's updates to `doc` (label matches only when `acceptLabelMatches`), all at
// once; returns what the change log should name as their source (keyed by `importedKey`).
// Does nothing when blocked.
ImportedValues applyFigureImport(Document &doc, const ImportPlan &plan, bool acceptLabelMatches);

// Whether an update is applied under that choice.
inline bool isApplied(const FigureUpdate &u, bool acceptLabelMatches)
{
    return !u.byLabel || acceptLabelMatches;
}

} // namespace csr
