#include "Primitive.h"

#include <QFontMetricsF>

namespace csr::print {

QRectF TextRun::bounds() const
{
    const TextMetrics m = textMetrics(style);
    return QRectF(baseline.x(), baseline.y() - m.ascent, width, m.ascent + m.descent);
}

Primitive translated(const Primitive &p, QPointF offset)
{
    struct Visitor
    {
        QPointF d;
        Primitive operator()(TextRun t) const
        {
            t.baseline += d;
            return t;
        }
        Primitive operator()(Rule r) const
        {
            r.line.translate(d);
            return r;
        }
        Primitive operator()(Box b) const
        {
            b.rect.translate(d);
            return b;
        }
        Primitive operator()(ChartBox c) const
        {
            c.rect.translate(d);
            return c;
        }
        Primitive operator()(ImageBox i) const
        {
            i.rect.translate(d);
            return i;
        }
    };
    return std::visit(Visitor{offset}, p);
}

QRectF boundsOf(const Primitive &p)
{
    struct Visitor
    {
        QRectF operator()(const TextRun &t) const { return t.bounds(); }
        QRectF operator()(const Rule &r) const
        {
            return QRectF(r.line.p1(), r.line.p2()).normalized();
        }
        QRectF operator()(const Box &b) const { return b.rect; }
        QRectF operator()(const ChartBox &c) const { return c.rect; }
        QRectF operator()(const ImageBox &i) const { return i.rect; }
    };
    return std::visit(Visitor{}, p);
}

} // namespace csr::print
