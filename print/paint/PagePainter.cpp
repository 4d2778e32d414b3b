#include "PagePainter.h"

#include "ChartBuilder.h"
#include "SealImage.h"
#include "StyleImage.h"

#include <QImage>
#include <QPaintDevice>
#include <QSvgRenderer>

namespace csr::print {

void PagePainter::paint(QPainter &painter, const Page &page) const
{
    const qreal dpi = painter.device()->logicalDpiY();
    painter.save();
    painter.scale(painter.device()->logicalDpiX() / 72.0, dpi / 72.0);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Seals are line art: the PDF engine would otherwise store them as lossy JPEG.
    painter.setRenderHint(QPainter::LosslessImageRendering);
    // A font's point size is resolved against the device's dpi before the painter's scale applies;
    // shrinking it by 72/dpi makes one font unit one point, as the layout measured.
    const qreal fontScale = 72.0 / dpi;
    const Fonts styleFonts = fonts(fontScale);
    for (const Primitive &p : page.primitives) {
        if (const auto *t = std::get_if<TextRun>(&p)) {
            drawText(painter, *t, styleFonts, fontScale);
        } else if (const auto *r = std::get_if<Rule>(&p)) {
            QPen pen(r->color, r->width);
            if (r->dotted) {
                pen.setStyle(Qt::CustomDashLine);
                pen.setDashPattern({0.01, 3.0 / r->width});
                pen.setCapStyle(Qt::RoundCap);
            }
            painter.setPen(pen);
            painter.drawLine(r->line);
        } else if (const auto *b = std::get_if<Box>(&p)) {
            painter.setPen(b->strokeWidth > 0 ? QPen(b->stroke, b->strokeWidth) : QPen(Qt::NoPen));
            painter.setBrush(b->fill.alpha() ? QBrush(b->fill) : QBrush(Qt::NoBrush));
            painter.drawRect(b->rect);
        } else if (const auto *c = std::get_if<ChartBox>(&p)) {
            // The chart's scene is laid out in points, with pixel-sized fonts, so it needs no
            // font scaling: the page transform alone maps it onto the device.
            painter.save();
            m_charts->render(painter, c->chart, c->rect);
            painter.restore();
        } else if (const auto *i = std::get_if<ImageBox>(&p)) {
            drawImage(painter, *i);
        }
    }
    painter.restore();
}

PagePainter::Fonts PagePainter::fonts(qreal fontScale) const
{
    Fonts out;
    for (int i = 0; i < TextStyleCount; ++i) {
        QFont &font = out[std::size_t(i)];
        font = styleFont(TextStyle(i), m_options.fontFamily, m_options.type);
        font.setPointSizeF(font.pointSizeF() * fontScale);
    }
    return out;
}

void PagePainter::drawText(QPainter &painter, const TextRun &run, const Fonts &fonts,
                           qreal fontScale) const
{
    const QFont &styled = fonts[std::size_t(run.style)];
    if (run.letterSpacing != 0) {
        QFont font = styled;
        // Resolved against the device's dpi like the size, so it is scaled the same way.
        font.setLetterSpacing(QFont::AbsoluteSpacing, run.letterSpacing * fontScale);
        painter.setFont(font);
    } else {
        painter.setFont(styled);
    }
    painter.setPen(run.color);
    painter.drawText(run.baseline, run.text);
}

namespace {

// PDF/A-1 allows no transparency: an image with alpha is flattened onto the white page.
QImage onWhite(const QImage &picture)
{
    if (!picture.hasAlphaChannel())
        return picture;
    QImage flat(picture.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter p(&flat);
    p.drawImage(0, 0, picture);
    p.end();
    return flat;
}

} // namespace

void PagePainter::drawPhoto(QPainter &painter, const ImageBox &image) const
{
    QImage picture = image.picture;
    if (m_options.opaqueImages)
        picture = onWhite(picture);
    // A JPEG stays JPEG: Qt's PDF engine stores a lossy image as DCT (JPEG) data; a PNG (a
    // chart, a screenshot) stays lossless.
    painter.save();
    painter.setRenderHint(QPainter::LosslessImageRendering,
                          image.mimeType != QLatin1String("image/jpeg"));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(image.rect, picture);
    painter.restore();
}

void PagePainter::drawImage(QPainter &painter, const ImageBox &image) const
{
    if (!image.picture.isNull()) {
        drawPhoto(painter, image);
        return;
    }
    // The style's cover pictures (PNG, JPEG) are drawn as far as they pass their check again.
    if (image.mimeType == QLatin1String("image/jpeg") ||
        (image.mimeType == QLatin1String("image/png") && image.data.size() > MaxSealBytes)) {
        const StyleImageCheck check = StyleImages::check(image.data, QString());
        if (!check.error.isEmpty())
            return;
        painter.drawImage(image.rect, QImage::fromData(check.image.bytes));
        return;
    }
    // Otherwise the seal, as the report file carries it: drawn only as far as it passes the seal
    // check (size limits, no SVG reference outside itself). PdfExporter reports why not.
    const SealCheck seal = checkSealBytes(image.data, QString());
    if (!seal.error.isEmpty())
        return;
    QImage picture;
    if (seal.mimeType == QLatin1String("image/svg+xml")) {
        QSvgRenderer svg(seal.bytes);
        if (!svg.isValid())
            return;
        if (!m_options.opaqueImages) {
            svg.render(&painter, image.rect); // stays vector
            return;
        }
        // PDF/A: rasterise at 300 dpi, then flatten below like a PNG.
        picture = QImage((image.rect.size() * 300.0 / 72.0).toSize(), QImage::Format_ARGB32);
        picture.fill(Qt::transparent);
        QPainter p(&picture);
        svg.render(&p);
    } else {
        picture = QImage::fromData(seal.bytes, "png");
    }
    if (picture.isNull())
        return;
    if (m_options.opaqueImages)
        picture = onWhite(picture);
    painter.drawImage(image.rect, picture);
}

} // namespace csr::print
