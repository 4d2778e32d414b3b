#include "OpenData.h"

#include "Plausibility.h"
#include "References.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace csr {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(value * scale) / scale;
    return r == 0.0 ? 0.0 : r; // never "-0"
}

// Chapter id → its heading as printed ("（一）保障员工权益"), built once for the whole set.
QHash<QString, QString> chapterHeadings(const Document &doc)
{
    QHash<QString, QString> headings;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        headings.insert(v.chapter.id, v.number + v.chapter.title);
    });
    return headings;
}

// The first chapter, depth first, whose table lists each metric, else the first whose prose
// quotes it (many figures are only quoted): two walks for all metrics.
QHash<QString, QString> chapterOfMetric(const Document &doc)
{
    QHash<QString, QString> chapterOf;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *t = std::get_if<MetricTable>(&b.content))
                for (const QString &id : t->metricIds)
                    if (!chapterOf.contains(id))
                        chapterOf.insert(id, v.chapter.id);
    });
    QHash<QString, QString> quotedIn;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Paragraph>(&b.content))
                for (const MetricReference &r : findReferences(p->text))
                    if (!quotedIn.contains(r.metricId))
                        quotedIn.insert(r.metricId, v.chapter.id);
    });
    for (auto it = quotedIn.begin(); it != quotedIn.end(); ++it)
        if (!chapterOf.contains(it.key()))
            chapterOf.insert(it.key(), it.value());
    return chapterOf;
}

} // namespace

OpenDataSet openDataSet(const Document &doc, Edition edition)
{
    OpenDataSet set;
    set.edition = edition;
    set.report = doc.metadata;
    const QHash<QString, QString> headings = chapterHeadings(doc);
    const QHash<QString, QString> chapterOf = chapterOfMetric(doc);
    // A report file may come from anywhere: a column per year of its history would let one
    // with thousands of distinct years make a CSV of gigabytes. The data keeps the last
    // OpenDataHistoryYears years before last year.
    const int newest = doc.metadata.year - 2;
    auto inWindow = [&](int y) { return y <= newest && y > newest - OpenDataHistoryYears; };
    QSet<int> years;
    for (const Metric &m : doc.metrics) {
        OpenDataRow row;
        row.id = m.id;
        row.chapter = headings.value(chapterOf.value(m.id));
        row.label = m.label;
        row.unit = m.unit;
        row.source = m.source;
        row.confidential = m.confidential;
        row.withheld = isMasked(m, edition);
        for (auto it = m.history.begin(); it != m.history.end(); ++it)
            if (inWindow(it.key()))
                years.insert(it.key());
        if (!row.withheld) {
            row.value = m.value;
            row.lastYear = m.previousValue;
            for (auto it = m.history.begin(); it != m.history.end(); ++it)
                if (inWindow(it.key()))
                    row.history.insert(it.key(), it.value());
            // The same measure as the review's plausibility check: rates in points.
            if (isRate(m)) {
                if (const auto points = yearOverYearChange(m)) {
                    row.change = rounded(*points, 2);
                    row.changeUnit = QStringLiteral("pp");
                }
            } else if (const auto percent = yearOverYearPercent(m)) {
                row.change = rounded(*percent, 1); // as the printed table rounds it
                row.changeUnit = QStringLiteral("%");
            }
        }
        set.rows.append(row);
    }
    const QHash<QString, int> numbers = photoNumbers(doc);
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Photo>(&b.content); p && numbers.contains(b.id))
                set.photos.append(
                    {numbers.value(b.id), headings.value(v.chapter.id), p->caption, p->altText});
    });
    set.historyYears = years.values();
    std::sort(set.historyYears.begin(), set.historyYears.end(), std::greater<int>());
    return set;
}

QString openDataFileName(const OpenDataSet &data, const QString &suffix)
{
    return QStringLiteral("csr-data-%1-%2.%3")
        .arg(data.report.year)
        .arg(data.edition == Edition::Public ? QStringLiteral("public")
                                             : QStringLiteral("internal"),
             suffix);
}

} // namespace csr
