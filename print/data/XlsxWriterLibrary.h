#pragma once

#include <QString>
#include <xlsxwriter.h>

// Every libxlsxwriter function this program calls, named once: the table's members and its
// loading (XlsxWriterLibrary.cpp) both expand this list.
// clang-format off
#define CSR_XLSXWRITER_FUNCTIONS(X) \
    X(workbook_new_opt) \
    X(workbook_set_properties) \
    X(workbook_add_format) \
    X(workbook_add_worksheet) \
    X(workbook_close) \
    X(lxw_strerror) \
    X(format_set_bold) \
    X(format_set_font_size) \
    X(format_set_bg_color) \
    X(format_set_border) \
    X(format_set_text_wrap) \
    X(format_set_align) \
    X(format_set_num_format) \
    X(format_set_unlocked) \
    X(worksheet_protect) \
    X(worksheet_set_column_opt) \
    X(worksheet_set_column) \
    X(worksheet_write_string) \
    X(worksheet_write_number) \
    X(worksheet_write_blank) \
    X(worksheet_set_row) \
    X(worksheet_freeze_panes) \
    X(worksheet_data_validation_range) \
    X(worksheet_set_landscape) \
    X(worksheet_fit_to_pages)
// clang-format on

namespace csr::data {

// libxlsxwriter and QuaZip each bring a minizip under the same symbol names (zipOpen, unzOpen2,
// ...) and call it through the PLT: in one process, whichever library the loader met first
// serves both, and writing crashed inside QuaZip's zipOpen3. So libxlsxwriter (with its
// libminizip) is loaded into a link namespace of its own (dlmopen), where its names resolve to
// its own dependencies, and called through this table, by every writer of
// workbooks (data requests, open data). Nothing allocated there is freed here.
class XlsxWriterLibrary
{
public:
#define CSR_LXW_MEMBER(f) decltype(&::f) f = nullptr;
    CSR_XLSXWRITER_FUNCTIONS(CSR_LXW_MEMBER)
#undef CSR_LXW_MEMBER
    QString error; // why the library could not be loaded; empty when every function is here

    static const XlsxWriterLibrary &instance();
};

} // namespace csr::data
