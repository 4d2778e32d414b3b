#include "FlatSceneRender.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsItemGroup>
#include <QGraphicsTextItem>
#include <QGraphicsWidget>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QTextDocument>

#include <optional>

namespace csr::print {

namespace {

bool drawsAsRenderDoes(const QPainter &painter, const QList<QGraphicsItem *> &items)
{
    if (painter.hasClipping() || !painter.worldTransform().isAffine())
        return false;
    for (const QGraphicsItem *item : items) {
        if (item->graphicsEffect() || item->cacheMode() != QGraphicsItem::NoCache ||
            (item->isVisible() && item->effectiveOpacity() < 1.0) ||
            (item->flags() & QGraphicsItem::ItemIgnoresTransformations) || item->isSelected() ||
            item->hasFocus())
            return false;
        // render() fills a widget's background and draws a window's frame itself.
        if (item->isWidget()) {
            const auto *widget = static_cast<const QGraphicsWidget *>(item);
            if (widget->isWindow() || widget->autoFillBackground())
                return false;
        }
    }
    return true;
}

// An item and its children in the order render() paints them: the children that stack behind
// it, the item, the others; childItems() is in stacking order (z, then insertion).
void paintingOrder(QGraphicsItem *item, QList<QGraphicsItem *> &out)
{
    const QList<QGraphicsItem *> children = item->childItems();
    qsizetype i = 0;
    for (; i < children.size() && (children[i]->flags() & QGraphicsItem::ItemStacksBehindParent);
         ++i)
        paintingOrder(children[i], out);
    out.append(item);
    for (; i < children.size(); ++i)
        paintingOrder(children[i], out);
}

// The scene's items as render() paints them: its top-level items in stacking order, each with
// its subtree. (items(order) is not sorted in a scene without an index.)
QList<QGraphicsItem *> paintingOrder(QGraphicsScene &scene, const QRectF &source)
{
    const QList<QGraphicsItem *> found =
        scene.items(source, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    QList<QGraphicsItem *> out;
    QSet<const QGraphicsItem *> topLevels;
    for (QGraphicsItem *item : found) {
        QGraphicsItem *top = item->topLevelItem();
        if (!topLevels.contains(top)) {
            topLevels.insert(top);
            paintingOrder(top, out);
        }
    }
    return out;
}

// What every item starts from: the painter's state on entry (render() restores it around each).
struct StartState
{
    QPen pen;
    QBrush brush;
    QFont font;
    QPainter::RenderHints hints;
    QPainter::CompositionMode composition;
    Qt::BGMode backgroundMode;
    QBrush background;
    QPointF brushOrigin;
    Qt::LayoutDirection direction;
    qreal opacity;

    static StartState of(const QPainter &p)
    {
        return {p.pen(),         p.brush(),           p.font(),
                p.renderHints(), p.compositionMode(), p.backgroundMode(),
                p.background(),  p.brushOrigin(),     p.layoutDirection(),
                p.opacity()};
    }
    // Setting an equal pen does nothing; the rest change no PDF output until something is drawn.
    void restoreInto(QPainter &p) const
    {
        p.setPen(pen);
        p.setBrush(brush);
        p.setFont(font);
        p.setRenderHints(~hints, false);
        p.setRenderHints(hints, true);
        p.setCompositionMode(composition);
        p.setBackgroundMode(backgroundMode);
        p.setBackground(background);
        p.setBrushOrigin(brushOrigin);
        p.setLayoutDirection(direction);
        p.setOpacity(opacity);
    }
};

// An item whose paint() draws nothing (none is selected here): a group, which draws only a
// selection, and a text item without text.
// Passed over, it sets no transform or clip either.
bool paintsNothing(const QGraphicsItem &item)
{
    if (item.type() == QGraphicsItemGroup::Type)
        return true;
    if (const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(&item))
        return text->document()->isEmpty();
    return false;
}

// The rectangle a path outlines, if it is one: render() clips to a rectangular shape as a
// rectangle, which the raster engine's edges tell from a path.
std::optional<QRectF> asRectangle(const QPainterPath &path)
{
    const QRectF box = path.boundingRect();
    if (path.elementCount() < 4 || path.elementCount() > 5)
        return std::nullopt;
    QSet<std::pair<qreal, qreal>> corners;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPointF p = path.elementAt(i);
        if ((p.x() != box.left() && p.x() != box.right()) ||
            (p.y() != box.top() && p.y() != box.bottom()))
            return std::nullopt;
        corners.insert({p.x(), p.y()});
    }
    if (corners.size() != 4)
        return std::nullopt;
    return box;
}

// The items whose shapes clip this one, outermost first: its ancestors that clip their
// children, and itself if it clips itself.
QList<const QGraphicsItem *> clippingItems(const QGraphicsItem &item)
{
    QList<const QGraphicsItem *> by;
    if (item.flags() & QGraphicsItem::ItemClipsToShape)
        by.prepend(&item);
    for (const QGraphicsItem *p = item.parentItem(); p; p = p->parentItem())
        if (p->flags() & QGraphicsItem::ItemClipsChildrenToShape)
            by.prepend(p);
    return by;
}

// A text item's document drawn as QGraphicsTextItem::paint draws it, less the save, clip to
// its own bounds and restore around it (the document lies within those bounds): each of those
// wrote the state out twice more per label.
void drawText(QPainter &painter, const QGraphicsTextItem &item)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, item.defaultTextColor());
    item.document()->documentLayout()->draw(&painter, context);
}

} // namespace

