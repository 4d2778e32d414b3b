#pragma once

#include "Document.h"
#include "LayoutEngine.h"
#include "PrintStyle.h"

#include <QString>
#include <QStringList>

namespace csr::print {

// The style a report prints in, with its font loaded: what every layout of a report starts from
// (export, print, preview, the page budget check). The report's metadata.style names it, an
// override (export --style) wins; a style that cannot be found or read falls back to the
// default, and `messages` say why. Only a font that cannot be loaded is an error.
struct ReportStyle
{
    PrintStyle style;
    QString fontFamily;
    QString error; // the style's font is missing: nothing can be laid out
    QStringList messages;

    bool ok() const { return error.isEmpty(); }

    // `fontPath`, when set and not the default font's path, replaces the style font's file
    // (CSR_REPORT_FONT, tests of a missing font).
    static ReportStyle prepare(const Document &doc, const QString &override = {},
                               const QString &fontPath = {});

    LayoutOptions options(Edition edition) const
    {
        LayoutOptions o;
        o.edition = edition;
        o.fontFamily = fontFamily;
        o.style = style;
        return o;
    }
};

} // namespace csr::print
