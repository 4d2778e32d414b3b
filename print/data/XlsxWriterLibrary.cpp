#include "XlsxWriterLibrary.h"

#include <dlfcn.h>
#include <type_traits>

namespace csr::data {

namespace {

XlsxWriterLibrary load()
{
    XlsxWriterLibrary x;
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
#define CSR_LXW(f) resolve(x.f, #f);
    CSR_LXW(workbook_new_opt)
    CSR_LXW(workbook_set_properties)
    CSR_LXW(workbook_add_format)
    CSR_LXW(workbook_add_worksheet)
    CSR_LXW(workbook_close)
    CSR_LXW(lxw_strerror)
    CSR_LXW(format_set_bold)
    CSR_LXW(format_set_font_size)
    CSR_LXW(format_set_bg_color)
    CSR_LXW(format_set_border)
    CSR_LXW(format_set_text_wrap)
    CSR_LXW(format_set_align)
    CSR_LXW(format_set_num_format)
    CSR_LXW(format_set_unlocked)
    CSR_LXW(worksheet_protect)
    CSR_LXW(worksheet_set_column_opt)
    CSR_LXW(worksheet_set_column)
    CSR_LXW(worksheet_write_string)
    CSR_LXW(worksheet_write_number)
    CSR_LXW(worksheet_write_blank)
    CSR_LXW(worksheet_set_row)
    CSR_LXW(worksheet_freeze_panes)
    CSR_LXW(worksheet_data_validation_range)
    CSR_LXW(worksheet_set_landscape)
    CSR_LXW(worksheet_fit_to_pages)
#undef CSR_LXW
    if (!complete)
        x.error = QStringLiteral(CSR_XLSXWRITER_SONAME " lacks a function this program uses");
    return x;
}

} // namespace

const XlsxWriterLibrary &XlsxWriterLibrary::instance()
{
    static const XlsxWriterLibrary library = load();
    return library;
}

} // namespace csr::data
