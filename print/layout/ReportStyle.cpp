#include "ReportStyle.h"

#include "ReportFont.h"
#include "StyleRegistry.h"

namespace csr::print {

ReportStyle ReportStyle::prepare(const Document &doc, const QString &override,
                                 const QString &fontPath)
{
    ReportStyle out;
    const StyleChoice choice =
        StyleRegistry::resolve(override.isEmpty() ? doc.metadata.style : override);
    out.style = choice.style;
    out.messages = choice.messages;
    StyleFont font = out.style.font;
    if (!fontPath.isEmpty() && fontPath != QLatin1String(ReportFont::DefaultPath))
        font.file = fontPath;
    const ReportFont loaded = ReportFont::load(font);
    out.fontFamily = loaded.family;
    out.error = loaded.error;
    return out;
}

} // namespace csr::print
