#include "RecentFiles.h"

#include <QSettings>

namespace csr::ui {

namespace {
const QString Key = QStringLiteral("recentFiles");
}

QStringList RecentFiles::files() const
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &absolutePath)
{
    QSettings settings;
    QStringList list = settings.value(Key).toStringList();
    list.removeAll(absolutePath);
    list.prepend(absolutePath);
    while (list.size() > Max)
        list.removeLast();
    settings.setValue(Key, list);
    emit changed();
}

} // namespace csr::ui
