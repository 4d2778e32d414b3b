#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace csr {

QString preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!saved.isEmpty())
        return saved;
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    // Owned by the application object through the parent tree, replaced on every switch.
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    auto *core = QCoreApplication::instance();
    for (QTranslator **t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    app = new QTranslator(core);
    const bool ok = app->load(QStringLiteral(":/i18n/csrstudio_%1.qm").arg(language));
    QCoreApplication::installTranslator(app);
    qt = new QTranslator(core);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ok;
}

} // namespace csr
