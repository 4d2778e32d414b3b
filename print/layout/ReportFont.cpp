#include "ReportFont.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QMutex>

namespace csr::print {

ReportFont ReportFont::load(const QString &path)
{
    return load(StyleFont{QString::fromLatin1(Family), path, QString::fromLatin1(Package)});
}

ReportFont ReportFont::load(const StyleFont &style)
{
    const QString &path = style.file;
    static QMutex mutex;
    static QHash<QString, QString> loaded; // path + family -> family
    QMutexLocker lock(&mutex);

    ReportFont font;
    const QString key = path + QLatin1Char('\n') + style.family;
    if (const auto it = loaded.constFind(key); it != loaded.constEnd()) {
        font.family = *it;
        return font;
    }
    if (!QFileInfo(path).isFile()) {
        font.error = tr("The report font %1 is missing: %2 does not exist. Install the Debian "
                        "package %3 (apt install %3).")
                         .arg(style.family, path, style.package);
        return font;
    }
    const int id = QFontDatabase::addApplicationFont(path);
    const QStringList families =
        id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
    if (families.isEmpty()) {
        font.error = tr("The report font %1 could not be loaded from %2; reinstall the Debian "
                        "package %3.")
                         .arg(style.family, path, style.package);
        return font;
    }
    // A .ttc holds the proportional and the mono face; the report uses the proportional one.
    font.family = families.contains(style.family) ? style.family : families.first();
    loaded.insert(key, font.family);
    return font;
}

} // namespace csr::print
