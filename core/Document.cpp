#include "Document.h"

#include <QSet>

namespace csr {

const Metric *Document::findMetric(const QString &id) const
{
    return metrics.find(id);
}

// The mutable lookup detaches the list from every copy that shares it (undo snapshots, a
// background export's copy): a change through the pointer reaches this document alone. A
// const_cast of the const lookup would write into all of them.
Metric *Document::findMetric(const QString &id)
{
    return metrics.find(id);
}

namespace {
template <typename Chapters>
auto findIn(Chapters &chapters, const QString &id) -> decltype(&chapters.first())
{
    for (auto &c : chapters) {
        if (c.id == id)
            return &c;
        if (auto *found = findIn(c.children, id))
            return found;
    }
    return nullptr;
}

void visit(const QList<Chapter> &chapters, int depth, const QStringList &parentPath,
           const std::function<void(const ChapterVisit &)> &fn,
           const QList<NumberingStyle> &numbering)
{
    const NumberingStyle style = numberingAt(numbering, depth);
    int numbered = 0;
    for (const Chapter &c : chapters) {
        const QString number = c.numbered ? chapterNumber(style, numbered++, c.code) : QString();
        // Trimmed: a code's space before an empty title is no part of the name.
        const QStringList path = parentPath + QStringList{(number + c.title).trimmed()};
        fn(ChapterVisit{c, depth, number, path});
        visit(c.children, depth + 1, path, fn, numbering);
    }
}

// Depth first like visit(), but only counts: the number is made for the chapter found alone.
bool numberOf(const QList<Chapter> &chapters, int depth, const QString &id,
              const QList<NumberingStyle> &numbering, QString &number)
{
    int numbered = 0;
    for (const Chapter &c : chapters) {
        if (c.id == id) {
            if (c.numbered)
                number = chapterNumber(numberingAt(numbering, depth), numbered, c.code);
            return true;
        }
        if (c.numbered)
            ++numbered;
        if (numberOf(c.children, depth + 1, id, numbering, number))
            return true;
    }
    return false;
}

void collectIds(const QList<Chapter> &chapters, QSet<QString> &ids)
{
    for (const Chapter &c : chapters) {
        ids.insert(c.id);
        for (const Block &b : c.blocks)
            ids.insert(b.id);
        collectIds(c.children, ids);
    }
}
} // namespace

const Chapter *Document::findChapter(const QString &id) const
{
    return findIn(chapters, id);
}

Chapter *Document::findChapter(const QString &id)
{
    return findIn(chapters, id);
}

void forEachChapter(const QList<Chapter> &chapters,
                    const std::function<void(const ChapterVisit &)> &fn,
                    const QList<NumberingStyle> &numbering)
{
    visit(chapters, 0, {}, fn, numbering);
}

void forEachChapter(const Document &doc, const std::function<void(const ChapterVisit &)> &fn)
{
    visit(doc.chapters, 0, {}, fn, doc.metadata.numbering);
}

QString chapterNumberOf(const Document &doc, const QString &chapterId)
{
    QString number;
    numberOf(doc.chapters, 0, chapterId, doc.metadata.numbering, number);
    return number;
}

QString chapterListingMetric(const Document &doc, const QString &metricId)
{
    QString found;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *t = std::get_if<MetricTable>(&b.content))
                if (found.isEmpty() && t->metricIds.contains(metricId))
                    found = v.chapter.id;
    });
    return found;
}

QString makeUniqueId(const Document &doc, const QString &prefix)
{
    QSet<QString> ids;
    collectIds(doc.chapters, ids);
    for (const CommentThread &t : doc.review.threads)
        ids.insert(t.id);
    for (const Evidence &e : doc.evidence)
        ids.insert(e.id);
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QString::number(n);
        if (!ids.contains(candidate))
            return candidate;
    }
}

QHash<QString, int> photoNumbers(const Document &doc)
{
    QHash<QString, int> numbers;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (b.kind() == BlockKind::Photo && !b.isEmpty())
                numbers.insert(b.id, int(numbers.size()) + 1);
    });
    return numbers;
}

} // namespace csr
