#include "StyleRegistry.h"

#include "StyleReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>

namespace csr::print {

QString StyleRegistry::userFolder()
{
    const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return user.isEmpty() ? QString() : user + QStringLiteral("/styles");
}

QStringList StyleRegistry::searchPaths()
{
    QStringList paths{QStringLiteral(":/styles")};
    if (const QString user = userFolder(); !user.isEmpty())
        paths << user;
    const QString extra = qEnvironmentVariable("CSR_STYLE_PATH");
    for (const QString &p : extra.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        paths << p;
    return paths;
}

QList<StyleEntry> StyleRegistry::available()
{
    QList<StyleEntry> out;
    for (const QString &folder : searchPaths()) {
        const QDir dir(folder);
        for (const QFileInfo &file :
             dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (file.size() > StyleReader::MaxStyleBytes)
                continue;
            QFile f(file.filePath());
            QString name;
            if (f.open(QIODevice::ReadOnly))
                name = QJsonDocument::fromJson(f.readAll())
                           .object()
                           .value(QLatin1String("name"))
                           .toString()
                           .left(200);
            const StyleEntry entry{file.completeBaseName(),
                                   name.isEmpty() ? file.completeBaseName() : name,
                                   file.filePath()};
            auto same = std::find_if(out.begin(), out.end(),
                                     [&](const StyleEntry &e) { return e.id == entry.id; });
            if (same != out.end())
                *same = entry;
            else
                out << entry;
        }
    }
    return out;
}

StyleChoice StyleRegistry::resolve(const QString &idOrFile)
{
    StyleChoice choice;
    const QString wanted = idOrFile.trimmed();
    if (wanted.isEmpty() || wanted == QLatin1String("default"))
        return choice;
    QString path;
    if (wanted.contains(QLatin1Char('/')) || wanted.endsWith(QLatin1String(".json"))) {
        path = wanted;
    } else {
        for (const StyleEntry &e : available())
            if (e.id == wanted)
                path = e.path;
        if (path.isEmpty()) {
            choice.messages
                << tr("The style \"%1\" is not installed; the default style is used.").arg(wanted);
            return choice;
        }
    }
    const StyleRead read = StyleReader::readFile(path);
    choice.style = read.style;
    choice.messages = read.problems;
    return choice;
}

} // namespace csr::print
