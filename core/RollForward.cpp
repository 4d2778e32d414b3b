#include "RollForward.h"

#include <variant>

namespace csr {

namespace {

void restartChapters(QList<Chapter> &chapters)
{
    for (Chapter &c : chapters) {
        c.status = ChapterStatus::Draft;
        for (Block &b : c.blocks) {
            if (auto *t = std::get_if<Timeline>(&b.content))
                t->entries.clear();
            else if (auto *l = std::get_if<ItemList>(&b.content))
                l->items.clear();
            else if (auto *p = std::get_if<Photo>(&b.content)) // last year's activity: a place
                *p = Photo{{}, {}, {}, p->widthFraction, p->widthMm}; // for this year's photo
        }
        restartChapters(c.children);
    }
}

QDate shifted(const QDate &date, int years)
{
    return date.isValid() ? date.addYears(years) : date;
}

// Every value keeps its year: this year's becomes last year's, last year's moves into the
// history. Without a known old year there is nothing to date the values by but "this year".
void rollMetric(Metric &metric, int oldYear, int newYear)
{
    if (oldYear <= 0) {
        metric.previousValue = metric.value;
        metric.value.reset();
        return;
    }
    QMap<int, double> years = metric.history;
    years.remove(oldYear);
    years.remove(oldYear - 1);
    if (metric.previousValue)
        years.insert(oldYear - 1, *metric.previousValue);
    if (metric.value)
        years.insert(oldYear, *metric.value);
    metric.value.reset();
    metric.previousValue.reset();
    metric.history.clear();
    for (auto it = years.begin(); it != years.end(); ++it) {
        if (it.key() == newYear - 1)
            metric.previousValue = it.value();
        else if (it.key() < newYear - 1)
            metric.history.insert(it.key(), it.value());
    }
}

} // namespace

Document rollForward(const Document &lastYear, int year)
{
    Document next = lastYear;
    ReportMetadata &m = next.metadata;
    const int years = m.year > 0 ? year - m.year : 0;
    if (m.year > 0)
        m.reportTitle.replace(QString::number(m.year), QString::number(year));
    m.year = year;
    m.periodStart = shifted(m.periodStart, years);
    m.periodEnd = shifted(m.periodEnd, years);

    for (Metric &metric : next.metrics)
        rollMetric(metric, lastYear.metadata.year, year);
    restartChapters(next.chapters);
    next.signatory.date = QDate();
    next.changeLog.clear();    // a new report's history starts with it
    next.importReview.clear(); // last year's import was checked, or is last year's to check
    return next;
}

} // namespace csr
