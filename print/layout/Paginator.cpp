#include "Paginator.h"

#include <QHash>

namespace csr::print {

QList<QList<PlacedUnit>> paginate(const QList<FlowUnit> &flow, qreal top, qreal bottom)
{
    QList<QList<PlacedUnit>> pages;
    QHash<int, int> headerOf; // group -> index of its header unit
    for (int i = 0; i < flow.size(); ++i)
        if (flow[i].kind == UnitKind::TableHeader && flow[i].group >= 0 &&
            !headerOf.contains(flow[i].group))
            headerOf.insert(flow[i].group, i);

    QList<PlacedUnit> page;
    qreal y = top;
    int firstOnPage = 0; // first flow index placed on this page (repeated headers aside)
    auto pageEmpty = [&] { return page.isEmpty(); };
    auto newPage = [&](int nextIndex) {
        pages.append(page);
        page.clear();
        y = top;
        firstOnPage = nextIndex;
    };

    int i = 0;
    while (i < flow.size()) {
        const FlowUnit &u = flow[i];
        if (u.breakBefore && !pageEmpty()) {
            newPage(i);
            continue;
        }
        // A continuation page of a table starts with the table's header again.
        if (pageEmpty() && u.group >= 0 && u.kind == UnitKind::TableRow) {
            const int h = headerOf.value(u.group, -1);
            if (h >= 0 && h < i) {
                page.append({h, y, true});
                y += flow[h].height;
            }
        }
        const bool onlyRepeats =
            std::all_of(page.begin(), page.end(), [](const PlacedUnit &p) { return p.repeated; });
        const qreal space = onlyRepeats ? 0 : u.spaceBefore;
        if (y + space + u.height <= bottom + 0.01 || onlyRepeats) {
            page.append({i, y + space, false});
            y += space + u.height;
            ++i;
            continue;
        }
        // Does not fit: carry the keep-with-next chain before it over to the next page.
        int j = i;
        while (j - 1 >= firstOnPage && flow[j - 1].keepWithNext)
            --j;
        if (j > firstOnPage) {
            while (!page.isEmpty() && !page.back().repeated && page.back().unit >= j)
                page.removeLast();
            i = j;
        }
        newPage(i);
    }
    if (!page.isEmpty())
        pages.append(page);
    return pages;
}

} // namespace csr::print
