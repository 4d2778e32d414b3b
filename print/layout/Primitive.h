#pragma once

#include "ChartData.h"
#include "TextStyle.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <variant>

namespace csr::print {

// Page primitives. Coordinates are PDF points (1/72 in) from the page's top-left corner, y down,
// as QPainter draws; PageLayout::toPdfRect converts to PDF user space (origin bottom-left).

// One line of text, drawn from its baseline's left end. The layout has already broken the lines;
// painters never re-wrap, so every output shows the same lines.
struct TextRun
{
    QPointF baseline;
    QString text;
    TextStyle style = TextStyle::Body;
    qreal letterSpacing = 0; // extra points between characters, for justified lines
    qreal width = 0;         // advance width including letterSpacing
    QColor color = Qt::black;

    QRectF bounds() const; // the line box (ascent above, descent below the baseline)
};

struct Rule
{
    QLineF line;
    qreal width = 0.5;
    QColor color = Qt::black;
    bool dotted = false; // dot leaders in the table of contents
};

struct Box
{
    QRectF rect;
    QColor fill = Qt::transparent;
    QColor stroke = Qt::transparent;
    qreal strokeWidth = 0;
};

// A chart drawn as vectors from its data; the painter builds the Qt Charts objects.
struct ChartBox
{
    QRectF rect;
    ChartData chart;
};

struct ImageBox
{
    QRectF rect;
    QByteArray data;  // the seal: PNG or SVG bytes, painted at rect's size
    QString mimeType; // "image/png", "image/svg+xml"; a photo: "image/jpeg" or "image/png"
    // A photo, decoded and already downsampled for print (at most 300 dpi at rect's size):
    // painted as it is, lossy (JPEG) when it came as a JPEG. Null for the seal.
    QImage picture;
    QString altText; // a photo's alternative text (a PDF annotation over the picture)
};

using Primitive = std::variant<TextRun, Rule, Box, ChartBox, ImageBox>;

Primitive translated(const Primitive &p, QPointF offset);
QRectF boundsOf(const Primitive &p);

} // namespace csr::print
