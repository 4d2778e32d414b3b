#include "XlsxReader.h"

#include "ZipParts.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>

namespace csr::data {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::data::WorkbookReader)
};

constexpr int MaxRow = 1048576; // Excel's limits
constexpr int MaxColumn = 16384;

// Where a relationship's target lives in the ZIP: relative to the source part's folder, or
// absolute from the archive's root.
QString resolvePath(const QString &folder, const QString &target)
{
    QStringList parts;
    const QString joined = target.startsWith(QLatin1Char('/')) ? target.mid(1) : folder + target;
    for (const QString &p : joined.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash + 1);
}

// An XML part's reader that refuses a DTD: entity declarations are how XML bombs expand.
class Xml : public QXmlStreamReader
{
public:
    explicit Xml(const QByteArray &bytes) : QXmlStreamReader(bytes) {}
    bool next()
    {
        if (atEnd())
            return false;
        readNext();
        if (tokenType() == DTD) {
            raiseError(Tr::tr("a document type declaration is not allowed"));
            return false;
        }
        return !hasError();
    }
    QString attr(QLatin1StringView name) const { return attributes().value(name).toString(); }
};

struct Relationship
{
    QString type; // the last part of the type URI: "officeDocument", "worksheet", ...
    QString target;
};

class Reader
{
public:
    Reader(const QByteArray &bytes, const QString &name) : m_zip(bytes) { m_book.name = name; }

    Workbook read()
    {
        if (!m_zip.error().isEmpty())
            return fail(m_zip.error());
        QString workbookPath = QStringLiteral("xl/workbook.xml");
        if (m_zip.contains(QStringLiteral("_rels/.rels"))) {
            const auto rels = relationships(QStringLiteral("_rels/.rels"));
            for (const Relationship &r : rels)
                if (r.type == QLatin1String("officeDocument"))
                    workbookPath = resolvePath(QString(), r.target);
        }
        if (!m_error.isEmpty())
            return fail(m_error);
        const QString relsPath = folderOf(workbookPath) + QStringLiteral("_rels/") +
                                 workbookPath.mid(workbookPath.lastIndexOf(QLatin1Char('/')) + 1) +
                                 QStringLiteral(".rels");
        const QHash<QString, Relationship> rels = relationships(relsPath);
        if (!m_error.isEmpty())
            return fail(m_error);
        QString stringsPath, stylesPath;
        for (const Relationship &r : rels) {
            if (r.type == QLatin1String("sharedStrings"))
                stringsPath = resolvePath(folderOf(workbookPath), r.target);
            else if (r.type == QLatin1String("styles"))
                stylesPath = resolvePath(folderOf(workbookPath), r.target);
        }
        const QList<std::pair<QString, QString>> sheets = sheetList(workbookPath, rels);
        if (!m_error.isEmpty())
            return fail(m_error);
        if (!stringsPath.isEmpty() && m_zip.contains(stringsPath))
            readSharedStrings(stringsPath);
        if (!stylesPath.isEmpty() && m_zip.contains(stylesPath))
            readStyles(stylesPath);
        for (const auto &[name, path] : sheets) {
            if (!m_error.isEmpty())
                break;
            readSheet(name, path);
        }
        if (!m_error.isEmpty())
            return fail(m_error);
        return m_book;
    }

private:
    Workbook fail(const QString &error)
    {
        Workbook failed;
        failed.name = m_book.name;
        failed.error = error;
        return failed;
    }

    QByteArray part(const QString &path)
    {
        QByteArray bytes = m_zip.read(path);
        if (!m_zip.error().isEmpty() && m_error.isEmpty())
            m_error = m_zip.error();
        return bytes;
    }

    void xmlError(const Xml &xml, const QString &path)
    {
        if (m_error.isEmpty())
            m_error = Tr::tr("the part %1 is not well-formed XML (line %2: %3).")
                          .arg(path)
                          .arg(xml.lineNumber())
                          .arg(xml.errorString());
    }

