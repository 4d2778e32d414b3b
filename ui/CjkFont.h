#pragma once

namespace csr::ui {

// Qt's fallback for Chinese depends on the locale (Noto CJK under zh_CN, which extracts
// badly in PDFs and looks different from print); the window uses the font the report is
// printed in, when it is installed.
void useCjkFont();

} // namespace csr::ui
