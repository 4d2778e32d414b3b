#include "DocxReportText.h"

#include "DocxStyles.h"
#include "ZipParts.h"

#include "CjkText.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace csr::print {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::DocxReportText)
};

// Word nests tables in tables and runs in fields; far deeper is no document.
constexpr int MaxDepth = 200;
constexpr qsizetype MaxParagraphs = 100000;

// A cell's paragraphs joined: without a space between CJK characters.
void joinInto(QString &to, const QString &more)
{
    if (more.isEmpty())
        return;
    if (!to.isEmpty() && !(isCjk(to.back()) && isCjk(more.front())))
        to += QLatin1Char(' ');
    to += more;
}

struct Reader
{
    QXmlStreamReader xml;
    DocxStyles &styles;
    QList<SourceParagraph> out;
    QString error;

    // The paragraph being read, and the table rows around it (innermost last).
    QString text, styleId, numId;
    int numLevel = 0, outline = -1;
    QList<QStringList> rows;
    int tableDepth = 0;

    void endParagraph()
    {
        QString number;
        if (!numId.isEmpty() && numId != QLatin1String("0"))
            number = styles.nextNumber(numId, numLevel);
        const QString whole = (number + text).trimmed();
        if (tableDepth > 0 && !rows.isEmpty()) {
            if (!rows.last().isEmpty())
                joinInto(rows.last().last(), whole);
        } else if (!whole.isEmpty()) {
            const int level = outline >= 0 ? outline : styles.headingLevel(styleId);
            out << SourceParagraph{whole, level};
        }
        text.clear();
        styleId.clear();
        numId.clear();
        numLevel = 0;
        outline = -1;
    }

    QString val() const { return xml.attributes().value(QLatin1String("w:val")).toString(); }

    bool read()
    {
        int depth = 0;
        int skipping = 0; // inside a part whose text is not the document's (deleted, fallback)
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                error = Tr::tr("the document declares a DTD, which a Word document never does.");
                return false;
            }
            if (token == QXmlStreamReader::EndElement) {
                --depth;
                const auto name = xml.qualifiedName();
                if (skipping) {
                    --skipping;
                    continue;
                }
                if (name == QLatin1String("w:p")) {
                    endParagraph();
                } else if (name == QLatin1String("w:tr") && !rows.isEmpty()) {
                    QStringList cells = rows.takeLast();
                    while (!cells.isEmpty() && cells.last().isEmpty())
                        cells.removeLast();
                    if (!cells.isEmpty()) {
                        const QString row = cells.join(QLatin1Char('\t'));
                        if (tableDepth > 1 && !rows.isEmpty() && !rows.last().isEmpty())
                            joinInto(rows.last().last(), cells.join(QLatin1Char(' ')));
                        else
                            out << SourceParagraph{row, -1};
                    }
                } else if (name == QLatin1String("w:tbl")) {
                    --tableDepth;
                }
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (++depth > MaxDepth) {
                error = Tr::tr("the document nests deeper than %1 levels.").arg(MaxDepth);
                return false;
            }
            if (out.size() > MaxParagraphs) {
                error = Tr::tr("the document holds more than %1 paragraphs.").arg(MaxParagraphs);
                return false;
            }
            const auto name = xml.qualifiedName();
            if (skipping || name == QLatin1String("w:del") ||
                name == QLatin1String("mc:Fallback") || name == QLatin1String("w:instrText")) {
                ++skipping;
                continue;
            }
            if (name == QLatin1String("w:t")) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            } else if (name == QLatin1String("w:tab") || name == QLatin1String("w:br")) {
                if (!text.isEmpty() && !text.back().isSpace())
                    text += QLatin1Char(' ');
            } else if (name == QLatin1String("w:pStyle")) {
                styleId = val();
            } else if (name == QLatin1String("w:outlineLvl")) {
                outline = std::clamp(val().toInt(), 0, 8);
            } else if (name == QLatin1String("w:numId")) {
                numId = val();
            } else if (name == QLatin1String("w:ilvl")) {
                numLevel = val().toInt();
            } else if (name == QLatin1String("w:tbl")) {
                ++tableDepth;
            } else if (name == QLatin1String("w:tr")) {
                rows.append(QStringList());
            } else if (name == QLatin1String("w:tc") && !rows.isEmpty()) {
                rows.last() << QString();
            }
        }
        if (xml.hasError()) {
            error = Tr::tr("the document's XML is damaged (%1).").arg(xml.errorString());
            return false;
        }
        return true;
    }
};

} // namespace

std::optional<QList<SourceParagraph>> docxReportParagraphs(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = Tr::tr("The Word document cannot be read: %1").arg(why);
        return std::nullopt;
    };
    if (bytes.size() > MaxImportBytes * 4)
        return fail(Tr::tr("it is larger than %1 MB.").arg(MaxImportBytes * 4 / (1024 * 1024)));
    if (!bytes.startsWith("PK"))
        return fail(Tr::tr("it is not a .docx (a Word 97–2003 .doc or another format?); save "
                           "it as .docx first."));
    data::ZipParts zip(bytes, data::ZipParts::Kind::WordDocument);
    const QString documentPart = QStringLiteral("word/document.xml");
    const QByteArray document = zip.read(documentPart);
    if (!zip.error().isEmpty())
        return fail(zip.error());
    // Styles and numbering are optional parts: a document without them still reads.
    auto optional = [&](const QString &part) {
        if (!zip.contains(part))
            return QByteArray();
        return zip.read(part);
    };
    const QByteArray stylesXml = optional(QStringLiteral("word/styles.xml"));
    const QByteArray numberingXml = optional(QStringLiteral("word/numbering.xml"));
    if (!zip.error().isEmpty())
        return fail(zip.error());
    QString why;
    DocxStyles styles(stylesXml, numberingXml, &why);
    if (!why.isEmpty())
        return fail(why);
    Reader reader{QXmlStreamReader(document), styles, {}, {}, {}, {}, {}, 0, -1, {}, 0};
    if (!reader.read())
        return fail(reader.error);
    if (reader.out.isEmpty())
        return fail(Tr::tr("it holds no text."));
    return reader.out;
}

} // namespace csr::print
