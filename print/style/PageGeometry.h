#pragma once

#include <QRectF>
#include <QSizeF>

namespace csr::print {

// A4 in PDF points, with the margins of the guideline's printed reports (the default style's
// page; a style file may set another size and other margins).
struct PageGeometry
{
    QSizeF size{595, 842}; // QPageSize::A4 in whole points, as the MediaBox is written
    qreal marginLeft = 76;
    qreal marginRight = 76;
    qreal marginTop = 78;
    qreal marginBottom = 72;
    qreal headerBaseline = 46; // running header, above the top margin
    qreal footerBaseline = 842 - 38;

    bool operator==(const PageGeometry &) const = default;

    QRectF content() const
    {
        return QRectF(marginLeft, marginTop, size.width() - marginLeft - marginRight,
                      size.height() - marginTop - marginBottom);
    }
};

} // namespace csr::print
