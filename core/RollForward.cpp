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
        }
        restartChapters(c.children);
    }
}

QDate shifted(const QDate &date, int years)
{
    return date.isValid() ? date.addYears(years) : date;
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

    for (Metric &metric : next.metrics) {
        metric.previousValue = metric.value;
        metric.value.reset();
    }
    restartChapters(next.chapters);
    next.signatory.date = QDate();
    next.changeLog.clear(); // a new report's history starts with it
    return next;
}

} // namespace csr
