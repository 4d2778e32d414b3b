#pragma once

#include "Document.h"

#include <QHash>
#include <QString>
#include <optional>

namespace csr {

// What the importer makes of figures beyond reading them one by one.

// Last year's value from a comparison written right after a figure: "1184 人，同比增长 7.1%"
// (1184 / 1.071), "较上年增加 12 人" (1184 − 12), "比去年下降 3%"; `after` is the text following
// the figure's unit. Empty when there is no such phrase, or it cannot be computed (a change in
// another unit, a fall of 100 % or more).
std::optional<double> lastYearFromComparison(const QString &after, double value,
                                             const QString &unit);

// A figure quoted in several places (the prose and a table, or two paragraphs) is one metric:
// metrics with the same value, decimals and unit whose labels agree (they share a run of
// letters that is most of the shorter label; an empty label agrees with nothing) are merged
// into the first, labelled by what they share, every quote and table row then naming it. Masked
// figures are never merged (their values are unknown). Returns the ids merged away, each with
// the id that now stands for it.
QHash<QString, QString> mergeRepeatedFigures(Document &doc);

} // namespace csr
