#pragma once

#include <QPaintDevice>

namespace csr::print {

// A paint device of exactly 72 dpi that cannot be painted on: fonts resolved against it measure
// in PDF points, so the layout is independent of the screen and of the output's resolution.
class PointDevice : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
        case PdmWidthMM:
            return 595;
        case PdmHeight:
        case PdmHeightMM:
            return 842;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        default:
            return 0;
        }
    }
};

} // namespace csr::print
