#include "FontCoverage.h"

#include "PointDevice.h"
#include "TextStyle.h"

#include <QFontMetricsF>
#include <QStringView>

namespace csr::print {

FontCoverage::FontCoverage(const QString &family) : m_family(family) {}

bool FontCoverage::covered(char32_t c) const
{
    if (const auto it = m_covered.constFind(c); it != m_covered.cend())
        return *it;
    const PointDevice device;
    const bool inFont = QFontMetricsF(styleFont(TextStyle::Body, m_family), &device).inFontUcs4(c);
    m_covered.insert(c, inFont);
    return inFont;
}

QString FontCoverage::missing(const QString &text) const
{
    QString out;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control ||
            QChar::category(c) == QChar::Other_PrivateUse) // the page-count field
            continue;
        if (covered(c))
            continue;
        const QString s = QString::fromUcs4(&c, 1);
        if (!out.contains(s))
            out += s;
    }
    return out;
}

QString FontCoverage::warning(const MissingCharacters &m)
{
    return tr("The report font has no glyph for %1 (%2): they would print as empty boxes and "
              "not be found by a search. Replace them or describe them in words.")
        .arg(m.characters, m.where);
}

} // namespace csr::print
