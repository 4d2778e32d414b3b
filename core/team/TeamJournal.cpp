#include "TeamJournal.h"

#include "TeamStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace csr::team {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::team::TeamJournal)
};

constexpr qint64 MaxJournalSize = 64 * 1024 * 1024;

} // namespace

TeamJournal::TeamJournal(QString path) : path_(std::move(path)) {}

QString TeamJournal::read()
{
    entries_.clear();
    if (path_.isEmpty() || !QFileInfo::exists(path_))
        return {};
    QFile file(path_);
    if (file.size() > MaxJournalSize)
        return Tr::tr("The journal %1 is larger than 64 MiB; it was left as it is.").arg(path_);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("The journal %1 cannot be read: %2").arg(path_, file.errorString());
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray bytes = file.readLine().trimmed();
        if (bytes.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        const auto kind = kindOfTable(o.value(QStringLiteral("table")).toString());
        const qint64 id = o.value(QStringLiteral("row")).toInteger();
        if (!kind || id <= 0 || !o.contains(QStringLiteral("data"))) {
            entries_.clear();
            return Tr::tr("Line %1 of the journal %2 is no edit; the journal was left as it is.")
                .arg(line)
                .arg(path_);
        }
        entries_.append({*kind, id, o.value(QStringLiteral("expected")).toInt(),
                         o.value(QStringLiteral("data"))});
    }
    return {};
}

QString TeamJournal::append(const JournalEntry &entry)
{
    if (path_.isEmpty())
        return Tr::tr("There is no journal to keep the edit in.");
    QDir().mkpath(QFileInfo(path_).absolutePath());
    QFile file(path_);
    if (!file.open(QIODevice::Append))
        return Tr::tr("The journal %1 cannot be written: %2").arg(path_, file.errorString());
    const QJsonObject o{{QStringLiteral("table"), tableName(entry.kind)},
                        {QStringLiteral("row"), entry.rowId},
                        {QStringLiteral("expected"), entry.expected},
                        {QStringLiteral("data"), entry.data}};
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return Tr::tr("The journal %1 cannot be written: %2").arg(path_, file.errorString());
    entries_.append(entry);
    return {};
}

QString TeamJournal::clear()
{
    entries_.clear();
    if (!path_.isEmpty() && QFileInfo::exists(path_) && !QFile::remove(path_))
        return Tr::tr("The journal %1 cannot be removed.").arg(path_);
    return {};
}

} // namespace csr::team
