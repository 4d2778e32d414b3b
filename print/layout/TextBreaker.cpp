#include "TextBreaker.h"

#include "LongRunBreaker.h"
#include "PointDevice.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace csr::print {

namespace {
// Justification never spreads a line by more than this share of the font size per character:
// a line ending early because of a long Latin word is better ragged than gappy.
constexpr qreal MaxSpacingPerEm = 0.35;

// Qt's own line breaking and shaping, for all text without a long unbreakable run.
QList<BrokenLine> layoutLines(const QString &text, const QFont &font, qreal width,
                              qreal firstIndent)
{
    QList<BrokenLine> lines;
    const PointDevice device;
    QTextLayout layout(text, font, &device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    bool first = true;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(first ? width - firstIndent : width);
        first = false;
        BrokenLine out;
        out.text = text.mid(line.textStart(), line.textLength());
        while (!out.text.isEmpty() && out.text.back().isSpace())
            out.text.chop(1);
        out.naturalWidth = line.naturalTextWidth();
        out.width = out.naturalWidth;
        lines.append(out);
    }
    layout.endLayout();
    return lines;
}
} // namespace

QList<BrokenLine> TextBreaker::breakLines(const QString &text, TextStyle style, qreal width,
                                          qreal firstIndent, bool justify) const
{
    QList<BrokenLine> lines;
    if (text.isEmpty())
        return lines;
    const PointDevice device;
    if (LongRunBreaker::needed(text))
        lines = LongRunBreaker::breakLines(
            text, QFontMetricsF(styleFont(style, m_family, m_scale), &device), width, firstIndent);
    else
        lines = layoutLines(text, styleFont(style, m_family, m_scale), width, firstIndent);

    if (justify) {
        const qreal maxSpacing = m_scale.size(style) * MaxSpacingPerEm;
        for (int i = 0; i + 1 < lines.size(); ++i) {
            BrokenLine &l = lines[i];
            const qreal target = i == 0 ? width - firstIndent : width;
            const qsizetype gaps = l.text.size() - 1;
            if (gaps <= 0 || l.naturalWidth >= target)
                continue;
            const qreal spacing = (target - l.naturalWidth) / qreal(gaps);
            if (spacing > maxSpacing)
                continue;
            l.letterSpacing = spacing;
            l.width = target;
        }
    }
    return lines;
}

std::optional<BrokenLine> TextBreaker::oneLine(const QString &text, qreal measured, qreal width)
{
    if (text.isEmpty() || measured > width - 1 || text.back().isSpace() ||
        LongRunBreaker::needed(text))
        return std::nullopt;
    for (const QChar ch : text) {
        switch (ch.category()) {
        case QChar::Other_Control: // \n, \t
        case QChar::Other_Format:  // soft hyphen, zero-width characters
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
        case QChar::Other_Surrogate: // measured by QTextLayout as a pair
            return std::nullopt;
        default:
            break;
        }
    }
    BrokenLine line;
    line.text = text;
    line.naturalWidth = measured;
    line.width = measured;
    return line;
}

qreal TextBreaker::width(const QString &text, TextStyle style) const
{
    const PointDevice device;
    return QFontMetricsF(styleFont(style, m_family, m_scale), &device).horizontalAdvance(text);
}

QString TextBreaker::elide(const QString &text, TextStyle style, qreal width) const
{
    const PointDevice device;
    return QFontMetricsF(styleFont(style, m_family, m_scale), &device)
        .elidedText(text, Qt::ElideRight, width);
}

} // namespace csr::print
