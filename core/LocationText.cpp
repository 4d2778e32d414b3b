#include "LocationText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace csr {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::LocationText)
};

const QString Separator = QStringLiteral(" › ");

QString blockName(const Block &b)
{
    const auto titled = [](const QString &title, const QString &fallback) {
        return title.trimmed().isEmpty() ? fallback : title;
    };
    switch (b.kind()) {
    case BlockKind::Paragraph:
        return Tr::tr("text");
    case BlockKind::MetricTable:
        return titled(std::get<MetricTable>(b.content).title, Tr::tr("table"));
    case BlockKind::Timeline:
        return titled(std::get<Timeline>(b.content).title, Tr::tr("events"));
    case BlockKind::ItemList:
        return titled(std::get<ItemList>(b.content).title, Tr::tr("list"));
    case BlockKind::SignatureBlock:
        return Tr::tr("signature");
    case BlockKind::Photo:
        return titled(std::get<Photo>(b.content).caption, Tr::tr("photo"));
    }
    return {};
}

QString fieldName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("csr::LocationText", "date")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("csr::LocationText", "description")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("csr::LocationText", "value")},
        {QStringLiteral("previousValue"), QT_TRANSLATE_NOOP("csr::LocationText", "last year")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("csr::LocationText", "unit")},
        {QStringLiteral("unitName"), QT_TRANSLATE_NOOP("csr::LocationText", "unit name")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("csr::LocationText", "year")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("csr::LocationText", "reporting period")},
        {QStringLiteral("scope"), QT_TRANSLATE_NOOP("csr::LocationText", "scope")},
        {QStringLiteral("pageBudget"), QT_TRANSLATE_NOOP("csr::LocationText", "promised pages")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("csr::LocationText", "name")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("csr::LocationText", "id")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("csr::LocationText", "key")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("csr::LocationText", "indicator code")},
    };
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("csr::LocationText", name) : key;
}

} // namespace

QString describeLocation(const Location &at, const Document &doc)
{
    return LocationNamer(doc).describe(at);
}

void LocationNamer::index() const
{
    m_indexed = true;
    forEachChapter(m_doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks) {
            if (!m_blocks.contains(b.id))
                m_blocks.insert(b.id, &b);
            // The first metric table that lists the metric: where a figure is edited.
            if (const auto *t = std::get_if<MetricTable>(&b.content))
                for (const QString &id : t->metricIds)
                    if (!m_tableOf.contains(id))
                        m_tableOf.insert(id, TablePlace{v.path, blockName(b)});
        }
    });
}

std::optional<LocationNamer::TablePlace> LocationNamer::tableOf(const QString &metricId) const
{
    // A few names (an edit's new warning) are found by a walk that compares no more once the
    // table is found; many (a whole list of findings) by an index built once.
    if (!m_indexed && ++m_walks > 8)
        index();
    if (m_indexed) {
        const auto it = m_tableOf.constFind(metricId);
        return it == m_tableOf.cend() ? std::nullopt : std::optional<TablePlace>(*it);
    }
    std::optional<TablePlace> found;
    forEachChapter(m_doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *t = std::get_if<MetricTable>(&b.content))
                if (!found && t->metricIds.contains(metricId))
                    found = TablePlace{v.path, blockName(b)};
    });
    return found;
}

QString LocationNamer::describe(const Location &at) const
{
    const Document &doc = m_doc;
    QStringList parts;
    if (at.field.startsWith(QLatin1String("metadata.")))
        return Tr::tr("Report details") + Separator + fieldName(at.field.mid(9));
    if (at.field.startsWith(QLatin1String("template.")))
        return Tr::tr("Template") + Separator + fieldName(at.field.mid(9));
    if (at.field.startsWith(QLatin1String("signatory."))) {
        // A signatory's title is the post they hold, not a description as elsewhere.
        const QString key = at.field.mid(10);
        return Tr::tr("Signatory") + Separator +
               (key == QLatin1String("title") ? Tr::tr("position") : fieldName(key));
    }
    if (!at.chapterPath.isEmpty())
        parts << at.chapterPath;
    if (!at.metricId.isEmpty()) {
        if (at.chapterPath.isEmpty())
            if (const std::optional<TablePlace> place = tableOf(at.metricId))
                parts << place->path << place->table;
        const Metric *m = doc.findMetric(at.metricId);
        parts << (m && !m->label.isEmpty() ? m->label : at.metricId);
        return parts.join(Separator);
    }
    if (!at.blockId.isEmpty() && !m_indexed)
        index();
    const Block *block = at.blockId.isEmpty() ? nullptr : m_blocks.value(at.blockId);
    if (block)
        parts << blockName(*block);
    // "entries[3].date": the row by what it says, then the field.
    static const QRegularExpression row(QStringLiteral("^entries\\[(\\d+)\\]\\.(\\w+)$"));
    const auto match = row.match(at.field);
    if (match.hasMatch()) {
        const int i = match.captured(1).toInt();
        const auto *t = block ? std::get_if<Timeline>(&block->content) : nullptr;
        const QString title =
            t && i < t->entries.size() ? t->entries.at(i).title.trimmed() : QString();
        parts << (title.isEmpty() ? Tr::tr("event %1").arg(i + 1) : title);
        parts << fieldName(match.captured(2));
    } else if (!block && at.field == QLatin1String("title")) {
        parts << Tr::tr("title"); // a chapter's own title; an event's "title" is its description
    } else if (!at.field.isEmpty()) {
        parts << fieldName(at.field);
    }
    return parts.join(Separator);
}

} // namespace csr
