#include "ChartNoteLines.h"

#include "ReportWording.h"

#include <algorithm>
#include <cmath>

namespace csr::print {

QStringList chartNoteOpenings()
{
    QStringList openings;
    for (const QString &language : ReportWording::languages()) {
        const QString note =
            ReportWording::builtIn(language).text(QStringLiteral("chart.notCharted"));
        const QString opening = note.left(note.indexOf(QStringLiteral("%1"))).trimmed();
        // An empty or one-character opening would drop ordinary lines: a wording that puts
        // the list first is not recognised rather than guessed.
        if (opening.size() >= 2 && !openings.contains(opening))
            openings << opening;
    }
    return openings;
}

QList<LayoutLine> withoutChartNotes(const QList<LayoutLine> &lines)
{
    static const QStringList openings = chartNoteOpenings();
    return withoutChartNotes(lines, openings);
}

QList<LayoutLine> withoutChartNotes(const QList<LayoutLine> &lines, const QStringList &openings)
{
    QList<LayoutLine> kept;
    const LayoutLine *note = nullptr; // the note's last line while it may go on
    for (const LayoutLine &line : lines) {
        if (line.cells.isEmpty())
            continue;
        const QString text = line.text().trimmed();
        const bool opens = std::any_of(openings.begin(), openings.end(),
                                       [&](const QString &o) { return text.startsWith(o); });
        bool continues = false;
        if (note && !opens) {
            // A wrapped line of the note: one run from the note's left edge, its type the same
            // height, right under it (the next paragraph or table is set further apart or in
            // larger type).
            const double height = note->bottom - note->top;
            const double lineHeight = line.bottom - line.top;
            continues = line.cells.size() == 1 &&
                        std::abs(line.cells.first().x - note->cells.first().x) < 2 &&
                        std::abs(lineHeight - height) < 0.08 * height &&
                        line.top - note->bottom < height;
        }
        if (opens || continues) {
            note = &line;
            continue;
        }
        note = nullptr;
        kept << line;
    }
    return kept;
}

} // namespace csr::print
