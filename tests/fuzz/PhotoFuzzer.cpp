// libFuzzer target: the photo image checks and decoder (PNG or JPEG bytes, as a .csreport file or
// a dropped file carries them) and the downsampling the print engine applies to what decodes.
#include "FuzzSupport.h"
#include "PhotoImage.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    csr::fuzz::startHeadlessGui();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csr;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const PhotoImage::Check check = PhotoImage::check(bytes);
    if (check.ok())
        fuzz::require(check.format != PhotoImage::Format::Unknown && !check.size.isEmpty());
    const PhotoImage::Decoded decoded = PhotoImage::decode(bytes);
    // Either a picture within the limits or a reason, never both, never neither.
    fuzz::require(decoded.image.isNull() != decoded.error.isEmpty());
    if (!check.ok())
        fuzz::require(!decoded.error.isEmpty());
    if (!decoded.image.isNull()) {
        fuzz::require(qint64(decoded.image.width()) * decoded.image.height() <=
                      PhotoImage::MaxPixels);
        (void)decoded.image.scaled(QSize(24, 24), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return 0;
}
