#pragma once

#include <QList>
#include <algorithm>

namespace csr::ui {

// How the rows of a model differ between two snapshots, so the model can announce an edit as
// precisely as Qt's views need: an open editor, the current row and Tab to the next cell
// survive dataChanged and row moves, but not a reset, which is kept for what nothing
// narrower describes.
struct RowChange
{
    enum class Kind { Same, Edited, Inserted, Removed, Moved, Other };
    Kind kind = Kind::Same;
    int first = -1; // Edited: first row; Inserted, Removed: the row; Moved: the old row
    int last = -1;  // Edited: last row; Moved: the new row (it may have been edited too)
};

template <typename T> RowChange compareRows(const QList<T> &before, const QList<T> &after)
{
    using K = RowChange::Kind;
    const int n = int(before.size()), m = int(after.size());
    int a = 0; // common head
    while (a < n && a < m && before.at(a) == after.at(a))
        ++a;
    if (a == n && a == m)
        return {};
    int bn = n, bm = m; // common tail: the rows that differ are before[a, bn), after[a, bm)
    while (bn > a && bm > a && before.at(bn - 1) == after.at(bm - 1)) {
        --bn;
        --bm;
    }
    if (n == m) {
        const auto b = before.begin(), f = after.begin();
        if (bn - a > 1 && std::equal(b + a + 1, b + bn, f + a))
            return {K::Moved, a, bn - 1};
        if (bn - a > 1 && std::equal(b + a, b + bn - 1, f + a + 1))
            return {K::Moved, bn - 1, a};
        return {K::Edited, a, bn - 1};
    }
    if (m == n + 1 && bn == a && bm == a + 1)
        return {K::Inserted, a, a};
    if (n == m + 1 && bm == a && bn == a + 1)
        return {K::Removed, a, a};
    return {K::Other, -1, -1};
}

} // namespace csr::ui
