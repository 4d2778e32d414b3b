#include "TeamJson.h"

#include "DocumentFormat.h"

#include <QHash>
#include <QJsonDocument>
#include <algorithm>

namespace csr::team {

namespace {

const QString Blocks = QStringLiteral("blocks");
const QString Children = QStringLiteral("children");
const QString Entries = QStringLiteral("entries");
const QString Items = QStringLiteral("items");
const QString Chapters = QStringLiteral("chapters");
const QString Metrics = QStringLiteral("metrics");
const QString ChangeLog = QStringLiteral("changeLog");

struct Splitter
{
    ReportRows &out;

    void chapter(const QJsonObject &c, qint64 parentIndex, int position)
    {
        QJsonObject data = c;
        data.remove(Blocks);
        data.remove(Children);
        out.chapters.append(
            {0, parentIndex, position, c.value(QStringLiteral("id")).toString(), data, 1});
        const qint64 self = out.chapters.size(); // index + 1
        const QJsonArray blocks = c.value(Blocks).toArray();
        for (int i = 0; i < blocks.size(); ++i)
            block(blocks.at(i).toObject(), self, i);
        const QJsonArray children = c.value(Children).toArray();
        for (int i = 0; i < children.size(); ++i)
            chapter(children.at(i).toObject(), self, i);
    }

    void block(const QJsonObject &b, qint64 chapterIndex, int position)
    {
        QJsonObject data = b;
        data.remove(Entries);
        data.remove(Items);
        out.blocks.append(
            {0, chapterIndex, position, b.value(QStringLiteral("id")).toString(), data, 1});
        const qint64 self = out.blocks.size();
        const QJsonArray entries = b.value(Entries).toArray();
        for (int i = 0; i < entries.size(); ++i)
            out.entries.append({0, self, i, QString(), entries.at(i), 1});
        const QJsonArray items = b.value(Items).toArray();
        for (int i = 0; i < items.size(); ++i)
            out.items.append({0, self, i, QString(), items.at(i), 1});
    }
};

// Rows grouped by parent once, so assembling a large report stays linear.
QHash<qint64, QList<const Row *>> byParent(const QList<Row> &rows)
{
    QHash<qint64, QList<const Row *>> out;
    for (const Row &r : rows)
        out[r.parent].append(&r);
    for (auto &list : out)
        std::stable_sort(list.begin(), list.end(),
                         [](const Row *a, const Row *b) { return a->position < b->position; });
    return out;
}

QJsonObject firstChapterOf(const Document &doc)
{
    return DocumentFormat::toJsonObject(doc).value(Chapters).toArray().first().toObject();
}

} // namespace

QString tableName(RowKind kind)
{
    switch (kind) {
    case RowKind::Report:
        return QStringLiteral("csr_reports");
    case RowKind::Chapter:
        return QStringLiteral("csr_chapters");
    case RowKind::Block:
        return QStringLiteral("csr_blocks");
    case RowKind::Metric:
        return QStringLiteral("csr_metrics");
    case RowKind::TimelineEntry:
        return QStringLiteral("csr_timeline_entries");
    case RowKind::ListItem:
        return QStringLiteral("csr_list_items");
    }
    return {};
}

std::optional<RowKind> kindOfTable(const QString &table)
{
    for (RowKind k : {RowKind::Report, RowKind::Chapter, RowKind::Block, RowKind::Metric,
                      RowKind::TimelineEntry, RowKind::ListItem})
        if (tableName(k) == table)
            return k;
    return std::nullopt;
}

QList<Row> &ReportRows::rows(RowKind kind)
{
    return const_cast<QList<Row> &>(std::as_const(*this).rows(kind));
}

const QList<Row> &ReportRows::rows(RowKind kind) const
{
    switch (kind) {
    case RowKind::Chapter:
        return chapters;
    case RowKind::Block:
        return blocks;
    case RowKind::Metric:
        return metrics;
    case RowKind::TimelineEntry:
        return entries;
    case RowKind::ListItem:
        return items;
    case RowKind::Report:
        break;
    }
    static const QList<Row> none;
    return none;
}

Row *ReportRows::find(RowKind kind, qint64 id)
{
    if (kind == RowKind::Report)
        return report.id == id ? &report : nullptr;
    for (Row &r : rows(kind))
        if (r.id == id)
            return &r;
    return nullptr;
}

Row *ReportRows::findDoc(RowKind kind, const QString &docId)
{
    for (Row &r : rows(kind))
        if (r.docId == docId)
            return &r;
    return nullptr;
}

ReportRows splitDocument(const Document &doc)
{
    ReportRows out;
    QJsonObject root = DocumentFormat::toJsonObject(doc);
    const QJsonArray metrics = root.take(Metrics).toArray();
    const QJsonArray chapters = root.take(Chapters).toArray();
    out.changeLog = root.take(ChangeLog).toArray();
    out.review = splitReview(root, doc.evidence);
    out.report = {0, 0, 0, QString(), root, 1};
    Splitter split{out};
    for (int i = 0; i < chapters.size(); ++i)
        split.chapter(chapters.at(i).toObject(), 0, i);
    // A figure belongs to the chapter whose metric table lists it first, so the editor of
    // that chapter may change it.
    QHash<QString, qint64> owner;
    for (const Row &b : std::as_const(out.blocks))
        for (const QJsonValue &id : b.data.toObject().value(QStringLiteral("metricIds")).toArray())
            if (!owner.contains(id.toString()))
                owner.insert(id.toString(), b.parent);
    for (int i = 0; i < metrics.size(); ++i) {
        const QString id = metrics.at(i).toObject().value(QStringLiteral("id")).toString();
        out.metrics.append({0, owner.value(id), i, id, metrics.at(i), 1});
    }
    return out;
}

DocumentFormat::ReadResult assembleDocument(const ReportRows &rows)
{
    QJsonObject root = rows.report.data.toObject();
    const auto blocksOf = byParent(rows.blocks);
    const auto entriesOf = byParent(rows.entries);
    const auto itemsOf = byParent(rows.items);
    const auto chaptersOf = byParent(rows.chapters);

    const auto block = [&](const Row &b) {
        QJsonObject o = b.data.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("timeline")) {
            QJsonArray entries;
            for (const Row *e : entriesOf.value(b.id))
                entries.append(e->data);
            o.insert(Entries, entries);
        } else if (type == QLatin1String("list")) {
            QJsonArray items;
            for (const Row *e : itemsOf.value(b.id))
                items.append(e->data);
            o.insert(Items, items);
        }
        return o;
    };
    std::function<QJsonObject(const Row &, int)> chapter = [&](const Row &c, int depth) {
        QJsonObject o = c.data.toObject();
        QJsonArray blocks;
        for (const Row *b : blocksOf.value(c.id))
            blocks.append(block(*b));
        o.insert(Blocks, blocks);
        QJsonArray children;
        // The file reader bounds the depth too; this keeps a cycle from recursing forever.
        if (depth < 64)
            for (const Row *child : chaptersOf.value(c.id))
                children.append(chapter(*child, depth + 1));
        if (!children.isEmpty())
            o.insert(Children, children);
        return o;
    };
    QJsonArray chapters;
    for (const Row *c : chaptersOf.value(0))
        chapters.append(chapter(*c, 0));
    QJsonArray metrics;
    QList<const Row *> ordered;
    for (const Row &m : rows.metrics)
        ordered.append(&m);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Row *a, const Row *b) { return a->position < b->position; });
    for (const Row *m : ordered)
        metrics.append(m->data);
    root.insert(Metrics, metrics);
    root.insert(Chapters, chapters);
    if (!rows.changeLog.isEmpty())
        root.insert(ChangeLog, rows.changeLog);
    mergeReview(root, rows.review);
    auto read = DocumentFormat::fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (read.ok())
        read.document.evidence = rows.review.evidence; // checked when read from the server
    return read;
}

