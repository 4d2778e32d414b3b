#pragma once

#include <QString>
#include <xlsxwriter.h>

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
#define CSR_LXW(f) decltype(&::f) f = nullptr;
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
    QString error; // why the library could not be loaded; empty when every function is here

    static const XlsxWriterLibrary &instance();
};

} // namespace csr::data
