#include "RequestWorkbookWriter.h"

#include "WorkbookWording.h"
#include "XlsxWriterLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <cstdio>

namespace csr::data {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::data::RequestWorkbookWriter)
};

const XlsxWriterLibrary *L = nullptr; // set by writeRequestWorkbook before anything is written

constexpr int FirstDataRow = 1; // row 0 holds the headers

// Keeps the UTF-8 of every text handed to libxlsxwriter alive until the workbook is closed.
class Texts
{
public:
    const char *operator()(const QString &text)
    {
        m_kept.append(text.toUtf8());
        return m_kept.last().constData();
    }
    char *mutableText(const QString &text) { return const_cast<char *>((*this)(text)); }

private:
    QList<QByteArray> m_kept;
};

// A sheet name Excel takes: at most 31 characters, none of []:*?/\, no quote at either end,
// unique regardless of case.
QString sheetName(const QString &wanted, QSet<QString> &used)
{
    QString name;
    for (const QChar c : wanted.simplified())
        name += QStringLiteral("[]:*?/\\").contains(c) ? QChar(u'_') : c;
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    name = name.left(31);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.isEmpty() || name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; used.contains(unique.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    used.insert(unique.toCaseFolded());
    return unique;
}

struct Formats
{
    lxw_format *title, *header, *locked, *lockedNumber, *input, *note, *wrap;
};

Formats makeFormats(lxw_workbook *book)
{
    Formats f{};
    f.title = L->workbook_add_format(book);
    L->format_set_bold(f.title);
    L->format_set_font_size(f.title, 14);
    f.header = L->workbook_add_format(book);
    L->format_set_bold(f.header);
    L->format_set_bg_color(f.header, 0xD9E2F3);
    L->format_set_border(f.header, LXW_BORDER_THIN);
    L->format_set_text_wrap(f.header);
    L->format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    f.locked = L->workbook_add_format(book);
    L->format_set_border(f.locked, LXW_BORDER_THIN);
    L->format_set_bg_color(f.locked, 0xF2F2F2);
    f.lockedNumber = L->workbook_add_format(book);
    L->format_set_border(f.lockedNumber, LXW_BORDER_THIN);
    L->format_set_bg_color(f.lockedNumber, 0xF2F2F2);
    L->format_set_num_format(f.lockedNumber, "General");
    // The cells to fill: unlocked under the sheet's protection, and marked as such.
    f.input = L->workbook_add_format(book);
    L->format_set_unlocked(f.input);
    L->format_set_border(f.input, LXW_BORDER_THIN);
    L->format_set_bg_color(f.input, 0xFFF2CC);
    L->format_set_num_format(f.input, "General");
    f.note = L->workbook_add_format(book);
    L->format_set_unlocked(f.note);
    L->format_set_border(f.note, LXW_BORDER_THIN);
    L->format_set_text_wrap(f.note);
    f.wrap = L->workbook_add_format(book);
    L->format_set_text_wrap(f.wrap);
    L->format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

void protect(lxw_worksheet *sheet)
{
    lxw_protection options{};
    options.format_columns = 1; // widening a column to read a long label does no harm
    options.format_rows = 1;
    L->worksheet_protect(sheet, nullptr, &options);
}

void writeInstructions(lxw_workbook *book, const Formats &f, Texts &text, const WorkbookWording &w,
                       const Document &doc, const FigureRequest &request, QSet<QString> &used)
{
    const ReportMetadata &meta = doc.metadata;
    lxw_worksheet *sheet =
        L->workbook_add_worksheet(book, text(sheetName(w.instructionsSheet, used)));
    L->worksheet_set_column(sheet, 0, 0, 100, f.wrap);
    L->worksheet_write_string(sheet, 0, 0, text(w.title.arg(meta.unitName).arg(meta.year)),
                              f.title);
    L->worksheet_write_string(sheet, 1, 0, text(w.addressee.arg(request.name)), nullptr);
    lxw_row_t row = 3;
    for (QString line : w.instructions) {
        line.replace(QLatin1String("%1"), QString::number(meta.year));
        line.replace(QLatin1String("%2"), QString::number(meta.year - 1));
        L->worksheet_write_string(sheet, row++, 0, text(line), f.wrap);
    }
    protect(sheet);
}

void writeTable(lxw_workbook *book, const Formats &f, Texts &text, const WorkbookWording &w,
                const Document &doc, const RequestedTable &table, QSet<QString> &used)
{
    lxw_worksheet *sheet = L->workbook_add_worksheet(book, text(sheetName(table.title, used)));
    const int year = doc.metadata.year;
    for (int c = 0; c < SheetColumnCount; ++c)
        L->worksheet_write_string(sheet, 0, lxw_col_t(c), text(w.header(SheetColumn(c), year)),
                                  f.header);
    // The id says which figure a row is; hidden and locked so nobody edits it by accident.
    lxw_row_col_options hidden{};
    hidden.hidden = 1;
    L->worksheet_set_column_opt(sheet, 0, 0, 20, f.locked, &hidden);
    L->worksheet_set_column(sheet, 1, 1, 36, nullptr);
    L->worksheet_set_column(sheet, 2, 2, 10, nullptr);
    L->worksheet_set_column(sheet, 3, 4, 18, nullptr);
    L->worksheet_set_column(sheet, 5, 5, 42, nullptr);
    L->worksheet_set_row(sheet, 0, 32, nullptr);
    // Printed, a sheet is one page wide: some colleagues fill it in on paper first.
    L->worksheet_set_landscape(sheet);
    L->worksheet_fit_to_pages(sheet, 1, 0);
    L->worksheet_freeze_panes(sheet, 1, 2);
    lxw_row_t row = FirstDataRow;
    for (const QString &id : table.metricIds) {
        const Metric *m = doc.findMetric(id);
        L->worksheet_write_string(sheet, row, 0, text(m->id), f.locked);
        L->worksheet_write_string(sheet, row, 1, text(m->label), f.locked);
        L->worksheet_write_string(sheet, row, 2, text(m->unit), f.locked);
        if (m->value)
            L->worksheet_write_number(sheet, row, 3, *m->value, f.input);
        else
            L->worksheet_write_blank(sheet, row, 3, f.input);
        if (m->previousValue)
            L->worksheet_write_number(sheet, row, 4, *m->previousValue, f.lockedNumber);
        else
            L->worksheet_write_blank(sheet, row, 4, f.lockedNumber);
        if (!m->source.isEmpty())
            L->worksheet_write_string(sheet, row, 5, text(m->source), f.note);
        else
            L->worksheet_write_blank(sheet, row, 5, f.note);
        ++row;
    }
    lxw_data_validation numbers{};
    numbers.validate = LXW_VALIDATION_TYPE_DECIMAL;
    numbers.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    numbers.minimum_number = -1e15;
    numbers.maximum_number = 1e15;
    numbers.ignore_blank = LXW_VALIDATION_ON;
    numbers.show_input = LXW_VALIDATION_ON;
    numbers.show_error = LXW_VALIDATION_ON;
    numbers.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    numbers.input_title = text.mutableText(w.validationTitle);
    numbers.input_message = text.mutableText(w.validationMessage);
    numbers.error_title = text.mutableText(w.validationTitle);
    numbers.error_message = text.mutableText(w.validationMessage);
    L->worksheet_data_validation_range(sheet, FirstDataRow, 3, row - 1, 3, &numbers);
    protect(sheet);
}

} // namespace

QString writeRequestWorkbook(const Document &doc, const FigureRequest &request, const QString &path)
{
    L = &XlsxWriterLibrary::instance();
    if (!L->error.isEmpty())
        return Tr::tr("Cannot write %1: libxlsxwriter is not usable (%2).").arg(path, L->error);
    const WorkbookWording &w = WorkbookWording::forLanguage(reportLanguage(doc));
    const QFileInfo target(path);
    const QString temporary =
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".part");
    Texts text;
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(text(QDir::tempPath()));
    lxw_workbook *book = L->workbook_new_opt(text(temporary), &options);
    if (!book)
        return Tr::tr("Cannot write %1.").arg(path);
    lxw_doc_properties properties{};
    properties.title = text.mutableText(w.title.arg(doc.metadata.unitName).arg(doc.metadata.year));
    properties.subject = text.mutableText(request.name);
    properties.company = text.mutableText(doc.metadata.unitName);
    properties.comments = text.mutableText(QStringLiteral("CSR Report Studio"));
    L->workbook_set_properties(book, &properties);
    const Formats formats = makeFormats(book);
    QSet<QString> used;
    writeInstructions(book, formats, text, w, doc, request, used);
    for (const RequestedTable &table : request.tables)
        writeTable(book, formats, text, w, doc, table, used);
    const lxw_error error = L->workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Tr::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(L->lxw_strerror(error)));
    }
    // rename(2) replaces the target in one step: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(path).constData())) {
        QFile::remove(temporary);
        return Tr::tr("Cannot write %1.").arg(path);
    }
    return {};
}

DataRequestResult writeDataRequest(const Document &doc, RequestGrouping grouping,
                                   const QString &folder)
{
    DataRequestResult result;
    if (!QDir().mkpath(folder)) {
        result.error = Tr::tr("Cannot create the folder %1.").arg(folder);
        return result;
    }
    const WorkbookWording &w = WorkbookWording::forLanguage(reportLanguage(doc));
    QSet<QString> names;
    for (const FigureRequest &request : figureRequests(doc, grouping, w.unassigned)) {
        QString base = requestFileName(request.name);
        for (int n = 2; names.contains(base.toCaseFolded()); ++n)
            base = requestFileName(request.name) + QStringLiteral(" (%1)").arg(n);
        names.insert(base.toCaseFolded());
        const QString path = QDir(folder).filePath(base + QStringLiteral(".xlsx"));
        result.error = writeRequestWorkbook(doc, request, path);
        if (!result.error.isEmpty())
            return result;
        result.files << path;
    }
    return result;
}

} // namespace csr::data
