#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace Poppler {
class Page;
}

namespace csr::print {

// A printed line rebuilt from the page's word boxes: its cells are runs of words separated by a
// wide gap (a table's columns), each with where it starts on the page.
struct LayoutLine
{
    struct Cell
    {
        double x = 0;
        QString text;
        double right = 0;
        // Where each word after the first starts: its x and its offset in `text`. A table's
        // columns set close together (a column as wide as its widest text) may leave cells one
        // run; the table's other rows tell where to part them.
        QList<std::pair<double, qsizetype>> words;
    };
    QList<Cell> cells;
    double top = 0, bottom = 0; // the line's extent on the page (points, downwards)
    QString text() const;       // the cells joined by tabs
};

// The page's lines top to bottom, words joined as printed (no space between CJK characters).
QList<LayoutLine> layoutLines(const Poppler::Page &page);

// Lines with tables folded back into rows: a row whose cells wrap onto following lines (a
// fragment under a column, not at the left margin) becomes one line, cells joined by tabs,
// each cell's wrapped fragments rejoined. A run that crosses the open table's column start at
// a word is parted there. Text outside tables stays one line per printed line.
QStringList tableRows(const QList<LayoutLine> &lines);

} // namespace csr::print
