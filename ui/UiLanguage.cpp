#include "UiLanguage.h"

#include "Translations.h"

#include <QLocale>

namespace csr::ui {

void useUiLanguage(const QString &language)
{
    installTranslations(language);
    QLocale::setDefault(language == QLatin1String("zh_CN")
                            ? QLocale(QLocale::Chinese, QLocale::China)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

} // namespace csr::ui
