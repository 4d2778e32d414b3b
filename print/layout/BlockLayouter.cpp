#include "BlockLayouter.h"

#include "Caption.h"
#include "ChartGeometry.h"
#include "PhotoImage.h"
#include "PrintedText.h"

namespace csr::print {

namespace {
constexpr qreal PhotoSpaceBefore = 12;
constexpr qreal PhotoCaptionGap = 6;
constexpr qreal PhotoCaptionLineHeight = 20;
constexpr qreal PhotoPlaceholderRatio = 0.5; // a photo that does not decode: a framed box
} // namespace

qreal baselineIn(TextStyle style, qreal lineHeight, const TypeScale &scale)
{
    const TextMetrics m = textMetrics(style, scale);
    return (lineHeight - m.ascent - m.descent) / 2 + m.ascent;
}

BlockLayouter::BlockLayouter(const Document &doc, Edition edition, const QString &family,
                             const PrintStyle &style)
    : m_doc(doc), m_edition(edition), m_family(family), m_style(style), m_geometry(style.page),
      m_content(style.page.content()), m_breaker(family, style.type),
      m_wording(ReportWording::builtIn(doc.metadata.language))
{
}

namespace {
PrintStyle onPage(const PageGeometry &geometry)
{
    PrintStyle style;
    style.page = geometry;
    return style;
}
} // namespace

BlockLayouter::BlockLayouter(const Document &doc, Edition edition, const QString &family,
                             const PageGeometry &geometry)
    : BlockLayouter(doc, edition, family, onPage(geometry))
{
}

qreal BlockLayouter::baseline(TextStyle style, qreal lineHeight) const
{
    return baselineIn(style, lineHeight, m_style.type);
}

TextRun BlockLayouter::run(const QString &text, TextStyle style, qreal x, qreal baseline) const
{
    TextRun r;
    r.baseline = QPointF(x, baseline);
    r.text = text;
    r.style = style;
    r.width = m_breaker.width(text, style);
    r.color = m_style.colors.body;
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
        r.baseline = QPointF(x + (i == 0 ? firstIndent : 0), baseline(style, lineHeight));
        r.text = broken[i].text;
        r.style = style;
        r.color = m_style.colors.body;
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
    const StyleSpacing &spacing = m_style.spacing;
    const qreal lineHeight = m_style.type.size(style) * spacing.headingLineFactor;
    FlowUnit u;
    u.kind = UnitKind::Heading;
    u.chapterId = chapterId;
    u.breakBefore = newPage;
    u.keepWithNext = true;
    u.spaceBefore = spacing.headingSpaceBefore[std::clamp(depth, 0, 3)];
    const auto broken = m_breaker.breakLines(text, style, m_content.width());
    qreal y = 0;
    for (const BrokenLine &l : broken) {
        TextRun r = run(l.text, style, m_content.left(), y + baseline(style, lineHeight));
        r.color = m_style.colors.heading;
        u.primitives.append(r);
        y += lineHeight;
    }
    if (depth == 0) {
        y += 4;
        if (spacing.chapterRuleWidth > 0)
            u.primitives.append(Rule{QLineF(m_content.left(), y, m_content.right(), y),
                                     spacing.chapterRuleWidth, m_style.colors.accent});
        y += 12;
    } else {
        y += 2;
    }
    u.height = y;
    return {u};
}

QList<FlowUnit> BlockLayouter::paragraph(const QString &text, bool indent) const
{
    const QString resolved = PrintedText::resolve(text, m_doc, m_edition, m_wording);
    QList<FlowUnit> units;
    // A blank line in the text separates paragraphs, as the editor shows it.
    const QStringList paragraphs = resolved.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs) {
        const QString trimmed = p.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qreal em = m_style.type.size(TextStyle::Body);
        auto more = lines(trimmed, TextStyle::Body, m_content.left(), m_content.width(),
                          indent ? 2 * em : 0, m_style.spacing.bodyLineHeight, true);
        if (!more.isEmpty())
            more.first().spaceBefore = m_style.spacing.paragraphSpacing;
        units += more;
    }
    return units;
}

