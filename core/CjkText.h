#pragma once

#include <QChar>
#include <QString>

namespace csr {

// Small text helpers of the report import (core and its PDF / Word readers alike).

// A CJK ideograph, CJK punctuation or a full-width form: no space is written between two.
inline bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3000 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef);
}

// Display width: a CJK character takes two columns, as in the printed page.
inline int widthOf(const QString &s)
{
    int w = 0;
    for (QChar c : s)
        w += isCjk(c) ? 2 : 1;
    return w;
}

// Letters only: titles and labels compared without numbering, spaces and punctuation.
inline QString letters(const QString &s)
{
    QString r;
    for (QChar c : s)
        if (c.isLetterOrNumber())
            r += c;
    return r;
}

} // namespace csr
