#pragma once

#include <QString>

namespace csr {

// "zh_CN" or "en": the user's saved choice, else the system locale.
QString preferredLanguage();
// Replaces the installed translators (application and Qt's own) with those of `language`.
bool installTranslations(const QString &language);

} // namespace csr
