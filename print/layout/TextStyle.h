#pragma once

#include <QFont>
#include <QString>

namespace csr::print {

// The report's type scale. Every run of text names one of these; the painters turn it into the
// same font the layout measured with, so the lines they draw are the lines that were measured.
enum class TextStyle {
    Body,
    BodyBold,
    Heading1, // 一、
    Heading2, // （一）
    Heading3, // 1.
    Heading4, // 1）
    TableTitle,
    TableHeader,
    TableCell,
    Caption,
    RunningHeader,
    Footer,
    CoverUnit,
    CoverTitle,
    CoverYear,
    TocTitle,
    TocEntry,
    TocSubEntry,
    InternalMark,
};

qreal pointSize(TextStyle style);
bool isBold(TextStyle style);

// The font for `style` in `family`, sized in points. Merging with other families is off: a
// character missing from the report font must show as missing, not silently come from a
// fallback font whose text extracts wrongly.
QFont styleFont(TextStyle style, const QString &family);

struct TextMetrics
{
    qreal ascent = 0;
    qreal descent = 0;
};
// Approximate line box of a style (WenQuanYi Micro Hei's proportions), for link areas and tests.
TextMetrics textMetrics(TextStyle style);

} // namespace csr::print
