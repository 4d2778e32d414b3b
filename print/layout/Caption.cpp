#include "Caption.h"

#include <QRegularExpression>

namespace csr::print {

QString withoutCode(const QString &title)
{
    // An indicator code (I-1, VI-2, A.3, 2-1), or a guideline number (一、 （一） 1. 1）).
    static const QRegularExpression code(
        QStringLiteral("^\\s*(?:[IVXLCDM]+(?:[-‐–.．][0-9]+)*+(?=\\s|[^\\x{0000}-\\x{007F}])"
                       "|[A-Z]?[0-9]+(?:[-‐–.．][0-9]+)*+(?:[.．、）)]|(?=\\s))"
                       "|[一二三四五六七八九十百]+、"
                       "|[（(][一二三四五六七八九十百0-9]+[）)])\\s*"));
    const QString t = title.trimmed();
    const QRegularExpressionMatch m = code.match(t);
    if (!m.hasMatch() || m.capturedLength() >= t.size())
        return t;
    return t.mid(m.capturedLength()).trimmed();
}

QString captionUnder(const QString &blockTitle, const QString &chapterTitle)
{
    return withoutCode(blockTitle) == withoutCode(chapterTitle) ? QString() : blockTitle;
}

} // namespace csr::print
