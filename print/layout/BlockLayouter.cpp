#include "BlockLayouter.h"

#include "ChartGeometry.h"
#include "PrintedText.h"

namespace csr::print {

namespace {
const QColor HeadingColor(0x1f, 0x3a, 0x5f);
const QColor RuleColor(0x8a, 0x9b, 0xae);
const QColor HeaderFill(0xe6, 0xed, 0xf5);
constexpr qreal CellPadX = 5;
constexpr qreal CellPadY = 4;
constexpr qreal CellLineHeight = 15;

QString captionUnder(const QString &title, const QString &chapterTitle)
{
    return title.trimmed() == chapterTitle.trimmed() ? QString() : title;
}
} // namespace

qreal baselineIn(TextStyle style, qreal lineHeight)
{
    const TextMetrics m = textMetrics(style);
    return (lineHeight - m.ascent - m.descent) / 2 + m.ascent;
}

BlockLayouter::BlockLayouter(const Document &doc, Edition edition, const QString &family,
                             const PageGeometry &geometry)
    : m_doc(doc), m_edition(edition), m_family(family), m_geometry(geometry),
      m_content(geometry.content()), m_breaker(family)
{
}

QString BlockLayouter::formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return tr("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

TextRun BlockLayouter::run(const QString &text, TextStyle style, qreal x, qreal baseline) const
{
    TextRun r;
    r.baseline = QPointF(x, baseline);
    r.text = text;
    r.style = style;
    r.width = m_breaker.width(text, style);
    return r;
}

QList<FlowUnit> BlockLayouter::lines(const QString &text, TextStyle style, qreal x, qreal width,
                                     qreal firstIndent, qreal lineHeight, bool justify) const
{
    QList<FlowUnit> units;
    const auto broken = m_breaker.breakLines(text, style, width, firstIndent, justify);
    for (int i = 0; i < broken.size(); ++i) {
        FlowUnit u;
        u.kind = UnitKind::Line;
        u.height = lineHeight;
        TextRun r;
        r.baseline = QPointF(x + (i == 0 ? firstIndent : 0), baselineIn(style, lineHeight));
        r.text = broken[i].text;
        r.style = style;
        r.letterSpacing = broken[i].letterSpacing;
        r.width = broken[i].width;
        u.primitives.append(r);
        units.append(u);
    }
    // No orphan (a first line alone at a page bottom) and no widow (a last line alone on top).
    if (units.size() >= 2) {
        units.first().keepWithNext = true;
        units[units.size() - 2].keepWithNext = true;
    }
    return units;
}

QList<FlowUnit> BlockLayouter::heading(const QString &text, int depth, const QString &chapterId,
                                       bool newPage) const
{
    static const TextStyle styles[] = {TextStyle::Heading1, TextStyle::Heading2,
                                       TextStyle::Heading3, TextStyle::Heading4};
    const TextStyle style = styles[std::clamp(depth, 0, 3)];
    const qreal lineHeight = pointSize(style) * 1.6;
    FlowUnit u;
    u.kind = UnitKind::Heading;
    u.chapterId = chapterId;
    u.breakBefore = newPage;
    u.keepWithNext = true;
    u.spaceBefore = depth == 0 ? 0 : (depth == 1 ? 16 : 8);
    const auto broken = m_breaker.breakLines(text, style, m_content.width());
    qreal y = 0;
    for (const BrokenLine &l : broken) {
        TextRun r = run(l.text, style, m_content.left(), y + baselineIn(style, lineHeight));
        r.color = HeadingColor;
        u.primitives.append(r);
        y += lineHeight;
    }
    if (depth == 0) {
        y += 4;
        u.primitives.append(
            Rule{QLineF(m_content.left(), y, m_content.right(), y), 1.0, HeadingColor});
        y += 12;
    } else {
        y += 2;
    }
    u.height = y;
    return {u};
}

QList<FlowUnit> BlockLayouter::paragraph(const QString &text, bool indent) const
{
    const QString resolved = PrintedText::resolve(text, m_doc, m_edition);
    QList<FlowUnit> units;
    // A blank line in the text separates paragraphs, as the editor shows it.
    const QStringList paragraphs = resolved.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs) {
        const QString trimmed = p.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qreal em = pointSize(TextStyle::Body);
        auto more = lines(trimmed, TextStyle::Body, m_content.left(), m_content.width(),
                          indent ? 2 * em : 0, BodyLineHeight, true);
        if (!more.isEmpty())
            more.first().spaceBefore = ParagraphSpacing;
        units += more;
    }
    return units;
}

QList<FlowUnit> BlockLayouter::labelled(const QString &label, const QString &text) const
{
    const qreal labelWidth = m_breaker.width(label, TextStyle::BodyBold);
    auto units = lines(text, TextStyle::Body, m_content.left() + labelWidth,
                       m_content.width() - labelWidth, 0, BodyLineHeight, true);
    if (units.isEmpty())
        return units;
    units.first().primitives.prepend(run(label, TextStyle::BodyBold, m_content.left(),
                                         baselineIn(TextStyle::Body, BodyLineHeight)));
    units.first().spaceBefore = ParagraphSpacing;
    return units;
}

QList<FlowUnit> BlockLayouter::block(const Block &b, const QString &chapterTitle)
{
    if (b.isEmpty())
        return {};
    struct Visitor
    {
        BlockLayouter &self;
        const QString &chapterTitle;
        QList<FlowUnit> operator()(const Paragraph &p) const { return self.paragraph(p.text); }
        QList<FlowUnit> operator()(const MetricTable &t) const
        {
            return self.metricTable(t, chapterTitle);
        }
        QList<FlowUnit> operator()(const Timeline &t) const
        {
            return self.timeline(t, chapterTitle);
        }
        QList<FlowUnit> operator()(const ItemList &l) const
        {
            return self.itemList(l, chapterTitle);
        }
        QList<FlowUnit> operator()(const SignatureBlock &) const { return self.signature(); }
    };
    return std::visit(Visitor{*this, chapterTitle}, b.content);
}

QList<FlowUnit> BlockLayouter::table(const QString &title, const QList<TableColumn> &columns,
                                     const QList<QStringList> &rows)
{
    QList<FlowUnit> units;
    const int group = m_nextGroup++;
    if (!title.isEmpty()) {
        FlowUnit t;
        t.kind = UnitKind::TableTitle;
        t.spaceBefore = 10;
        t.keepWithNext = true;
        t.height = 24;
        TextRun r = run(title, TextStyle::TableTitle, m_content.left(),
                        baselineIn(TextStyle::TableTitle, 24));
        r.baseline.setX(m_content.center().x() - r.width / 2);
        r.color = HeadingColor;
        t.primitives.append(r);
        units.append(t);
    }
    qreal total = 0;
    for (const TableColumn &c : columns)
        total += c.share;
    QList<qreal> xs{m_content.left()};
    for (const TableColumn &c : columns)
        xs.append(xs.back() + m_content.width() * c.share / total);

    auto makeRow = [&](const QStringList &cells, bool header) {
        FlowUnit u;
        u.kind = header ? UnitKind::TableHeader : UnitKind::TableRow;
        u.group = group;
        u.keepWithNext = header;
        const TextStyle style = header ? TextStyle::TableHeader : TextStyle::TableCell;
        QList<QList<BrokenLine>> wrapped;
        int maxLines = 1;
        for (int c = 0; c < columns.size(); ++c) {
            const qreal w = xs[c + 1] - xs[c] - 2 * CellPadX;
            wrapped.append(m_breaker.breakLines(cells.value(c), style, w));
            maxLines = std::max<int>(maxLines, wrapped.back().size());
        }
        u.height = maxLines * CellLineHeight + 2 * CellPadY;
        for (int c = 0; c < columns.size(); ++c) {
            const QRectF cell(xs[c], 0, xs[c + 1] - xs[c], u.height);
            u.primitives.append(
                Box{cell, header ? HeaderFill : QColor(Qt::transparent), RuleColor, 0.5});
            for (int l = 0; l < wrapped[c].size(); ++l) {
                const BrokenLine &line = wrapped[c][l];
                qreal x = cell.left() + CellPadX;
                if (header)
                    x = cell.center().x() - line.width / 2;
                else if (columns[c].alignRight)
                    x = cell.right() - CellPadX - line.width;
                TextRun r;
                r.baseline =
                    QPointF(x, CellPadY + l * CellLineHeight + baselineIn(style, CellLineHeight));
                r.text = line.text;
                r.style = style;
                r.width = line.width;
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
        header.spaceBefore = 10;
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

FlowUnit BlockLayouter::space(qreal height) const
{
    FlowUnit u;
    u.kind = UnitKind::Space;
    u.height = height;
    return u;
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
    QList<TableColumn> columns{
        {tr("指标"), 3.2, false}, {tr("%1年").arg(year), 1.5, true}, {tr("单位"), 1.0, false}};
    for (const int y : earlier)
        columns += {tr("%1年").arg(y), 1.5, true};
    if (change)
        columns += {tr("同比"), 1.2, true};
    QList<QStringList> rows;
    for (const QString &id : t.metricIds) {
        const Metric *m = m_doc.findMetric(id);
        if (!m)
            continue;
        QStringList row{m->label, PrintedText::value(*m, m_edition), m->unit};
        const bool masked = isMasked(*m, m_edition);
        for (const int y : earlier) {
            const auto v = valueInYear(*m, year, y);
            row << (masked ? QStringLiteral("**") : v ? formatNumber(*v, m->decimals) : QString());
        }
        if (change)
            row << formatYearOverYear(*m, m_edition);
        rows.append(row);
    }
    QList<FlowUnit> units = table(captionUnder(t.title, chapterTitle), columns, rows);
    const ChartData data = chartForTable(m_doc, t, m_edition);
    if (data.type != ChartType::None && !data.isEmpty())
        units.append(chart(data));
    return units;
}

QList<FlowUnit> BlockLayouter::timeline(const Timeline &t, const QString &chapterTitle)
{
    Timeline sorted = t;
    sortTimeline(sorted);
    const bool outlets = std::any_of(sorted.entries.begin(), sorted.entries.end(),
                                     [](const TimelineEntry &e) { return !e.outlet.isEmpty(); });
    // The date column fits "2023年12月20日" on one line.
    QList<TableColumn> columns{{tr("日期"), 1.6, false}, {tr("事项"), outlets ? 4.0 : 5.45, false}};
    if (outlets)
        columns.append({tr("媒体"), 1.45, false});
    QList<QStringList> rows;
    for (const TimelineEntry &e : sorted.entries) {
        QString date = formatDate(e.date);
        if (!e.note.isEmpty())
            date += tr("（%1）").arg(e.note);
        QStringList row{date, PrintedText::resolve(e.title, m_doc, m_edition)};
        if (outlets)
            row << e.outlet;
        rows.append(row);
    }
    QList<FlowUnit> units = table(captionUnder(sorted.title, chapterTitle), columns, rows);
    if (sorted.showChart && !sorted.entries.isEmpty()) {
        ChartData data = chartForTimeline(sorted, m_doc.metadata.year);
        data.title = tr("%1（每月事项数）").arg(sorted.title);
        data.unit.clear(); // said in the title
        units.append(chart(data));
    }
    return units;
}

QList<FlowUnit> BlockLayouter::itemList(const ItemList &list, const QString &chapterTitle) const
{
    QList<FlowUnit> units;
    if (!captionUnder(list.title, chapterTitle).isEmpty()) {
        FlowUnit t;
        t.kind = UnitKind::TableTitle;
        t.spaceBefore = 8;
        t.keepWithNext = true;
        t.height = BodyLineHeight;
        TextRun r = run(list.title, TextStyle::BodyBold, m_content.left(),
                        baselineIn(TextStyle::BodyBold, BodyLineHeight));
        r.color = HeadingColor;
        t.primitives.append(r);
        units.append(t);
    }
    const qreal hang = 2 * pointSize(TextStyle::Body);
    for (int i = 0; i < list.items.size(); ++i) {
        const QString text = PrintedText::resolve(list.items[i], m_doc, m_edition).simplified();
        auto item = lines(text, TextStyle::Body, m_content.left() + hang, m_content.width() - hang,
                          0, BodyLineHeight, true);
        if (item.isEmpty())
            continue;
        item.first().primitives.prepend(run(QStringLiteral("%1.").arg(i + 1), TextStyle::Body,
                                            m_content.left() + 4,
                                            baselineIn(TextStyle::Body, BodyLineHeight)));
        item.first().spaceBefore = 2;
        units += item;
    }
    return units;
}

QList<FlowUnit> BlockLayouter::signature() const
{
    const Signatory &s = m_doc.signatory;
    QStringList texts{m_doc.metadata.unitName,
                      QStringList{s.title, s.name}.join(QStringLiteral("  ")).trimmed(),
                      formatDate(s.date)};
    texts.removeAll(QString()); // no date yet: no empty line in the block
    const qreal lineHeight = 26;
    qreal textWidth = 0;
    for (const QString &t : texts)
        textWidth = std::max(textWidth, m_breaker.width(t, TextStyle::Body));
    textWidth = std::min(textWidth, m_content.width());
    const bool seal = !s.sealImage.isEmpty();
    const qreal sealSize = 112;
    const qreal textHeight = texts.size() * lineHeight;
    const qreal height = std::max(textHeight, seal ? sealSize : 0.0) + 16;

    FlowUnit u;
    u.kind = UnitKind::Signature;
    u.spaceBefore = 28;
    u.height = height;
    const qreal right = m_content.right() - 8;
    const qreal left = right - textWidth;
    const qreal textTop = (height - textHeight) / 2;
    for (int i = 0; i < texts.size(); ++i) {
        TextRun r = run(texts[i], TextStyle::Body, 0,
                        textTop + i * lineHeight + baselineIn(TextStyle::Body, lineHeight));
        r.baseline.setX(right - r.width); // right-aligned, as a signature is set
        u.primitives.append(r);
    }
    QRectF block(left, 0, textWidth, height);
    if (seal) {
        // A seal is pressed over the unit's name and the date, as on paper; drawn first, so the
        // text stays readable on top of it.
        QRectF sealRect(left + textWidth / 2 - sealSize / 2 + textWidth / 4,
                        (height - sealSize) / 2, sealSize, sealSize);
        // Under a short signatory the seal would reach past the margin: keep it in the text area.
        if (sealRect.right() > m_content.right())
            sealRect.moveRight(m_content.right());
        u.primitives.prepend(ImageBox{sealRect, s.sealImage, s.sealMimeType});
        block = block.united(sealRect);
    }
    u.signatureRect = block.adjusted(-6, 0, 6, 0)
                          .intersected(QRectF(m_content.left(), 0, m_content.width(), height));
    return {u};
}

} // namespace csr::print
