#pragma once

#include "Document.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace csr {

// A figure that moved more from last year than its tolerance allows. Such a figure is not
// wrong, but a reviewer must see why it moved: it needs an explanation note
// (ReviewRecord::explanations) before the chapter showing it can be approved.
struct ImplausibleFigure
{
    QString metricId;
    double change = 0;    // per cent, or percentage points when `points`; inf from zero
    bool points = false;  // a rate (unit "%"): compared in percentage points
    double tolerance = 0; // in the same unit as `change`
    bool explained = false;
};

// Rates compare in percentage points: a satisfaction rate going from 90 % to 95 % moved five
// points, not 5.6 per cent. The metric's own comparison, else its unit (comparesInPoints).
bool isRate(const Metric &metric);

// The tolerance that applies: the metric's own, else the smallest one of the tables showing
// it, else the report's default for its kind.
double toleranceFor(const Document &doc, const Metric &metric);

// The figure's check, or empty when it stays inside its tolerance or cannot be compared
// (no value this year or last).
std::optional<ImplausibleFigure> checkPlausibility(const Document &doc, const Metric &metric);

// Every figure beyond its tolerance, in the order of the metrics.
QList<ImplausibleFigure> implausibleFigures(const Document &doc);

// The metrics a chapter shows itself (its tables and {{references}}, not its sub-chapters').
QStringList metricsShownIn(const Chapter &chapter);
QStringList metricsShownIn(const Block &block);

// Ids of the figures in this chapter that are beyond tolerance and not explained.
QStringList unexplainedFiguresIn(const Document &doc, const Chapter &chapter);

// "+45.0%" or "+12.0 pp" (percentage points), for messages.
QString formatChange(const ImplausibleFigure &figure);

} // namespace csr
