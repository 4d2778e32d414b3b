#include "OpenDataXlsx.h"

#include "OpenDataFormats.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <dlfcn.h>
#include <type_traits>
#include <xlsxwriter.h>

namespace csr::cli {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::cli::OpenDataXlsx)
};

// libxlsxwriter brings its own minizip (libminizip) and QuaZip, which the workbook reader of
// import-data links, bundles one under the same symbol names; both call them through the PLT,
// so in one link namespace whichever was loaded first serves both (writing crashed in QuaZip's
// zipOpen3, print/data found). libxlsxwriter is therefore never linked: it is loaded into a
// link namespace of its own (dlmopen) and called through this table.
struct Lxw
{
#define CSR_LXW_FUNCTIONS(X)                                                                       \
    X(workbook_new)                                                                                \
    X(workbook_set_properties)                                                                     \
    X(workbook_add_worksheet)                                                                      \
    X(workbook_add_format)                                                                         \
    X(workbook_close)                                                                              \
    X(lxw_strerror)                                                                                \
    X(format_set_bold)                                                                             \
    X(worksheet_write_string)                                                                      \
    X(worksheet_write_number)                                                                      \
    X(worksheet_freeze_panes)                                                                      \
    X(worksheet_set_column)
#define CSR_LXW_SLOT(f) decltype(&::f) f = nullptr;
    CSR_LXW_FUNCTIONS(CSR_LXW_SLOT)
#undef CSR_LXW_SLOT
    QString error; // why the library could not be used

    static const Lxw &instance()
    {
        static const Lxw lxw = load();
        return lxw;
    }

private:
    static Lxw load()
    {
        Lxw x;
        void *lib = dlmopen(LM_ID_NEWLM, CSR_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (!lib) {
            x.error = QString::fromLocal8Bit(dlerror());
            return x;
        }
        bool complete = true;
        const auto resolve = [&](auto &slot, const char *name) {
            slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(dlsym(lib, name));
            complete &= slot != nullptr;
        };
#define CSR_LXW_RESOLVE(f) resolve(x.f, #f);
        CSR_LXW_FUNCTIONS(CSR_LXW_RESOLVE)
#undef CSR_LXW_RESOLVE
        if (!complete)
            x.error = QStringLiteral(CSR_XLSXWRITER_SONAME " lacks a function this program uses");
        return x;
    }
#undef CSR_LXW_FUNCTIONS
};

// Writes the cells; the first failing call's error, or LXW_NO_ERROR.
lxw_error fillSheet(const Lxw &L, lxw_workbook *book, const OpenDataSet &data)
{
    lxw_worksheet *sheet = L.workbook_add_worksheet(book, "figures");
    lxw_format *bold = L.workbook_add_format(book);
    L.format_set_bold(bold);
    const QStringList columns = openDataColumns(data);
    lxw_error error = LXW_NO_ERROR;
    auto text = [&](lxw_row_t row, lxw_col_t col, const QString &s, lxw_format *format) {
        if (error == LXW_NO_ERROR && !s.isEmpty())
            error = L.worksheet_write_string(sheet, row, col, s.toUtf8().constData(), format);
    };
    auto number = [&](lxw_row_t row, lxw_col_t col, const std::optional<double> &v) {
        if (error == LXW_NO_ERROR && v)
            error = L.worksheet_write_number(sheet, row, col, *v, nullptr);
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
    L.worksheet_freeze_panes(sheet, 1, 0);
    L.worksheet_set_column(sheet, 0, 0, 22, nullptr);
    L.worksheet_set_column(sheet, 1, 2, 28, nullptr);
    return error;
}

} // namespace

QString writeOpenDataXlsx(const OpenDataSet &data, const QString &path)
{
    // libxlsxwriter writes to a file name: a temporary one, copied into place through
    // QSaveFile, so a failure leaves an older file as it was.
    QTemporaryDir staging;
    if (!staging.isValid())
        return Tr::tr("Cannot write %1: no temporary folder (%2).")
            .arg(path, staging.errorString());
    const Lxw &L = Lxw::instance();
    if (!L.error.isEmpty())
        return Tr::tr("Cannot write %1: libxlsxwriter cannot be loaded (%2).").arg(path, L.error);
    const QString temporary = staging.filePath(QStringLiteral("figures.xlsx"));
    lxw_workbook *book = L.workbook_new(QFile::encodeName(temporary).constData());
    if (!book)
        return Tr::tr("Cannot write %1: the workbook could not be created.").arg(path);
    QByteArray title = data.report.reportTitle.toUtf8();
    QByteArray company = data.report.unitName.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.company = company.data();
    L.workbook_set_properties(book, &properties);
    const lxw_error filled = fillSheet(L, book, data);
    const lxw_error closed = L.workbook_close(book); // frees the workbook whatever happened
    if (filled != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        return Tr::tr("Cannot write %1: %2")
            .arg(path, QString::fromUtf8(L.lxw_strerror(filled != LXW_NO_ERROR ? filled : closed)));
    QFile written(temporary);
    QSaveFile target(path);
    if (!written.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(path, target.errorString());
    const QByteArray bytes = written.readAll();
    if (target.write(bytes) != bytes.size() || !target.commit())
        return Tr::tr("Cannot write %1: %2").arg(path, target.errorString());
    return {};
}

} // namespace csr::cli
