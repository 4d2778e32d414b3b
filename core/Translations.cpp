#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
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
    // Guarded, because an application object (and its translators) may come and go: the
    // command line checks its arguments under a QCoreApplication before the window's starts.
    static QPointer<QTranslator> app;
    static QPointer<QTranslator> qt;
    auto *core = QCoreApplication::instance();
    for (QPointer<QTranslator> *t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
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
