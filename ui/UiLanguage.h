#pragma once

#include <QString>

namespace csr::ui {

// The window's language: its translations, and the locale that dates and numbers shown in the
// window are written in (QLocale's default), so a Chinese window says "2026/12/4 22:58", not
// "4 Dec 2026", whatever the system locale. The printed report has its own language.
void useUiLanguage(const QString &language);

} // namespace csr::ui
