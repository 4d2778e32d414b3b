#pragma once

#include "PrintStyle.h"

#include <QCoreApplication>
#include <QString>

namespace csr::print {

// The one font the report is set in: the style's (StyleFonts lists those allowed). The default,
// WenQuanYi Micro Hei, embeds with a ToUnicode map that extracts Chinese exactly (Noto CJK
// extracts ~275 common characters as Kangxi radicals), and it covers Latin letters and digits
// too, so no other family is ever needed within a report.
struct ReportFont
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::ReportFont)

public:
    static constexpr auto DefaultPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    static constexpr auto Family = "WenQuanYi Micro Hei";
    static constexpr auto Package = "fonts-wqy-microhei";

    QString family; // set when loaded
    QString error;  // set when not: names the font, the file and the Debian package

    bool ok() const { return error.isEmpty(); }

    // Registers the font file with Qt's font database (once per path; thread-safe).
    static ReportFont load(const QString &path = QString::fromLatin1(DefaultPath));
    // A style's font from its file; the messages name its family and Debian package.
    static ReportFont load(const StyleFont &font);
};

} // namespace csr::print
