#include "DocxStyles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace csr::print {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::DocxReportText)
};

constexpr int MaxLevels = 9;

// 1 → 一, 12 → 十二, 20 → 二十: the numbers a Chinese outline counts with.
QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n < 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10, ones = n % 10;
    return (tens > 1 ? QString(digits.at(tens)) : QString()) + QStringLiteral("十") +
           (ones ? QString(digits.at(ones)) : QString());
}

QString formatted(int n, const QString &format)
{
    if (format.startsWith(QLatin1String("chinese")) ||
        format.startsWith(QLatin1String("ideograph")) ||
        format == QLatin1String("taiwaneseCounting"))
        return chineseNumber(n);
    if (format == QLatin1String("decimalFullWidth") ||
        format == QLatin1String("decimalFullWidth2")) {
        QString s = QString::number(n);
        for (QChar &c : s)
            c = QChar(c.unicode() - '0' + 0xff10);
        return s;
    }
    if ((format == QLatin1String("lowerLetter") || format == QLatin1String("upperLetter")) &&
        n >= 1 && n <= 26)
        return QChar((format.front() == QLatin1Char('l') ? 'a' : 'A') + n - 1);
    return QString::number(n);
}

// A part's XML, read element by element; a DTD is refused (no entity expansion).
template <typename OnElement>
bool readPart(const QByteArray &xml, OnElement onElement, QString *error)
{
    if (xml.isEmpty())
        return true;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD) {
            *error = Tr::tr("the document declares a DTD, which a Word document never does.");
            return false;
        }
        if (token == QXmlStreamReader::StartElement)
            onElement(r);
    }
    if (r.hasError()) {
        *error = Tr::tr("the document's XML is damaged (%1).").arg(r.errorString());
        return false;
    }
    return true;
}

QString val(const QXmlStreamReader &r)
{
    return r.attributes().value(QLatin1String("w:val")).toString();
}

} // namespace

DocxStyles::DocxStyles(const QByteArray &stylesXml, const QByteArray &numberingXml, QString *error)
{
    QString style;
    static const QRegularExpression headingName(QStringLiteral("^(?:heading|标题)\\s*([1-9])$"),
                                                QRegularExpression::CaseInsensitiveOption);
    const bool stylesRead = readPart(
        stylesXml,
        [&](QXmlStreamReader &r) {
            const auto name = r.qualifiedName();
            if (name == QLatin1String("w:style")) {
                style = r.attributes().value(QLatin1String("w:styleId")).toString();
            } else if (style.isEmpty()) {
                return;
            } else if (name == QLatin1String("w:name")) {
                if (const auto m = headingName.match(val(r).trimmed()); m.hasMatch())
                    m_ownLevel.insert(style, m.captured(1).toInt() - 1);
            } else if (name == QLatin1String("w:outlineLvl") && !m_ownLevel.contains(style)) {
                const int level = val(r).toInt();
                if (level >= 0 && level < MaxLevels)
                    m_ownLevel.insert(style, level);
            } else if (name == QLatin1String("w:basedOn")) {
                m_basedOn.insert(style, val(r));
            }
        },
        error);
    if (!stylesRead)
        return;

    QHash<QString, QList<Level>> abstract;
    QString abstractId, numId;
    int level = -1;
    readPart(
        numberingXml,
        [&](QXmlStreamReader &r) {
            const auto name = r.qualifiedName();
            if (name == QLatin1String("w:abstractNum")) {
                abstractId = r.attributes().value(QLatin1String("w:abstractNumId")).toString();
                abstract[abstractId] = QList<Level>(MaxLevels);
                numId.clear();
            } else if (name == QLatin1String("w:num")) {
                numId = r.attributes().value(QLatin1String("w:numId")).toString();
                abstractId.clear();
            } else if (name == QLatin1String("w:abstractNumId") && !numId.isEmpty()) {
                m_lists.insert(numId, abstract.value(val(r), QList<Level>(MaxLevels)));
            } else if (name == QLatin1String("w:lvl") && !abstractId.isEmpty()) {
                level = r.attributes().value(QLatin1String("w:ilvl")).toInt();
            } else if (!abstractId.isEmpty() && level >= 0 && level < MaxLevels) {
                Level &l = abstract[abstractId][level];
                if (name == QLatin1String("w:start"))
                    l.start = std::clamp(val(r).toInt(), 0, 100000);
                else if (name == QLatin1String("w:numFmt"))
                    l.format = val(r);
                else if (name == QLatin1String("w:lvlText"))
                    l.text = val(r).left(40);
            }
        },
        error);
}

int DocxStyles::headingLevel(const QString &styleId) const
{
    QString id = styleId;
    for (int depth = 0; depth < 10 && !id.isEmpty(); ++depth) { // basedOn may loop
        if (const auto it = m_ownLevel.constFind(id); it != m_ownLevel.cend())
            return *it;
        id = m_basedOn.value(id);
    }
    return -1;
}

QString DocxStyles::nextNumber(const QString &numId, int level)
{
    const auto list = m_lists.constFind(numId);
    if (list == m_lists.cend() || level < 0 || level >= MaxLevels)
        return {};
    QList<int> &counts = m_counts[numId];
    if (counts.isEmpty())
        for (const Level &l : *list)
            counts << l.start - 1;
    ++counts[level];
    for (int deeper = level + 1; deeper < MaxLevels; ++deeper)
        counts[deeper] = list->at(deeper).start - 1;
    const Level &own = list->at(level);
    if (own.format == QLatin1String("bullet") || own.format == QLatin1String("none"))
        return {};
    QString text = own.text;
    for (int i = 0; i <= level; ++i)
        text.replace(QStringLiteral("%%1").arg(i + 1), formatted(counts.at(i), list->at(i).format));
    return text;
}

} // namespace csr::print
