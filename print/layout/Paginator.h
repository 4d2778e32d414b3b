#pragma once

#include "FlowUnit.h"

#include <QList>

namespace csr::print {

struct PlacedUnit
{
    int unit = 0;          // index into the flow
    qreal y = 0;           // top of the unit on its page
    bool repeated = false; // a table header repeated at the top of a continuation page
};

// Pure pagination of a flow into pages between `top` and `bottom` (points from the page top).
// Rules, in order:
//  - breakBefore starts a new page unless the page is still empty;
//  - a unit that does not fit goes to the next page, and takes with it the chain of units before
//    it that are keepWithNext (a heading with its first lines, a paragraph's first line, a table's
//    title and header) — unless that chain began the page, where breaking is the only way on;
//  - a unit too tall for an empty page is placed anyway (it is clipped rather than lost);
//  - a table row that starts a page is preceded by a copy of its table's header.
// Orphan and widow control is expressed by the caller through keepWithNext.
QList<QList<PlacedUnit>> paginate(const QList<FlowUnit> &flow, qreal top, qreal bottom);

} // namespace csr::print
