#include "TextStyle.h"

#include <QStringList>

namespace csr::print {

namespace {
qreal defaultSize(TextStyle style)
{
    switch (style) {
    case TextStyle::Body:
    case TextStyle::BodyBold:
        return 12;
    case TextStyle::Heading1:
        return 18;
    case TextStyle::Heading2:
        return 15;
    case TextStyle::Heading3:
        return 13;
    case TextStyle::Heading4:
        return 12;
    case TextStyle::TableTitle:
        return 11;
    case TextStyle::TableHeader:
    case TextStyle::TableCell:
        return 10.5;
    case TextStyle::Caption:
        return 9;
    case TextStyle::RunningHeader:
    case TextStyle::Footer:
        return 9;
    case TextStyle::CoverUnit:
        return 18;
    case TextStyle::CoverTitle:
        return 30;
    case TextStyle::CoverYear:
        return 16;
    case TextStyle::TocTitle:
        return 20;
    case TextStyle::TocEntry:
        return 13;
    case TextStyle::TocSubEntry:
        return 12;
    case TextStyle::InternalMark:
        return 9;
    }
    return 12;
}
} // namespace

std::array<qreal, TextStyleCount> TypeScale::defaults()
{
    std::array<qreal, TextStyleCount> sizes{};
    for (int i = 0; i < TextStyleCount; ++i)
        sizes[std::size_t(i)] = defaultSize(TextStyle(i));
    return sizes;
}

qreal pointSize(TextStyle style)
{
    return defaultSize(style);
}

bool isBold(TextStyle style)
{
    switch (style) {
    case TextStyle::BodyBold:
    case TextStyle::Heading1:
    case TextStyle::Heading2:
    case TextStyle::Heading3:
    case TextStyle::Heading4:
    case TextStyle::TableTitle:
    case TextStyle::TableHeader:
    case TextStyle::CoverTitle:
    case TextStyle::TocTitle:
    case TextStyle::TocEntry:
    case TextStyle::InternalMark:
        return true;
    default:
        return false;
    }
}

QFont styleFont(TextStyle style, const QString &family, const TypeScale &scale)
{
    QFont font(family);
    font.setFamilies(QStringList{family});
    font.setPointSizeF(scale.size(style));
    font.setBold(isBold(style));
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    // Unhinted advances scale linearly, so widths measured at 72 dpi hold at 1200 dpi.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(false);
    return font;
}

TextMetrics textMetrics(TextStyle style, const TypeScale &scale)
{
    const qreal size = scale.size(style);
    return {size * 0.9, size * 0.25};
}

} // namespace csr::print
