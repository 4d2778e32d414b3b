#include "ReportFont.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QMutex>

namespace csr::print {

ReportFont ReportFont::load(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, QString> loaded; // path -> family
    QMutexLocker lock(&mutex);

    ReportFont font;
    if (const auto it = loaded.constFind(path); it != loaded.constEnd()) {
        font.family = *it;
        return font;
    }
    if (!QFileInfo(path).isFile()) {
        font.error = tr("The report font %1 is missing: %2 does not exist. Install the Debian "
                        "package %3 (apt install %3).")
                         .arg(QLatin1String(Family), path, QLatin1String(Package));
        return font;
    }
    const int id = QFontDatabase::addApplicationFont(path);
    const QStringList families =
        id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
    if (families.isEmpty()) {
        font.error = tr("The report font %1 could not be loaded from %2; reinstall the Debian "
                        "package %3.")
                         .arg(QLatin1String(Family), path, QLatin1String(Package));
        return font;
    }
    // A .ttc holds the proportional and the mono face; the report uses the proportional one.
    font.family =
        families.contains(QLatin1String(Family)) ? QString::fromLatin1(Family) : families.first();
    loaded.insert(path, font.family);
    return font;
}

} // namespace csr::print
