#pragma once

#include <QFontMetricsF>
#include <QList>
#include <QString>

namespace csr::print {

struct BrokenLine;

// Line breaking for text that holds a very long unbreakable run (a 100,000-character "word"
// pasted into a unit or a paragraph). QTextLayout measures the rest of such a run again for
// every line it makes, which is quadratic in the run's length: 44 s and 9.8 GB for 100,000
// characters in a table cell. This breaker is greedy and linear: it keeps Unicode's break
// opportunities (QTextBoundaryFinder, so CJK closing punctuation stays off line starts), and
// breaks a run anywhere, between grapheme clusters, when nothing else fits.
namespace LongRunBreaker {

// Runs longer than this (in UTF-16 units) go through this breaker instead of QTextLayout.
// Below it QTextLayout's cost stays small and its results are kept exactly as they were.
inline constexpr qsizetype LongRun = 200;

// Whether `text` has a stretch longer than LongRun without a line break opportunity.
bool needed(const QString &text);

// Lines of at most `width` points (the first `firstIndent` shorter); trailing spaces dropped.
QList<BrokenLine> breakLines(const QString &text, const QFontMetricsF &metrics, qreal width,
                             qreal firstIndent);

} // namespace LongRunBreaker
} // namespace csr::print