QList<FlowUnit> BlockLayouter::labelled(const QString &label, const QString &text) const
{
    const qreal labelWidth = m_breaker.width(label, TextStyle::BodyBold);
    const qreal lineHeight = m_style.spacing.bodyLineHeight;
    auto units = lines(text, TextStyle::Body, m_content.left() + labelWidth,
                       m_content.width() - labelWidth, 0, lineHeight, true);
    if (units.isEmpty())
        return units;
    units.first().primitives.prepend(
        run(label, TextStyle::BodyBold, m_content.left(), baseline(TextStyle::Body, lineHeight)));
    units.first().spaceBefore = m_style.spacing.paragraphSpacing;
    return units;
}

QList<FlowUnit> BlockLayouter::block(const Block &b, const QString &chapterTitle, int figure)
{
    if (b.isEmpty())
        return {};
    struct Visitor
    {
        BlockLayouter &self;
        const QString &chapterTitle;
        int figure;
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
        QList<FlowUnit> operator()(const Photo &p) const { return self.photo(p, figure); }
    };
    return std::visit(Visitor{*this, chapterTitle, figure}, b.content);
}

FlowUnit BlockLayouter::space(qreal height) const
{
    FlowUnit u;
    u.kind = UnitKind::Space;
    u.height = height;
    return u;
}

QList<FlowUnit> BlockLayouter::itemList(const ItemList &list, const QString &chapterTitle) const
{
    QList<FlowUnit> units;
    if (!captionUnder(list.title, chapterTitle).isEmpty()) {
        FlowUnit t;
        t.kind = UnitKind::TableTitle;
        t.spaceBefore = m_style.spacing.listTitleSpaceBefore;
        t.keepWithNext = true;
        t.height = m_style.spacing.bodyLineHeight;
        TextRun r = run(list.title, TextStyle::BodyBold, m_content.left(),
                        baseline(TextStyle::BodyBold, t.height));
        r.color = m_style.colors.heading;
        t.primitives.append(r);
        units.append(t);
    }
    const qreal hang = 2 * m_style.type.size(TextStyle::Body);
    const qreal lineHeight = m_style.spacing.bodyLineHeight;
    QList<qsizetype> itemEnds; // index of each item's last line
    for (int i = 0; i < list.items.size(); ++i) {
        const QString text =
            PrintedText::resolve(list.items[i], m_doc, m_edition, m_wording).simplified();
        auto item = lines(text, TextStyle::Body, m_content.left() + hang, m_content.width() - hang,
                          0, lineHeight, true);
        if (item.isEmpty())
            continue;
        item.first().primitives.prepend(run(QStringLiteral("%1.").arg(i + 1), TextStyle::Body,
                                            m_content.left() + 4,
                                            baseline(TextStyle::Body, lineHeight)));
        item.first().spaceBefore = m_style.spacing.listItemSpaceBefore;
        units += item;
        itemEnds << units.size() - 1;
    }
    // As with a table's rows: the first item goes with the second and the next-to-last with the
    // last, so no single item is left alone at the bottom or top of a page.
    if (itemEnds.size() >= 2) {
        units[itemEnds.first()].keepWithNext = true;
        units[itemEnds[itemEnds.size() - 2]].keepWithNext = true;
    }
    return units;
}

