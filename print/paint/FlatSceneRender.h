#pragma once

#include <QGraphicsScene>
#include <QPainter>
#include <QRectF>

namespace csr::print {

// Draws a scene into `target` as QGraphicsScene::render does (same items, order, transforms
// and clips), without saving and restoring the painter around each item. The PDF engine writes
// out the whole state (transform, pen, brush, clip) on every restore, used or not: for a chart
// that was half of its page content, and deflating it a fifth of a long report's export.
// Items start from the painter's state as it was on entry, as with render(); the transform and
// the clip are set only when they change from one item to the next.
//
// Scenes this cannot draw the same way (an item with an effect, a cache, transparency, a
// selection or focus, or a painter already clipping) go to QGraphicsScene::render; the result
// says which way it was drawn (true: flat).
bool renderSceneFlat(QPainter &painter, QGraphicsScene &scene, const QRectF &target);

} // namespace csr::print
