#include "ImportReviewFormat.h"

#include "JsonWrite.h"

#include <QCoreApplication>

namespace csr::ImportReviewFormat {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::DocumentFormat)
};
} // namespace

QJsonArray toJson(const QList<ImportReviewItem> &items)
{
    QJsonArray out;
    for (const ImportReviewItem &item : items) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), importReviewKindName(item.kind));
        o.insert(QStringLiteral("message"), item.message);
        json::putString(o, QStringLiteral("chapterId"), item.location.chapterId);
        json::putString(o, QStringLiteral("chapterPath"), item.location.chapterPath);
        json::putString(o, QStringLiteral("blockId"), item.location.blockId);
        json::putString(o, QStringLiteral("metricId"), item.location.metricId);
        json::putString(o, QStringLiteral("field"), item.location.field);
        out.append(o);
    }
    return out;
}

void read(JsonReader &r, const QJsonArray &a, QList<ImportReviewItem> &items)
{
    if (a.size() > MaxItems) {
        r.fail(ReadErrorKind::InvalidValue,
               Tr::tr("the import review lists %1 decisions, more than any import leaves (at "
                      "most %2).")
                   .arg(a.size())
                   .arg(MaxItems));
        return;
    }
    for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
        auto si = r.index(i);
        const QJsonObject o = r.asObject(a.at(i));
        ImportReviewItem item;
        const QString kind = r.string(o, QStringLiteral("kind"), true);
        if (const auto k = importReviewKindFromName(kind)) {
            item.kind = *k;
        } else if (!r.failed()) {
            auto s = r.field(QStringLiteral("kind"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("unknown kind \"%1\" (expected importedChapter, unmatchedHeading, "
                          "guessedLabel, dateWithoutYear or possibleHeader).")
                       .arg(kind));
        }
        const auto text = [&](const QString &key, bool required = false) {
            QString value = r.string(o, key, required);
            if (value.size() > MaxTextLength && !r.failed()) {
                auto s = r.field(key);
                r.fail(ReadErrorKind::InvalidValue,
                       Tr::tr("%1 characters, more than an import review entry holds (at most "
                              "%2).")
                           .arg(value.size())
                           .arg(MaxTextLength));
            }
            return value;
        };
        item.message = text(QStringLiteral("message"), true);
        item.location.chapterId = text(QStringLiteral("chapterId"));
        item.location.chapterPath = text(QStringLiteral("chapterPath"));
        item.location.blockId = text(QStringLiteral("blockId"));
        item.location.metricId = text(QStringLiteral("metricId"));
        item.location.field = text(QStringLiteral("field"));
        if (!r.failed())
            items.append(item);
    }
}

} // namespace csr::ImportReviewFormat