bool renderSceneFlat(QPainter &painter, QGraphicsScene &scene, const QRectF &target)
{
    const QRectF source = scene.sceneRect();
    // render() polishes the items not polished yet (a queued call of the scene's) first.
    QCoreApplication::sendPostedEvents(&scene, QEvent::MetaCall);
    const QList<QGraphicsItem *> items = paintingOrder(scene, source);
    if (source.isEmpty() || !drawsAsRenderDoes(painter, items)) {
        scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
        return false;
    }
    painter.save();
    const QTransform base =
        QTransform::fromTranslate(target.left(), target.top())
            .scale(target.width() / source.width(), target.height() / source.height())
            .translate(-source.left(), -source.top()) *
        painter.worldTransform();
    // render() clips to the target, and an item to the shapes of its clipping ancestors (and
    // its own, if it clips itself), each set in that item's coordinates, a rectangle as a
    // rectangle: done the same way, the raster engine rounds the edges the same way. Set only
    // when an item's clipping items differ from the one before's.
    const QTransform outer = painter.worldTransform();
    const StartState start = StartState::of(painter);
    std::optional<QList<const QGraphicsItem *>> clippedBy;
    for (QGraphicsItem *item : items) {
        if (!item->isVisible() || (item->flags() & QGraphicsItem::ItemHasNoContents) ||
            paintsNothing(*item))
            continue;
        const QTransform transform = item->sceneTransform() * base;
        const QList<const QGraphicsItem *> clipping = clippingItems(*item);
        if (clippedBy != clipping) {
            painter.setWorldTransform(outer);
            painter.setClipRect(target, Qt::ReplaceClip);
            for (const QGraphicsItem *by : clipping) {
                painter.setWorldTransform(by->sceneTransform() * base);
                const QPainterPath shape = by->shape();
                if (const auto rect = asRectangle(shape))
                    painter.setClipRect(*rect, Qt::IntersectClip);
                else
                    painter.setClipPath(shape, Qt::IntersectClip);
            }
            clippedBy = clipping;
        }
        if (painter.worldTransform() != transform)
            painter.setWorldTransform(transform);
        // An item that clips without saving the painter would clip the next ones too (render()
        // restores around each): then the clip is set anew for the next item.
        const QRectF clipBefore = painter.clipBoundingRect();
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item)) {
            drawText(painter, *text);
        } else {
            QStyleOptionGraphicsItem option;
            option.state = item->isEnabled() ? QStyle::State_Enabled : QStyle::State_None;
            option.exposedRect = item->boundingRect();
            option.rect = option.exposedRect.toAlignedRect();
            item->paint(&painter, &option, nullptr);
        }
        if (painter.clipBoundingRect() != clipBefore)
            clippedBy.reset();
        start.restoreInto(painter);
    }
    painter.restore();
    return true;
}

} // namespace csr::print
