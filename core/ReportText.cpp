#include "ReportText.h"

#include "CjkText.h"
#include "ReportImport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace csr {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::ReportImport)
};
} // namespace

namespace {

const QString Cn = QStringLiteral("[一二三四五六七八九十]+");

} // namespace

Heading parseHeading(const QString &line)
{
    if (line.contains(QLatin1Char('\t'))) // a table's row (a contents line "一、公开陈述 4")
        return {};
    static const QRegularExpression r0(QStringLiteral("^") + Cn +
                                       QStringLiteral("[、，.．]\\s*(.+)$"));
    static const QRegularExpression r1(QStringLiteral("^[（(]") + Cn +
                                       QStringLiteral("[）)][、，.．]?\\s*(.+)$"));
    static const QRegularExpression r3(
        QStringLiteral("^[0-9０-９]+[.．][0-9０-９]+[.．、]?\\s*(.+)$"));
    static const QRegularExpression r2(QStringLiteral("^[0-9０-９]+[.．、](?![0-9])\\s*(.+)$"));
    static const QRegularExpression r2b(
        QStringLiteral("^[（(][0-9０-９]+[）)][、，.．]?\\s*(.+)$"));
    static const QRegularExpression r4(QStringLiteral("^[0-9０-９]+[）)]\\s*(.+)$"));
    const std::pair<const QRegularExpression *, int> forms[] = {{&r0, 0}, {&r1, 1},  {&r3, 3},
                                                                {&r2, 2}, {&r2b, 2}, {&r4, 3}};
    for (const auto &[re, rank] : forms) {
        const auto m = re->match(line);
        if (!m.hasMatch())
            continue;
        QString text = m.captured(1).trimmed();
        Heading h;
        h.rank = rank;
        // The title ends at the first full stop or colon; a longer text is a list item.
        static const QRegularExpression end(QStringLiteral("[。：:]"));
        const qsizetype cut = text.indexOf(end);
        h.title = (cut < 0 ? text : text.left(cut)).trimmed();
        h.rest = cut < 0 ? QString() : text.mid(cut + 1).trimmed();
        // A "1）" item with text after its title is a list item in prose, not a heading.
        if (rank == 3 && !h.rest.isEmpty() && re == &r4)
            return {};
        if (h.title.isEmpty() || h.title.size() > 20 || !isCjk(h.title.front()) ||
            h.title.contains(QRegularExpression(QStringLiteral("[，,；;]"))))
            return {};
        return h;
    }
    return {};
}

namespace {

const QString DatePattern =
    QStringLiteral("^\\s*(?:(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|(\\d{4})\\s*[."
                   "\\-/]\\s*(\\d{1,2})"
                   "\\s*[.\\-/]\\s*(\\d{1,2})\\s*日?|(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

} // namespace

QDate leadingDate(const QString &line, int year, qsizetype *length, bool *yearGiven)
{
    static const QRegularExpression re(DatePattern);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return {};
    *length = m.capturedLength(0);
    if (m.hasCaptured(1))
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (m.hasCaptured(4))
        return QDate(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (yearGiven)
        *yearGiven = false;
    return QDate(year, m.captured(7).toInt(), m.captured(8).toInt());
}

// The layout's lines joined into paragraphs: a paragraph ends with a sentence end or a line
// clearly shorter than the text width; headings and dated lines start their own.
QStringList paragraphsOf(const QString &text)
{
    // A line that is only a page number ("16 / 22", "- 3 -", "第 3 页", "第3页，共22页") is a
    // footer the text's extraction kept; left in, it would join the paragraph a page break cut.
    static const QRegularExpression pageNumber(
        QStringLiteral("^(\\d{1,4}\\s*/\\s*\\d{1,4}|[-—–]\\s*\\d{1,4}\\s*[-—–]|"
                       "第\\s*\\d{1,4}\\s*页\\s*([，,]?\\s*共\\s*\\d{1,4}\\s*页)?)$"));
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        line.remove(QChar(0xfeff));
        if (!line.isEmpty() && !pageNumber.match(line).hasMatch())
            lines << line;
    }
    // A table's row (cells separated by tabs) is a paragraph of its own and says nothing about
    // the width of the text.
    auto isRow = [](const QString &l) { return l.contains(QLatin1Char('\t')); };
    QList<int> widths;
    for (const QString &l : lines)
        if (!isRow(l))
            widths << widthOf(l);
    std::sort(widths.begin(), widths.end());
    const int full = widths.isEmpty() ? 0 : widths.at(widths.size() * 8 / 10);
    QStringList out;
    bool open = false;
    for (const QString &line : lines) {
        qsizetype dateLength = 0;
        static const QRegularExpression field(QStringLiteral("^\\p{Han}{2,6}[：:]"));
        const bool starts = parseHeading(line).rank >= 0 || field.match(line).hasMatch() ||
                            leadingDate(line, 2000, &dateLength).isValid() || isRow(line);
        if (open && !starts) {
            QString &last = out.last();
            const bool glue = isCjk(last.back()) && isCjk(line.front());
            last += glue ? line : QStringLiteral(" ") + line;
        } else {
            out << line;
        }
        static const QString enders = QStringLiteral("。！？!?");
        // A paragraph never ends inside brackets: a short line there was cut by the layout's
        // line-breaking rules (no break before a closing bracket).
        const QString &sofar = out.last();
        const bool inBrackets = sofar.count(QChar(0x300a)) > sofar.count(QChar(0x300b)) ||
                                sofar.count(QChar(0xff08)) > sofar.count(QChar(0xff09));
        open = (widthOf(line) >= full * 85 / 100 || inBrackets) && !enders.contains(line.back()) &&
               parseHeading(line).rank < 0 && !isRow(line);
    }
    return out;
}

QString stripEnd(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && QStringLiteral("。；;，,：:").contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

// A paragraph in a heading style: its numbering, if typed, is dropped from the title.
Heading styledHeading(const QString &text, int level)
{
    Heading h = parseHeading(text);
    if (h.rank < 0) {
        h.title = stripEnd(text);
        if (h.title.isEmpty() || widthOf(h.title) > 80)
            return {};
    }
    h.rank = std::min(level, 3);
    return h;
}

std::optional<QString> decodeReportText(const QByteArray &bytes, QString *encoding, QString *error)
{
    if (bytes.size() > MaxImportBytes) {
        *error = Tr::tr("The file is larger than %1 MB; a report's text is far smaller.")
                     .arg(MaxImportBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (bytes.left(8192).contains('\0') || bytes.startsWith("%PDF") || bytes.startsWith("PK")) {
        *error = Tr::tr("The file is not plain text (it holds binary data); save the report "
                        "as text (.txt, UTF-8) first.");
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb(bytes);
        if (!gb.hasError()) {
            *encoding = QStringLiteral("GB18030");
            return text;
        }
    }
    *error = Tr::tr("The text is neither UTF-8 nor GBK/GB18030; save it as UTF-8 text first.");
    return std::nullopt;
}

} // namespace csr