    QHash<QString, Relationship> relationships(const QString &path)
    {
        QHash<QString, Relationship> out;
        if (!m_zip.contains(path))
            return out;
        Xml xml(part(path));
        while (m_error.isEmpty() && xml.next())
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                const QString type = xml.attr(QLatin1String("Type"));
                out.insert(xml.attr(QLatin1String("Id")),
                           {type.mid(type.lastIndexOf(QLatin1Char('/')) + 1),
                            xml.attr(QLatin1String("Target"))});
            }
        if (xml.hasError())
            xmlError(xml, path);
        return out;
    }

    // The sheets in the workbook's order: (name, part path).
    QList<std::pair<QString, QString>> sheetList(const QString &path,
                                                 const QHash<QString, Relationship> &rels)
    {
        QList<std::pair<QString, QString>> out;
        Xml xml(part(path));
        while (m_error.isEmpty() && xml.next()) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const QString v = xml.attr(QLatin1String("date1904"));
                m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                QString id;
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                        id = a.value().toString();
                const auto rel = rels.constFind(id);
                // Chart sheets and dialogs have no cells.
                if (rel == rels.constEnd() || rel->type != QLatin1String("worksheet"))
                    continue;
                if (out.size() >= XlsxLimits::MaxSheets) {
                    m_error =
                        Tr::tr("the workbook has more than %1 sheets.").arg(XlsxLimits::MaxSheets);
                    break;
                }
                out.append(
                    {xml.attr(QLatin1String("name")), resolvePath(folderOf(path), rel->target)});
            }
        }
        if (xml.hasError())
            xmlError(xml, path);
        return out;
    }

    // The text of an <si> or <is>: its <t> runs, without phonetic guides (<rPh>).
    QString richText(Xml &xml)
    {
        QString text;
        const QString end = xml.name().toString();
        int phonetic = 0;
        while (xml.next()) {
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t") && !phonetic)
                    text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
                else if (xml.name() == end)
                    break;
            }
        }
        return text;
    }

    void readSharedStrings(const QString &path)
    {
        Xml xml(part(path));
        while (m_error.isEmpty() && xml.next())
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                if (m_strings.size() >= XlsxLimits::MaxSharedStrings) {
                    m_error = Tr::tr("the workbook has more than %1 different texts.")
                                  .arg(XlsxLimits::MaxSharedStrings);
                    return;
                }
                m_strings << richText(xml);
            }
        if (xml.hasError())
            xmlError(xml, path);
    }

    static bool isDateFormat(int id, const QString &code)
    {
        if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
            (id >= 50 && id <= 58))
            return true;
        if (code.isEmpty())
            return false;
        // Quoted text, [colours], escaped and padding characters say nothing of dates.
        static const QRegularExpression noise(
            QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|[\\\\_*].?"));
        QString c = code;
        c.remove(noise);
        static const QRegularExpression date(QStringLiteral("[ymdhsYMDHS]"));
        return c.contains(date) && !c.contains(QLatin1String("General"), Qt::CaseInsensitive);
    }

    void readStyles(const QString &path)
    {
        // Whether a custom format shows a date, decided once per <numFmt>: deciding per <xf>
        // scanned the format's code again for each of up to 65536 styles, hours for one huge
        // code that packs into a few kilobytes.
        QHash<int, bool> customIsDate;
        Xml xml(part(path));
        bool inCellXfs = false;
        while (m_error.isEmpty() && xml.next()) {
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt")) {
                    const int id = xml.attr(QLatin1String("numFmtId")).toInt();
                    customIsDate.insert(id,
                                        isDateFormat(id, xml.attr(QLatin1String("formatCode"))));
                } else if (xml.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                    if (m_dateStyles.size() >= 65536)
                        break; // Excel allows 64000 styles; more is no workbook
                    const int id = xml.attr(QLatin1String("numFmtId")).toInt();
                    const auto custom = customIsDate.constFind(id);
                    m_dateStyles << (custom != customIsDate.cend() ? *custom
                                                                   : isDateFormat(id, QString()));
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        if (xml.hasError())
            xmlError(xml, path);
    }

    // "D7" → row 6, column 3; false when it is no cell reference inside Excel's grid.
    static bool parseReference(QStringView ref, int *row, int *column)
    {
        qsizetype i = 0;
        int c = 0, r = 0;
        for (; i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128; ++i) {
            c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
            if (c > MaxColumn)
                return false;
        }
        if (i == 0 || i == ref.size())
            return false;
        for (; i < ref.size(); ++i) {
            if (!ref[i].isDigit() || ref[i].unicode() >= 128)
                return false;
            r = r * 10 + (ref[i].unicode() - '0');
            if (r > MaxRow)
                return false;
        }
        if (r < 1)
            return false;
        *row = r - 1;
        *column = c - 1;
        return true;
    }

    QString dateText(double serial) const
    {
        if (!std::isfinite(serial) || std::fabs(serial) > 3e6)
            return QString::number(serial);
        const QDate base = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        const QDateTime at = QDateTime(base, QTime(0, 0), Qt::UTC)
                                 .addMSecs(qint64(std::llround(serial * 86400000.0)));
        return at.time() == QTime(0, 0) ? at.date().toString(Qt::ISODate)
                                        : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }

    void readSheet(const QString &name, const QString &path)
    {
        Sheet sheet;
        sheet.name = name;
        Xml xml(part(path));
        int row = -1, column = -1;
        while (m_error.isEmpty() && xml.next()) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("row")) {
                bool ok = false;
                const int r = xml.attr(QLatin1String("r")).toInt(&ok);
                row = ok && r >= 1 && r <= MaxRow ? r - 1 : row + 1;
                column = -1;
            } else if (xml.name() == QLatin1String("c")) {
                SheetCell cell;
                const QString ref = xml.attr(QLatin1String("r"));
                if (ref.isEmpty() || !parseReference(ref, &cell.row, &cell.column)) {
                    cell.row = std::max(row, 0);
                    cell.column = column + 1;
                }
                if (cell.column >= MaxColumn || cell.row >= MaxRow) {
                    m_error =
                        Tr::tr("%1: a cell lies outside the grid a spreadsheet has.").arg(name);
                    break;
                }
                row = cell.row;
                column = cell.column;
                if (readCell(xml, cell)) {
                    if (m_cells >= XlsxLimits::MaxCells) {
                        m_error = Tr::tr("the workbook has more than %1 filled cells; no request "
                                         "for figures is that large.")
                                      .arg(XlsxLimits::MaxCells);
                        break;
                    }
                    ++m_cells;
                    sheet.cells.append(cell);
                }
            }
        }
        if (xml.hasError())
            xmlError(xml, path);
        m_book.sheets.append(sheet);
    }

    // Reads one <c> to its end; false when the cell holds nothing.
    bool readCell(Xml &xml, SheetCell &cell)
    {
        const QString type = xml.attr(QLatin1String("t"));
        bool styleOk = false;
        const int style = xml.attr(QLatin1String("s")).toInt(&styleOk);
        QString value, formula;
        bool hasValue = false, hasFormula = false, inlineText = false;
        while (xml.next()) {
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    hasValue = true;
                } else if (xml.name() == QLatin1String("f")) {
                    formula = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    hasFormula = true;
                } else if (xml.name() == QLatin1String("is")) {
                    value = richText(xml);
                    hasValue = inlineText = true;
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                break;
            }
        }
        if (xml.hasError())
            return false;
        using K = SheetCell::Kind;
        if (!hasValue) {
            if (!hasFormula)
                return false;
            cell.kind = K::Formula;
            cell.text = QLatin1Char('=') + formula;
            return true;
        }
        if (type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype i = value.trimmed().toLongLong(&ok);
            cell.kind = K::Text;
            if (!ok || i < 0 || i >= m_strings.size()) {
                cell.kind = K::Error;
                cell.text = Tr::tr("(a missing shared text)");
            } else {
                cell.text = m_strings.at(i);
            }
        } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") ||
                   inlineText) {
            cell.kind = K::Text;
            cell.text = value;
        } else if (type == QLatin1String("b")) {
            cell.kind = K::Boolean;
            cell.number = value.trimmed() == QLatin1String("1") ? 1 : 0;
        } else if (type == QLatin1String("e")) {
            cell.kind = K::Error;
            cell.text = value.trimmed();
        } else if (type == QLatin1String("d")) {
            cell.kind = K::Date; // ISO 8601 date cells (Strict OOXML, rare)
            cell.text = value.trimmed();
        } else {
            bool ok = false;
            cell.number = value.trimmed().toDouble(&ok);
            if (!ok) {
                cell.kind = K::Text; // a writer that put text in a number cell: checked as text
                cell.text = value;
            } else if (styleOk && style >= 0 && style < m_dateStyles.size() &&
                       m_dateStyles.at(style)) {
                cell.kind = K::Date;
                cell.text = dateText(cell.number);
            } else {
                cell.kind = K::Number;
                // A formula's binary noise (0.1+0.2 = 0.30000000000000004) rounded away at the 15
                // significant digits a spreadsheet shows.
                cell.number = QString::number(cell.number, 'g', 15).toDouble();
            }
        }
        return cell.kind != K::Text || !cell.text.isEmpty();
    }

    ZipParts m_zip;
    Workbook m_book;
    QString m_error;
    QStringList m_strings;
    QList<bool> m_dateStyles; // per cellXfs index: a date format
    bool m_date1904 = false;
    qsizetype m_cells = 0;
};

} // namespace

Workbook readXlsx(const QByteArray &bytes, const QString &name)
{
    return Reader(bytes, name).read();
}

} // namespace csr::data
