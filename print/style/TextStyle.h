#pragma once

#include <QFont>
#include <QString>
#include <array>

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

inline constexpr int TextStyleCount = int(TextStyle::InternalMark) + 1;

// The point size of every text style: part of the report's style (PrintStyle::type), so a style
// file can set the heading sizes. The default is the look the guideline's printed reports have.
struct TypeScale
{
    std::array<qreal, TextStyleCount> sizes = defaults();

    qreal size(TextStyle style) const { return sizes[std::size_t(style)]; }
    void set(TextStyle style, qreal points) { sizes[std::size_t(style)] = points; }
    static std::array<qreal, TextStyleCount> defaults();
    bool operator==(const TypeScale &) const = default;
};

// The default scale's size of `style`.
qreal pointSize(TextStyle style);
bool isBold(TextStyle style);

// The font for `style` in `family`, sized in points. Merging with other families is off: a
// character missing from the report font must show as missing, not silently come from a
// fallback font whose text extracts wrongly.
QFont styleFont(TextStyle style, const QString &family, const TypeScale &scale = {});

struct TextMetrics
{
    qreal ascent = 0;
    qreal descent = 0;
};
// Approximate line box of a style (WenQuanYi Micro Hei's proportions), for link areas and tests.
TextMetrics textMetrics(TextStyle style, const TypeScale &scale = {});

} // namespace csr::print
