#include "ColumnWidths.h"

#include <algorithm>
#include <numeric>

namespace csr::print {

QList<qreal> columnWidths(const QList<qreal> &natural, const QList<qreal> &shares, qreal total)
{
    const qsizetype n = natural.size();
    QList<qreal> widths(n, 0);
    if (n == 0)
        return widths;
    QList<qreal> share(n, 1);
    for (qsizetype c = 0; c < n; ++c)
        share[c] = c < shares.size() && shares[c] > 0 ? shares[c] : 1;
    const qreal shareSum = std::accumulate(share.begin(), share.end(), 0.0);
    const qreal naturalSum = std::accumulate(natural.begin(), natural.end(), 0.0);

    if (naturalSum <= total) {
        for (qsizetype c = 0; c < n; ++c)
            widths[c] = natural[c] + (total - naturalSum) * share[c] / shareSum;
        return widths;
    }

    // What an open column keeps at least while narrower ones are fixed at their natural width.
    QList<qreal> floor(n);
    for (qsizetype c = 0; c < n; ++c)
        floor[c] = std::min(natural[c], 0.75 * total * share[c] / shareSum);
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return natural[a] < natural[b]; });
    QList<bool> fixed(n, false);
    qreal used = 0;
    for (const qsizetype c : order) {
        qreal need = 0;
        for (qsizetype o = 0; o < n; ++o)
            if (!fixed[o] && o != c)
                need += floor[o];
        if (total - used - natural[c] < need)
            break;
        fixed[c] = true;
        used += natural[c];
    }
    // The open columns share the rest; one whose part would exceed its natural width is fixed
    // at that too, and the rest shared again.
    for (bool changed = true; changed;) {
        changed = false;
        qreal openShares = 0;
        for (qsizetype c = 0; c < n; ++c)
            if (!fixed[c])
                openShares += share[c];
        for (qsizetype c = 0; c < n && openShares > 0; ++c)
            if (!fixed[c] && natural[c] <= (total - used) * share[c] / openShares) {
                fixed[c] = true;
                used += natural[c];
                changed = true;
            }
    }
    qreal openShares = 0;
    for (qsizetype c = 0; c < n; ++c)
        if (!fixed[c])
            openShares += share[c];
    for (qsizetype c = 0; c < n; ++c)
        widths[c] =
            fixed[c] ? natural[c] : std::max<qreal>(0, total - used) * share[c] / openShares;
    if (openShares == 0) // every column fixed, none open: give the slack out by shares
        for (qsizetype c = 0; c < n; ++c)
            widths[c] += std::max<qreal>(0, total - used) * share[c] / shareSum;
    return widths;
}

} // namespace csr::print
