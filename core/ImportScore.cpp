#include "ImportScore.h"

#include "CjkText.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace csr {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::ReportImport)
};

void collect(const QList<Chapter> &chapters, QHash<QString, const Chapter *> &byKey,
             QList<TimelineEntry> &events)
{
    for (const Chapter &c : chapters) {
        byKey.insert(c.key.isEmpty() ? QStringLiteral("title:") + letters(c.title) : c.key, &c);
        for (const Block &b : c.blocks)
            if (const auto *t = std::get_if<Timeline>(&b.content))
                events << t->entries;
        collect(c.children, byKey, events);
    }
}

} // namespace

ImportScore compareImport(const Document &imported, const Document &handMade)
{
    ImportScore score;
    QHash<QString, const Chapter *> mine, theirs;
    QList<TimelineEntry> myEvents, theirEvents;
    collect(imported.chapters, mine, myEvents);
    collect(handMade.chapters, theirs, theirEvents);
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        if (!it.value()->hasContent())
            continue;
        ++score.chaptersExpected;
        const Chapter *c = mine.value(it.key());
        if (!c) // a chapter the template does not know: found by its title
            c = mine.value(QStringLiteral("title:") + letters(it.value()->title));
        if (c && c->hasContent())
            ++score.chaptersPlaced;
    }
    QList<Metric> pool = imported.metrics;
    for (const Metric &m : handMade.metrics) {
        ++score.figuresExpected;
        const auto at = std::find_if(pool.begin(), pool.end(), [&](const Metric &x) {
            return x.unit == m.unit && x.confidential == m.confidential &&
                   (m.confidential || (x.value && m.value && qFuzzyCompare(*x.value, *m.value)));
        });
        if (at != pool.end()) {
            ++score.figuresRecovered;
            pool.erase(at);
        }
    }
    for (const TimelineEntry &e : theirEvents) {
        ++score.eventsExpected;
        const bool found = std::any_of(myEvents.begin(), myEvents.end(), [&](const auto &x) {
            return x.date == e.date && letters(x.title) == letters(e.title);
        });
        score.eventsRecovered += found;
    }
    const ReportMetadata &a = imported.metadata, &b = handMade.metadata;
    const bool fields[] = {a.periodStart == b.periodStart, a.periodEnd == b.periodEnd,
                           letters(a.scope) == letters(b.scope), a.pageBudget == b.pageBudget,
                           a.standards.size() == b.standards.size() &&
                               letters(a.standards.join(QString())) ==
                                   letters(b.standards.join(QString()))};
    score.notesExpected = 5;
    score.notesFilled = int(std::count(std::begin(fields), std::end(fields), true));
    score.signatoryExact = imported.signatory.name == handMade.signatory.name &&
                           imported.signatory.title == handMade.signatory.title &&
                           imported.metadata.unitName == handMade.metadata.unitName;
    return score;
}

QString ImportScore::summary() const
{
    auto line = [](const QString &what, int got, int of) {
        return QStringLiteral("%1: %2/%3 (%4 %)\n")
            .arg(what)
            .arg(got)
            .arg(of)
            .arg(QString::number(rate(got, of) * 100, 'f', 1));
    };
    return line(Tr::tr("chapters placed"), chaptersPlaced, chaptersExpected) +
           line(Tr::tr("figures recovered (value and unit)"), figuresRecovered, figuresExpected) +
           line(Tr::tr("dated events recovered (date and text)"), eventsRecovered, eventsExpected) +
           line(Tr::tr("report notes fields"), notesFilled, notesExpected) +
           Tr::tr("signatory: %1\n").arg(signatoryExact ? Tr::tr("exact") : Tr::tr("differs"));
}

} // namespace csr
