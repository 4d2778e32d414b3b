#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace csr::data {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::data::WorkbookReader)
};

std::optional<QString> decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                          : QStringDecoder::Utf16BE);
        QString text = utf16.decode(bytes.mid(2));
        return utf16.hasError() ? std::nullopt : std::optional<QString>(text);
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return std::nullopt;
    text = gb.decode(body);
    return gb.hasError() ? std::nullopt : std::optional<QString>(text);
}

// The separator the first line uses most, outside quotes; a comma when it uses none.
QChar separatorOf(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            comma += c == QLatin1Char(','), semicolon += c == QLatin1Char(';'),
                tab += c == QLatin1Char('\t');
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

Workbook readCsv(const QByteArray &bytes, const QString &name)
{
    Workbook book;
    book.name = name;
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
        book.error = Tr::tr("the file is neither a .csv text nor an .xlsx workbook.");
        return book;
    }
    const auto text = decode(bytes);
    if (!text) {
        book.error = Tr::tr("the text is neither UTF-8 nor GB18030; save the .csv as UTF-8.");
        return book;
    }
    const QChar separator = separatorOf(*text);
    Sheet sheet;
    sheet.name = name;
    int row = 0, column = 0, quoteLine = 0;
    QString field;
    bool quoted = false, wasQuoted = false;
    const auto endField = [&]() -> bool {
        // A spreadsheet's grid: what lies beyond it is no table of figures.
        if (column >= CsvLimits::MaxColumns || row >= CsvLimits::MaxRows) {
            book.error = Tr::tr("the file has more than %1 columns or %2 lines; no request for "
                                "figures is that large.")
                             .arg(CsvLimits::MaxColumns)
                             .arg(CsvLimits::MaxRows);
            return false;
        }
        if (!field.isEmpty() || wasQuoted) {
            if (field.size() > CsvLimits::MaxFieldChars) {
                book.error = Tr::tr("%1!%2: a field is longer than %3 characters.")
                                 .arg(name, cellName(row, column))
                                 .arg(CsvLimits::MaxFieldChars);
                return false;
            }
            if (sheet.cells.size() >= CsvLimits::MaxCells) {
                book.error = Tr::tr("the file has more than %1 filled fields; no request for "
                                    "figures is that large.")
                                 .arg(CsvLimits::MaxCells);
                return false;
            }
            if (!field.isEmpty())
                sheet.cells.append({row, column, SheetCell::Kind::Text, 0, field});
        }
        field.clear();
        wasQuoted = false;
        ++column;
        return true;
    };
    const QString &t = *text;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < t.size() && t.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c; // bounded by the file's size; endField() checks the length
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = wasQuoted = true;
            quoteLine = row + 1;
        } else if (c == separator) {
            if (!endField())
                return book;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < t.size() && t.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endField())
                return book;
            ++row;
            column = 0;
        } else {
            field += c;
        }
    }
    if (quoted) {
        book.error = Tr::tr("a quoted field opened on line %1 is never closed.").arg(quoteLine);
        return book;
    }
    if (!endField())
        return book;
    book.sheets.append(sheet);
    return book;
}

} // namespace csr::data
