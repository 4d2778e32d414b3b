#pragma once

#include "PageGeometry.h"
#include "StyleImage.h"
#include "TextStyle.h"

#include <QColor>
#include <QList>
#include <QString>

namespace csr::print {

// The font a style sets the report in. Only fonts whose text embeds and extracts exactly may be
// named (see StyleFonts.h): the family, the file Qt loads and the Debian package providing it.
struct StyleFont
{
    QString family = QStringLiteral("WenQuanYi Micro Hei");
    QString file = QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    QString package = QStringLiteral("fonts-wqy-microhei");
    bool operator==(const StyleFont &) const = default;
};

struct StyleColors
{
    QColor heading{0x1f, 0x3a, 0x5f}; // headings, table and list titles, TOC chapters
    QColor body{Qt::black};           // prose, table cells, TOC page numbers
    QColor muted{0x55, 0x5f, 0x6b};   // running header, footer, cover details, dot leaders
    QColor rule{0x8a, 0x9b, 0xae};    // table cell borders
    QColor tableHeaderFill{0xe6, 0xed, 0xf5};
    QColor tableHeaderText{Qt::black};
    QColor zebra{Qt::transparent};     // every second table row's fill; transparent: none
    QColor accent{0x1f, 0x3a, 0x5f};   // the cover's bands and rules, the chapter heading's rule
    QColor internal{0xb0, 0x1c, 0x1c}; // the internal edition's marks
    QColor change{0x1f, 0x6f, 0xd0};   // review edition: a passage changed since approval
    bool operator==(const StyleColors &) const = default;
};

// Vertical rhythm, in points.
struct StyleSpacing
{
    qreal bodyLineHeight = 21;
    qreal paragraphSpacing = 5;
    qreal headingLineFactor = 1.6;               // a heading's line height per point of its size
    qreal headingSpaceBefore[4] = {0, 16, 8, 8}; // per depth; depth 0 starts a page
    qreal chapterRuleWidth = 1.0;                // under a top-level heading; 0: none
    qreal tocTitleHeight = 64;
    qreal tocLineHeight = 28;    // a chapter's line in the contents
    qreal tocSubLineHeight = 23; // a section's line
    qreal listTitleSpaceBefore = 8;
    qreal listItemSpaceBefore = 2;
    qreal signatureSpaceBefore = 28; // between the statement and its signature block
    qreal signatureLineHeight = 26;
    qreal sealSize = 112; // the seal's square, pressed over the signature
    bool operator==(const StyleSpacing &) const = default;
};

struct TableLook
{
    qreal cellPadX = 5;
    qreal cellPadY = 4;
    qreal cellLineHeight = 15;
    qreal ruleWidth = 0.5; // cell borders; 0: none
    qreal spaceBefore = 10;
    qreal titleHeight = 24;
    bool operator==(const TableLook &) const = default;
};

struct ChartLook
{
    // Series and slices take these colours in turn.
    QList<QColor> palette{QColor(0x9d, 0xb4, 0xcf), QColor(0x1f, 0x5a, 0x96),
                          QColor(0xe0, 0x8a, 0x2c), QColor(0x3c, 0x9a, 0x6e),
                          QColor(0xb5, 0x4a, 0x5c), QColor(0x7a, 0x62, 0xb0),
                          QColor(0x5f, 0x8f, 0xa8), QColor(0xc9, 0xa2, 0x27)};
    int labelPixelSize = 8;
    int titlePixelSize = 10;
    qreal barWidth = 420; // pt, at most the text frame's width
    qreal pieWidth = 360;
    qreal spaceBefore = 8;
    bool operator==(const ChartLook &) const = default;
};

// What the running header and the footer show on every page but the cover.
struct HeaderFooter
{
    bool unitName = true;
    bool reportTitle = true;
    bool rule = true;        // a hairline under the header
    bool pageNumbers = true; // "n / N" in the footer
    bool operator==(const HeaderFooter &) const = default;
};

// The cover, in points from the page's top-left corner.
struct CoverLayout
{
    bool centred = true;   // the unit, title and details centred; false: from the left margin
    qreal bandHeight = 10; // coloured bands at the top and bottom edge; 0: none
    qreal topRuleY = 232;  // a rule above the unit's name; 0: none
    qreal unitY = 290;     // baseline of the unit's name
    qreal titleY = 360;    // baseline of the title's first line
    qreal titleLineHeight = 44;
    qreal periodFromBottom = 140;   // baseline of the reporting period, from the page's foot
    qreal dateFromBottom = 112;     // baseline of the labelled publication date
    QRectF logoRect{76, 120, 0, 0}; // the unit's logo, fitted keeping its proportions
    QRectF imageRect{0, 0, 0, 0};   // the cover picture, fitted keeping its proportions
    StyleImage logo;
    StyleImage image;
    bool operator==(const CoverLayout &) const = default;
};

// How a report looks on paper, as data: page, font, type scale, colours, spacing, tables,
// charts, header and footer, cover. The default value is the built-in "default" style, the look
// of the guideline's printed reports; style files (StyleReader) change any part of it.
struct PrintStyle
{
    QString id = QStringLiteral("default");
    QString name = QStringLiteral("Default");
    PageGeometry page;
    StyleFont font;
    TypeScale type;
    StyleColors colors;
    StyleSpacing spacing;
    TableLook table;
    ChartLook chart;
    HeaderFooter header;
    CoverLayout cover;
    bool operator==(const PrintStyle &) const = default;
};

} // namespace csr::print
