#pragma once

#include "Primitive.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace csr::print {

// What a flow unit is, so tests and the pagination rules can tell headings from lines.
enum class UnitKind {
    Heading,
    Line,
    TableTitle,
    TableHeader,
    TableRow,
    Chart,
    Signature,
    Space,
    Photo, // a photo with its caption: one unit, so never split
};

// The smallest piece the paginator moves: one line of prose, one table row, a heading, a chart.
// Primitives are placed at absolute x and at y relative to the unit's top.
struct FlowUnit
{
    UnitKind kind = UnitKind::Line;
    qreal height = 0;
    qreal spaceBefore = 0;     // dropped at the top of a page
    bool keepWithNext = false; // never break between this unit and the next
    bool breakBefore = false;  // start a new page (top-level chapters)
    int group = -1;            // the table this row belongs to; its header repeats after a break
    QString chapterId;         // on a chapter's heading: where the chapter starts
    QRectF signatureRect;      // on the signature unit: the visible block, relative to the unit
    QList<Primitive> primitives;
    QString problem; // why the unit cannot show its content (a photo that does not decode)
};

} // namespace csr::print
