#include "PdfLayoutLines.h"

#include "CjkText.h"

#include <QRegularExpression>
#include <algorithm>
#include <poppler-qt6.h>

namespace csr::print {

namespace {

// Text continued without a space between CJK characters, with one otherwise.
void append(QString &to, const QString &more)
{
    if (!to.isEmpty() && !more.isEmpty() && !(isCjk(to.back()) && isCjk(more.front())) &&
        !to.back().isSpace())
        to += QLatin1Char(' ');
    to += more;
}

// `line` with each run that crosses one of `columns` at a word's start parted there; a line
// that does not start under a column (text after the table) is left whole.
LayoutLine partedAt(const LayoutLine &line, const QList<double> &columns)
{
    if (line.cells.isEmpty() || std::none_of(columns.begin(), columns.end(), [&](double col) {
            return std::abs(col - line.cells.first().x) < 4;
        }))
        return line;
    LayoutLine out = line;
    out.cells.clear();
    for (const LayoutLine::Cell &cell : line.cells) {
        LayoutLine::Cell part{cell.x, QString(), cell.right, {}};
        qsizetype from = 0;
        for (const auto &word : cell.words) {
            // Named copies: clang 14 cannot capture a structured binding in the lambda below.
            const auto x = word.first;
            const auto offset = word.second;
            const bool columnStart = std::any_of(columns.begin(), columns.end(), [&](double col) {
                return col > part.x + 4 && std::abs(col - x) < 2;
            });
            if (!columnStart) {
                part.words.append({x, offset - from});
                continue;
            }
            part.text = cell.text.mid(from, offset - from).trimmed();
            part.right = x; // where the next column starts: as far as the run is known to go
            out.cells << part;
            part = LayoutLine::Cell{x, QString(), cell.right, {}};
            from = offset;
        }
        part.text = cell.text.mid(from).trimmed();
        out.cells << part;
    }
    return out;
}

struct Word
{
    QRectF box;
    QString text;
    bool spaceAfter = false;
};

} // namespace

QString LayoutLine::text() const
{
    QStringList parts;
    for (const Cell &c : cells)
        parts << c.text;
    return parts.join(QLatin1Char('\t'));
}

QList<LayoutLine> layoutLines(const Poppler::Page &page)
{
    QList<Word> words;
    for (const auto &box : page.textList())
        if (box && !box->text().trimmed().isEmpty())
            words << Word{box->boundingBox(), box->text(), box->hasSpaceAfter()};
    // Lines: words whose vertical centres lie within half a line height of each other.
    std::stable_sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<QList<Word>> rows;
    double rowCentre = 0, rowHeight = 0;
    for (const Word &w : words) {
        if (rows.isEmpty() ||
            std::abs(w.box.center().y() - rowCentre) > std::max(rowHeight, w.box.height()) / 2) {
            rows.append(QList<Word>());
            rowCentre = w.box.center().y();
            rowHeight = w.box.height();
        }
        rows.last() << w;
    }
    QList<LayoutLine> lines;
    for (QList<Word> &row : rows) {
        std::stable_sort(row.begin(), row.end(),
                         [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
        LayoutLine line;
        line.top = row.first().box.top();
        line.bottom = row.first().box.bottom();
        const Word *previous = nullptr;
        for (const Word &w : row) {
            const double gap = previous ? w.box.left() - previous->box.right() : 0;
            // A gap of about a character separates a table's columns: a column as wide as its
            // widest text leaves two cell paddings (a character's width at most, 0.85 of a
            // glyph box's height here) between its text and the next column's. Words in a line
            // of text stand closer (a space: a third; a list number's indent: 0.72).
            if (!previous || gap > 0.8 * std::max(w.box.height(), previous->box.height())) {
                line.cells << LayoutLine::Cell{w.box.left(), w.text, w.box.right(), {}};
            } else {
                LayoutLine::Cell &last = line.cells.last();
                QString &cell = last.text;
                // The PDF's own space is kept; a gap only spaces words that are not CJK.
                const bool cjk = isCjk(cell.back()) && isCjk(w.text.front());
                if (previous->spaceAfter || (gap > 0.25 * w.box.height() && !cjk))
                    cell += QLatin1Char(' ');
                last.words.append({w.box.left(), cell.size()});
                cell += w.text;
                last.right = w.box.right();
            }
            line.top = std::min(line.top, w.box.top());
            line.bottom = std::max(line.bottom, w.box.bottom());
            previous = &w;
        }
        lines << line;
    }
    return lines;
}

QStringList tableRows(const QList<LayoutLine> &lines)
{
    QStringList out;
    QList<double> columns; // the open table's column starts; empty outside a table
    QStringList row;       // the open row's cells
    auto flush = [&] {
        if (!row.isEmpty())
            out << row.join(QLatin1Char('\t'));
        row.clear();
    };
    auto columnOf = [&](double x) {
        qsizetype best = 0;
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (columns.at(i) <= x + 2)
                best = i;
        return best;
    };
    auto aligned = [&](const LayoutLine &line) {
        return std::all_of(line.cells.begin(), line.cells.end(), [&](const LayoutLine::Cell &c) {
            return std::any_of(columns.begin(), columns.end(),
                               [&](double col) { return std::abs(col - c.x) < 4; });
        });
    };
    const LayoutLine *previous = nullptr;
    for (const LayoutLine &printed : lines) {
        if (printed.cells.isEmpty())
            continue;
        const LayoutLine line = columns.isEmpty() ? printed : partedAt(printed, columns);
        // A first cell's wrapped text: within the first column, right under the row's last line
        // (a paragraph after the table is set further apart).
        const bool close =
            previous && line.top - previous->bottom < 0.5 * (previous->bottom - previous->top);
        previous = &printed;
        const bool firstCellWrapped = columns.size() >= 2 && line.cells.size() == 1 && close &&
                                      std::abs(line.cells.first().x - columns.first()) < 4 &&
                                      line.cells.first().right < columns.at(1);
        // A wrapped cell starts under its column, never at the table's left edge.
        // A short note in brackets under the first cell (the date's note in a timeline) too.
        static const QRegularExpression note(QStringLiteral("^[（(][^）)]{1,12}[）)]$"));
        const bool wrapped =
            !columns.isEmpty() && aligned(line) &&
            (line.cells.first().x > columns.first() + 4 ||
             (line.cells.size() == 1 && note.match(line.cells.first().text).hasMatch()) ||
             firstCellWrapped);
        if (line.cells.size() >= 2 && !wrapped) {
            // A new row; its columns start a table unless they line up with the open one's.
            flush();
            if (columns.size() < line.cells.size() || !aligned(line)) {
                columns.clear();
                for (const auto &c : line.cells)
                    columns << c.x;
            }
            for (const auto &c : line.cells) {
                while (row.size() < columnOf(c.x))
                    row << QString();
                if (row.size() > columnOf(c.x))
                    append(row.last(), c.text);
                else
                    row << c.text;
            }
        } else if (wrapped && !row.isEmpty()) {
            // A cell's text wrapped onto the next line: back into the cell it continues.
            for (const auto &c : line.cells) {
                const qsizetype col = columnOf(c.x);
                while (row.size() <= col)
                    row << QString();
                append(row[col], c.text);
            }
        } else {
            flush();
            columns.clear();
            out << line.text();
        }
    }
    flush();
    return out;
}

} // namespace csr::print
