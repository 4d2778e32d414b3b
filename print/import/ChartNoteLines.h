#pragma once

#include "PdfLayoutLines.h"

#include <QList>
#include <QStringList>

namespace csr::print {

// The note this application prints under a table's charts ("未绘制：…" / "Not charted: …",
// the wording's chart.notCharted in each report language) says what no chart shows; it is not
// the report's text. The note's lines, and the lines it wraps onto (set close under it in the
// same small type, from the same left edge), are left out.
QList<LayoutLine> withoutChartNotes(const QList<LayoutLine> &lines);

// The same with the notes' openings given (for tests): "未绘制：", "Not charted: ".
QList<LayoutLine> withoutChartNotes(const QList<LayoutLine> &lines, const QStringList &openings);

// The openings of chart.notCharted in the built-in wording of every report language.
QStringList chartNoteOpenings();

} // namespace csr::print
