#include "OpenDataFile.h"

#include "OpenDataFormats.h"
#include "XlsxWriterLibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace csr::data {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::data::OpenDataFile)
};

// Writes the cells; the first failing call's error, or LXW_NO_ERROR.
lxw_error fillSheet(const XlsxWriterLibrary &lx, lxw_workbook *book, const OpenDataSet &data)
{
    lxw_worksheet *sheet = lx.workbook_add_worksheet(book, "figures");
    lxw_format *bold = lx.workbook_add_format(book);
    lx.format_set_bold(bold);
    const QStringList columns = openDataColumns(data);
    lxw_error error = LXW_NO_ERROR;
    auto text = [&](lxw_row_t row, lxw_col_t col, const QString &s, lxw_format *format) {
        if (error == LXW_NO_ERROR && !s.isEmpty())
            error = lx.worksheet_write_string(sheet, row, col, s.toUtf8().constData(), format);
    };
    auto number = [&](lxw_row_t row, lxw_col_t col, const std::optional<double> &v) {
        if (error == LXW_NO_ERROR && v)
            error = lx.worksheet_write_number(sheet, row, col, *v, nullptr);
    };
    for (int c = 0; c < columns.size(); ++c)
        text(0, lxw_col_t(c), columns[c], bold);
    lxw_row_t r = 1;
    for (const OpenDataRow &row : data.rows) {
        text(r, 0, row.id, nullptr);
        text(r, 1, row.chapter, nullptr);
        text(r, 2, row.label, nullptr);
        text(r, 3, row.unit, nullptr);
        number(r, 4, double(data.report.year));
        number(r, 5, row.value);
        number(r, 6, row.lastYear);
        number(r, 7, row.change);
        text(r, 8, row.change ? row.changeUnit : QString(), nullptr);
        text(r, 9, row.source, nullptr);
        text(r, 10, row.confidential ? QStringLiteral("true") : QStringLiteral("false"), nullptr);
        for (int y = 0; y < data.historyYears.size(); ++y)
            if (row.history.contains(data.historyYears[y]))
                number(r, lxw_col_t(11 + y), row.history.value(data.historyYears[y]));
        ++r;
    }
    lx.worksheet_freeze_panes(sheet, 1, 0);
    lx.worksheet_set_column(sheet, 0, 0, 22, nullptr);
    lx.worksheet_set_column(sheet, 1, 2, 28, nullptr);
    return error;
}

QString writeBytes(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    // flush() before commit(): Qt 6.4's commit() can keep a file that was written only in part.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() ||
        !file.commit())
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QString openDataFileSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return openDataSuffixes().contains(suffix) ? suffix : QString();
}

QStringList openDataSuffixes()
{
    return {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")};
}

QString writeOpenDataFile(const OpenDataSet &data, const QString &path)
{
    const QString suffix = openDataFileSuffix(path);
    if (suffix.isEmpty())
        return Tr::tr("Open data is written as .csv, .json or .xlsx; name the file so (not "
                      "\"%1\").")
            .arg(QFileInfo(path).fileName());
    if (suffix == QLatin1String("xlsx"))
        return writeOpenDataXlsx(data, path);
    return writeBytes(suffix == QLatin1String("json") ? openDataJson(data) : openDataCsv(data),
                      path);
}

QString writeOpenDataXlsx(const OpenDataSet &data, const QString &path)
{
    // libxlsxwriter writes to a file name: a temporary one, copied into place through
    // QSaveFile, so a failure leaves an older file as it was.
    QTemporaryDir staging;
    if (!staging.isValid())
        return Tr::tr("Cannot write %1: no temporary folder (%2).")
            .arg(path, staging.errorString());
    const QString temporary = staging.filePath(QStringLiteral("figures.xlsx"));
    // Through the library loaded on its own (see XlsxWriterLibrary): linked directly, its minizip
    // and QuaZip's (import-data) would serve each other's calls.
    const XlsxWriterLibrary &lx = XlsxWriterLibrary::instance();
    if (!lx.error.isEmpty())
        return Tr::tr("Cannot write %1: %2").arg(path, lx.error);
    lxw_workbook *book = lx.workbook_new_opt(QFile::encodeName(temporary).constData(), nullptr);
    if (!book)
        return Tr::tr("Cannot write %1: the workbook could not be created.").arg(path);
    QByteArray title = data.report.reportTitle.toUtf8();
    QByteArray company = data.report.unitName.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.company = company.data();
    lx.workbook_set_properties(book, &properties);
    const lxw_error filled = fillSheet(lx, book, data);
    const lxw_error closed = lx.workbook_close(book); // frees the workbook whatever happened
    if (filled != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        return Tr::tr("Cannot write %1: %2")
            .arg(path,
                 QString::fromUtf8(lx.lxw_strerror(filled != LXW_NO_ERROR ? filled : closed)));
    QFile written(temporary);
    QSaveFile target(path);
    if (!written.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(path, target.errorString());
    const QByteArray bytes = written.readAll();
    if (target.write(bytes) != bytes.size() || !target.flush() || !target.commit())
        return Tr::tr("Cannot write %1: %2").arg(path, target.errorString());
    return {};
}

} // namespace csr::data
