#pragma once

#include "Primitive.h"

#include <QList>

namespace csr::print {

// One printed page: what to draw, in drawing order.
struct Page
{
    QList<Primitive> primitives;

    void add(const Primitive &p) { primitives.append(p); }
};

} // namespace csr::print
