#pragma once

#include "TextStyle.h"

#include <QList>
#include <QString>
#include <optional>

namespace csr::print {

struct BrokenLine
{
    QString text;
    qreal naturalWidth = 0;
    qreal letterSpacing = 0; // set on justified lines
    qreal width = 0;         // drawn width: natural plus the spacing added
};

// Breaks text into lines with Qt's Unicode line breaking (which keeps CJK closing punctuation
// off line starts), measuring in points. firstIndent shortens the first line (the two-character
// indent of Chinese prose). With justify, every line but the last is spread to the full width
// by letter spacing, as Chinese typesetting does.
class TextBreaker
{
public:
    TextBreaker(const QString &family, const TypeScale &scale = {})
        : m_family(family), m_scale(scale)
    {
    }

    QList<BrokenLine> breakLines(const QString &text, TextStyle style, qreal width,
                                 qreal firstIndent = 0, bool justify = false) const;
    qreal width(const QString &text, TextStyle style) const;
    // The one line breakLines(text, style, width) gives, from the text's width(text, style)
    // already measured, when the text surely fits: no line break, tab or control character, no
    // space at the end, a long-run breaker not needed, and a point to spare for the line
    // breaker's own rounding. Otherwise nothing: call breakLines.
    static std::optional<BrokenLine> oneLine(const QString &text, qreal measured, qreal width);
    // Cuts text to fit width, ending in "…".
    QString elide(const QString &text, TextStyle style, qreal width) const;

private:
    QString m_family;
    TypeScale m_scale;
};

} // namespace csr::print
