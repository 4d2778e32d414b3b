// BlockLayouter's tables and charts: printed tables with column widths from their content, the
// metric tables with their charts (one per unit, and a note naming what no chart shows), and
// the timelines with their monthly chart.
#include "BlockLayouter.h"

#include "Caption.h"
#include "ChartGeometry.h"
#include "ColumnWidths.h"
#include "FigureWording.h"
#include "PrintedText.h"
#include "ReportPeriod.h"

namespace csr::print {

namespace {
constexpr qreal NoteLineHeight = 16;
} // namespace

QList<qreal> BlockLayouter::columnEdges(const QList<TableColumn> &columns,
                                        const QList<QStringList> &rows, CellWidths &measured) const
{
    // Each column's widest text on one line, header included (a header is never wrapped when
    // there is room either). Measuring is linear in the text, so a hostile cell costs no more.
    measured = CellWidths(rows.size() + 1, QList<qreal>(columns.size(), 0));
    QList<qreal> natural, shares;
    for (int c = 0; c < columns.size(); ++c) {
        qreal widest = measured[0][c] = m_breaker.width(columns[c].header, TextStyle::TableHeader);
        for (int r = 0; r < rows.size(); ++r) {
            measured[r + 1][c] = m_breaker.width(rows[r].value(c), TextStyle::TableCell);
            widest = std::max(widest, measured[r + 1][c]);
        }
        natural << widest + 2 * m_style.table.cellPadX +
                       1; // a point of slack: measured width is not exact
        shares << columns[c].share;
    }
    const QList<qreal> widths = columnWidths(natural, shares, m_content.width());
    QList<qreal> xs{m_content.left()};
    for (const qreal w : widths)
        xs.append(xs.back() + w);
    xs.back() = m_content.right(); // no rounding gap at the table's right edge
    return xs;
}

QList<FlowUnit> BlockLayouter::table(const QString &title, const QList<TableColumn> &columns,
                                     const QList<QStringList> &rows)
{
    QList<FlowUnit> units;
    const int group = m_nextGroup++;
    const TableLook &look = m_style.table;
    const StyleColors &colors = m_style.colors;
    if (!title.isEmpty()) {
        FlowUnit t;
        t.kind = UnitKind::TableTitle;
        t.spaceBefore = look.spaceBefore;
        t.keepWithNext = true;
        t.height = look.titleHeight;
        TextRun r = run(title, TextStyle::TableTitle, m_content.left(),
                        baseline(TextStyle::TableTitle, look.titleHeight));
        r.baseline.setX(m_content.center().x() - r.width / 2);
        r.color = colors.heading;
        t.primitives.append(r);
        units.append(t);
    }
    CellWidths measured;
    const QList<qreal> xs = columnEdges(columns, rows, measured);

    int rowIndex = 0;
    auto makeRow = [&](const QStringList &cells, bool header) {
        const QList<qreal> &widths = measured[header ? 0 : rowIndex + 1];
        FlowUnit u;
        u.kind = header ? UnitKind::TableHeader : UnitKind::TableRow;
        u.group = group;
        u.keepWithNext = header;
        const TextStyle style = header ? TextStyle::TableHeader : TextStyle::TableCell;
        QList<QList<BrokenLine>> wrapped;
        int maxLines = 1;
        for (int c = 0; c < columns.size(); ++c) {
            const qreal w = xs[c + 1] - xs[c] - 2 * look.cellPadX;
            // Most cells fit on their line: measured once, not laid out again.
            if (auto line = m_breaker.oneLine(cells.value(c), widths[c], w))
                wrapped.append({*line});
            else
                wrapped.append(m_breaker.breakLines(cells.value(c), style, w));
            maxLines = std::max<int>(maxLines, wrapped.back().size());
        }
        u.height = maxLines * look.cellLineHeight + 2 * look.cellPadY;
        // Zebra stripes count the body rows: the first is plain, the second filled.
        const QColor fill = header                  ? colors.tableHeaderFill
                            : (rowIndex++ % 2 == 1) ? colors.zebra
                                                    : QColor(Qt::transparent);
        for (int c = 0; c < columns.size(); ++c) {
            const QRectF cell(xs[c], 0, xs[c + 1] - xs[c], u.height);
            u.primitives.append(Box{cell, fill, look.ruleWidth > 0 ? colors.rule : Qt::transparent,
                                    look.ruleWidth});
            for (int l = 0; l < wrapped[c].size(); ++l) {
                const BrokenLine &line = wrapped[c][l];
                qreal x = cell.left() + look.cellPadX;
                if (header)
                    x = cell.center().x() - line.width / 2;
                else if (columns[c].alignRight)
                    x = cell.right() - look.cellPadX - line.width;
                TextRun r;
                r.baseline = QPointF(x, look.cellPadY + l * look.cellLineHeight +
                                            baseline(style, look.cellLineHeight));
                r.text = line.text;
                r.style = style;
                r.width = line.width;
                r.color = header ? colors.tableHeaderText : colors.body;
                u.primitives.append(r);
            }
        }
        return u;
    };

    QStringList headers;
    for (const TableColumn &c : columns)
        headers << c.header;
    FlowUnit header = makeRow(headers, true);
    if (title.isEmpty())
        header.spaceBefore = look.spaceBefore;
    units.append(header);
    for (const QStringList &row : rows)
        units.append(makeRow(row, false));
    // As with a paragraph's lines: the header never goes with fewer than two rows, and the last
    // two rows go together, so neither end of a table is left as a single row on a page.
    const qsizetype firstRow = units.size() - rows.size();
    if (rows.size() >= 2) {
        units[firstRow].keepWithNext = true;
        units[units.size() - 2].keepWithNext = true;
    }
    return units;
}

FlowUnit BlockLayouter::chart(const ChartData &data) const
{
    FlowUnit u;
    u.kind = UnitKind::Chart;
    u.spaceBefore = 8;
    u.height = chartHeight(data);
    const qreal width = std::min<qreal>(m_content.width(), data.type == ChartType::Pie ? 360 : 420);
    u.primitives.append(
        ChartBox{QRectF(m_content.center().x() - width / 2, 0, width, u.height), data});
    return u;
}

FlowUnit BlockLayouter::chartPair(const QList<ChartData> &pair) const
{
    constexpr qreal Gap = 12;
    FlowUnit u;
    u.kind = UnitKind::Chart;
    u.spaceBefore = 8;
    const qreal width = (m_content.width() - Gap) / 2;
    QList<ChartData> half = pair;
    for (ChartData &c : half) {
        c.halfWidth = true;
        u.height = std::max(u.height, chartHeight(c));
    }
    for (qsizetype i = 0; i < half.size(); ++i) {
        // A lone last chart is centred under the pair above it.
        const qreal left = pair.size() == 1 ? m_content.center().x() - width / 2
                                            : m_content.left() + i * (width + Gap);
        u.primitives.append(ChartBox{QRectF(left, 0, width, u.height), half[i]});
    }
    return u;
}

QList<FlowUnit> BlockLayouter::chartNote(const QString &text) const
{
    QList<FlowUnit> units = lines(text, TextStyle::Caption, m_content.left(), m_content.width(), 0,
                                  NoteLineHeight, false);
    for (FlowUnit &u : units)
        for (Primitive &p : u.primitives)
            if (auto *r = std::get_if<TextRun>(&p))
                r->color = m_style.colors.muted;
    if (!units.isEmpty())
        units.first().spaceBefore = 2;
    return units;
}

// A table's charts follow it: its last row keeps with the first chart (a chart never starts a
// page after its table), and the last chart with the note naming what no chart shows.
void BlockLayouter::appendCharts(QList<FlowUnit> &units, const QList<ChartData> &charts,
                                 const QString &note) const
{
    if (charts.isEmpty() && note.isEmpty())
        return;
    if (!units.isEmpty())
        units.back().keepWithNext = true;
    if (charts.size() == 1) {
        units.append(chart(charts.first()));
    } else {
        // Several units' charts are small multiples, two side by side.
        for (qsizetype i = 0; i < charts.size(); i += 2)
            units.append(chartPair(charts.mid(i, 2)));
    }
    if (!note.isEmpty()) {
        if (!charts.isEmpty())
            units.back().keepWithNext = true;
        units += chartNote(note);
    }
}

QList<FlowUnit> BlockLayouter::metricTable(const MetricTable &t, const QString &chapterTitle)
{
    const int year = m_doc.metadata.year;
    // A column for each earlier year the report shows (its yearColumns), when some metric has a
    // value for that year; the change from last year whenever one has last year's. Decided on
    // every metric, masked or not, so both editions print the same columns and the public one
    // betrays nothing.
    auto anyValueIn = [&](int y) {
        return std::any_of(t.metricIds.begin(), t.metricIds.end(), [&](const QString &id) {
            const Metric *m = m_doc.findMetric(id);
            return m && valueInYear(*m, year, y);
        });
    };
    const int shown = std::clamp(m_doc.metadata.yearColumns, int(ReportMetadata::MinYearColumns),
                                 int(ReportMetadata::MaxYearColumns));
    QList<int> earlier;
    for (int k = 1; k < shown; ++k)
        if (anyValueIn(year - k))
            earlier << year - k;
    const bool change = anyValueIn(year - 1);
    const ReportWording &w = m_wording;
    QList<TableColumn> columns{{w.text(QStringLiteral("table.indicator")), 3.2, false},
                               {w.text(QStringLiteral("table.year")).arg(year), 1.5, true},
                               {w.text(QStringLiteral("table.unit")), 1.0, false}};
    for (const int y : earlier)
        columns += {w.text(QStringLiteral("table.year")).arg(y), 1.5, true};
    if (change)
        columns += {w.text(QStringLiteral("table.change")), 1.2, true};
    QList<QStringList> rows;
    for (const QString &id : t.metricIds) {
        const Metric *m = m_doc.findMetric(id);
        if (!m)
            continue;
        QStringList row{m->label, PrintedText::value(*m, m_edition, w), m->unit};
        const bool masked = isMasked(*m, m_edition);
        for (const int y : earlier) {
            const auto v = valueInYear(*m, year, y);
            row << (masked ? QStringLiteral("**")
                    : v    ? w.number(formatNumber(*v, m->decimals))
                           : QString());
        }
        if (change) {
            // A rate compares in percentage points ("+1.6 个百分点" / "+1.6 pp").
            const auto delta = yearOverYear(*m);
            row << (masked                 ? QStringLiteral("**")
                    : !delta               ? QString()
                    : comparesInPoints(*m) ? w.pointsChange(*delta)
                                           : w.percentChange(*delta));
        }
        rows.append(row);
    }
    QList<FlowUnit> units = table(captionUnder(t.title, chapterTitle), columns, rows);
    if (t.chart == ChartType::None)
        return units;
    const TableCharts charts = chartsForTable(m_doc, t, m_edition);
    QList<ChartData> drawn;
    for (const ChartData &c : charts.charts)
        if (!c.isEmpty())
            drawn << c;
    appendCharts(units, drawn, FigureWording::notCharted(charts.leftOut, m_wording));
    return units;
}

QList<FlowUnit> BlockLayouter::timeline(const Timeline &t, const QString &chapterTitle)
{
    // Events outside the report's period are left out of the table and the chart alike (the
    // validator warns about each), so the two never disagree.
    const ReportPeriod period = reportPeriod(m_doc.metadata);
    Timeline sorted = entriesInPeriod(t, period);
    sortTimeline(sorted);
    const bool outlets = std::any_of(sorted.entries.begin(), sorted.entries.end(),
                                     [](const TimelineEntry &e) { return !e.outlet.isEmpty(); });
    // The date column fits "2023年12月20日" on one line.
    const ReportWording &w = m_wording;
    QList<TableColumn> columns{
        {w.text(QStringLiteral("timeline.date")), 1.6, false},
        {w.text(QStringLiteral("timeline.event")), outlets ? 4.0 : 5.45, false}};
    if (outlets)
        columns.append({w.text(QStringLiteral("timeline.outlet")), 1.45, false});
    QList<QStringList> rows;
    for (const TimelineEntry &e : sorted.entries) {
        QString date = w.date(e.date);
        if (!e.note.isEmpty())
            date = w.format(QStringLiteral("timeline.dateNote"), {date, e.note});
        QStringList row{date, PrintedText::resolve(e.title, m_doc, m_edition, w)};
        if (outlets)
            row << e.outlet;
        rows.append(row);
    }
    if (rows.isEmpty())
        return {};
    QList<FlowUnit> units = table(captionUnder(sorted.title, chapterTitle), columns, rows);
    if (sorted.showChart) {
        ChartData data = chartForTimeline(sorted, period);
        data.title = w.text(QStringLiteral("chart.eventsPerMonth")).arg(sorted.title);
        data.unit.clear();                // said in the title
        if (data.categories.size() == 12) // January to December
            for (int month = 1; month <= 12; ++month)
                data.categories[month - 1] = w.chartMonth(month);
        appendCharts(units, {data}, {});
    }
    return units;
}

} // namespace csr::print