QList<FlowUnit> BlockLayouter::signature() const
{
    const Signatory &s = m_doc.signatory;
    QStringList texts{m_doc.metadata.unitName,
                      QStringList{s.title, s.name}.join(QStringLiteral("  ")).trimmed(),
                      m_wording.date(s.date)};
    texts.removeAll(QString()); // no date yet: no empty line in the block
    const qreal lineHeight = m_style.spacing.signatureLineHeight;
    qreal textWidth = 0;
    for (const QString &t : texts)
        textWidth = std::max(textWidth, m_breaker.width(t, TextStyle::Body));
    textWidth = std::min(textWidth, m_content.width());
    const bool seal = !s.sealImage.isEmpty();
    const qreal sealSize = m_style.spacing.sealSize;
    const qreal textHeight = texts.size() * lineHeight;
    const qreal height = std::max(textHeight, seal ? sealSize : 0.0) + 16;

    FlowUnit u;
    u.kind = UnitKind::Signature;
    u.spaceBefore = m_style.spacing.signatureSpaceBefore;
    u.height = height;
    const qreal right = m_content.right() - 8;
    const qreal left = right - textWidth;
    const qreal textTop = (height - textHeight) / 2;
    for (int i = 0; i < texts.size(); ++i) {
        TextRun r = run(texts[i], TextStyle::Body, 0,
                        textTop + i * lineHeight + baseline(TextStyle::Body, lineHeight));
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
        u.primitives.prepend(ImageBox{sealRect, s.sealImage, s.sealMimeType, {}, {}});
        block = block.united(sealRect);
    }
    u.signatureRect = block.adjusted(-6, 0, 6, 0)
                          .intersected(QRectF(m_content.left(), 0, m_content.width(), height));
    return {u};
}

QString BlockLayouter::figureLabel(int figure) const
{
    return m_wording.text(QStringLiteral("photo.label")).arg(figure);
}

QList<FlowUnit> BlockLayouter::photo(const Photo &p, int figure) const
{
    if (p.image.isEmpty())
        return {};
    FlowUnit u;
    u.kind = UnitKind::Photo;
    u.spaceBefore = PhotoSpaceBefore;
    const PhotoImage::Decoded decoded = PhotoImage::decode(p.image);
    u.problem = decoded.error;

    const QString caption =
        QStringList{figure > 0 ? figureLabel(figure) : QString(),
                    PrintedText::resolve(p.caption, m_doc, m_edition).simplified()}
            .join(QStringLiteral("  "))
            .trimmed();
    const auto captionLines = m_breaker.breakLines(caption, TextStyle::Caption, m_content.width());
    const qreal captionHeight =
        captionLines.isEmpty() ? 0 : PhotoCaptionGap + captionLines.size() * PhotoCaptionLineHeight;

    // The width asked for, within the text; then no taller than a page leaves beside the caption.
    const qreal mm = 72.0 / 25.4;
    qreal width = p.widthMm > 0 ? p.widthMm * mm : m_content.width() * p.widthFraction;
    width = std::clamp<qreal>(width, 10 * mm, m_content.width());
    const QSize pixels = decoded.image.size();
    const qreal ratio =
        decoded.image.isNull() ? PhotoPlaceholderRatio : qreal(pixels.height()) / pixels.width();
    const qreal maxHeight = m_content.height() - PhotoSpaceBefore - captionHeight - 2;
    qreal height = width * ratio;
    if (height > maxHeight) {
        height = maxHeight;
        width = height / ratio;
    }
    const QRectF rect(m_content.center().x() - width / 2, 0, width, height);

    if (decoded.image.isNull()) {
        u.primitives.append(Box{rect, QColor(0xf2, 0xf2, 0xf2), QColor(0x8a, 0x9b, 0xae), 0.5});
    } else {
        // Never more pixels than PhotoDpi at the printed size: the PDF stays small, and a
        // reader's zoom still finds print detail. A smaller photo is never enlarged.
        const QSize target(qCeil(width / 72 * PhotoDpi), qCeil(height / 72 * PhotoDpi));
        QImage picture = decoded.image;
        if (pixels.width() > target.width() || pixels.height() > target.height())
            picture = picture.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const auto format = PhotoImage::formatOf(p.image);
        u.primitives.append(ImageBox{rect, {}, PhotoImage::mimeType(format), picture, p.altText});
    }
    qreal y = height + PhotoCaptionGap;
    for (const BrokenLine &l : captionLines) {
        TextRun r = run(l.text, TextStyle::Caption, 0,
                        y + baselineIn(TextStyle::Caption, PhotoCaptionLineHeight));
        r.baseline.setX(m_content.center().x() - r.width / 2);
        u.primitives.append(r);
        y += PhotoCaptionLineHeight;
    }
    u.height = height + captionHeight;
    return {u};
}

} // namespace csr::print