QJsonObject metricData(const Metric &metric)
{
    Document d;
    d.metrics = {metric};
    return DocumentFormat::toJsonObject(d).value(Metrics).toArray().first().toObject();
}

QJsonObject chapterData(const Chapter &chapter)
{
    Document d;
    Chapter c = chapter;
    c.blocks.clear();
    c.children.clear();
    d.chapters = {c};
    QJsonObject o = firstChapterOf(d);
    o.remove(Blocks);
    return o;
}

QJsonObject blockData(const Block &block)
{
    Document d;
    Chapter c;
    c.blocks = {block};
    d.chapters = {c};
    QJsonObject o = firstChapterOf(d).value(Blocks).toArray().first().toObject();
    o.remove(Entries);
    o.remove(Items);
    return o;
}

QJsonObject entryData(const TimelineEntry &entry)
{
    Document d;
    Chapter c;
    Timeline t;
    t.entries = {entry};
    c.blocks = {Block{QString(), QString(), t}};
    d.chapters = {c};
    return firstChapterOf(d)
        .value(Blocks)
        .toArray()
        .first()
        .toObject()
        .value(Entries)
        .toArray()
        .first()
        .toObject();
}

QJsonObject reportData(const QJsonObject &current, const Document &doc)
{
    Document d;
    d.metadata = doc.metadata;
    d.signatory = doc.signatory;
    d.importReview = doc.importReview;
    const QJsonObject root = DocumentFormat::toJsonObject(d);
    QJsonObject out = current;
    // The import review is written only while something is left to check.
    for (const QString &key :
         {QStringLiteral("metadata"), QStringLiteral("signatory"), QStringLiteral("importReview")})
        if (root.contains(key))
            out.insert(key, root.value(key));
        else
            out.remove(key);
    return out;
}

} // namespace csr::team
