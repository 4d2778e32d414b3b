#pragma once

#include "PrintStyle.h"

#include <QList>
#include <QString>

namespace csr::print {

// The fonts a style may name: those whose text Qt embeds with a ToUnicode map that extracts
// exactly (checked with pdftotext on this platform, see docs/print-engine.md "Fonts"). Noto CJK
// is not among them: about 275 common characters extract as Kangxi radicals.
class StyleFonts
{
public:
    static const QList<StyleFont> &known();
    // The known font of that family (case-insensitive), or nullptr.
    static const StyleFont *find(const QString &family);
};

} // namespace csr::print
