#include "StyleFonts.h"

namespace csr::print {

const QList<StyleFont> &StyleFonts::known()
{
    static const QList<StyleFont> fonts{
        StyleFont{},
        {QStringLiteral("WenQuanYi Zen Hei"),
         QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
         QStringLiteral("fonts-wqy-zenhei")},
    };
    return fonts;
}

const StyleFont *StyleFonts::find(const QString &family)
{
    for (const StyleFont &f : known())
        if (f.family.compare(family.trimmed(), Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

} // namespace csr::print
