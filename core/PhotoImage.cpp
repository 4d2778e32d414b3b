#include "PhotoImage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

#include <mutex>

namespace csr::PhotoImage {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::PhotoImage)
};

const QByteArray PngMagic("\x89PNG\r\n\x1a\n", 8);
const QByteArray JpegMagic("\xff\xd8\xff", 3);

// libjpeg decodes a cut-off JPEG without complaint, greying out what is missing. Its last scan
// (start of scan, FF DA) must be followed by the end-of-image marker (FF D9); inside a scan's
// data an FF byte is always followed by 00 or a restart marker, so FF D9 there is the real end.
bool hasEndAfterLastScan(const QByteArray &bytes)
{
    const qsizetype scan = bytes.lastIndexOf(QByteArrayView("\xff\xda", 2));
    return scan >= 0 && bytes.indexOf(QByteArrayView("\xff\xd9", 2), scan) > scan;
}

QByteArray readerFormat(Format format)
{
    return format == Format::Png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg");
}

// Megabytes of a 32-bit image of the pixel limit, rounded up: Qt's allocation limit.
constexpr int AllocationLimitMb = int((MaxPixels * 4 + 1024 * 1024 - 1) / (1024 * 1024));
} // namespace

Format formatOf(const QByteArray &bytes)
{
    if (bytes.startsWith(PngMagic))
        return Format::Png;
    if (bytes.startsWith(JpegMagic))
        return Format::Jpeg;
    return Format::Unknown;
}

QString mimeType(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("image/png");
    case Format::Jpeg:
        return QStringLiteral("image/jpeg");
    case Format::Unknown:
        break;
    }
    return {};
}

Check check(const QByteArray &bytes)
{
    Check out;
    if (bytes.isEmpty()) {
        out.error = Tr::tr("the image is empty.");
        return out;
    }
    if (bytes.size() > MaxBytes) {
        out.error = Tr::tr("the image is %1 MB; a photo may have at most %2 MB.")
                        .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(MaxBytes / (1024 * 1024));
        return out;
    }
    out.format = formatOf(bytes);
    if (out.format == Format::Unknown) {
        out.error = Tr::tr("the file is not a PNG or JPEG image.");
        return out;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, readerFormat(out.format));
    reader.setAutoTransform(true);
    out.size = reader.size(); // reads the header only
    if (!out.size.isValid() || out.size.isEmpty()) {
        out.error = Tr::tr("the image is damaged: its size cannot be read.");
        return out;
    }
    if (out.format == Format::Jpeg && !hasEndAfterLastScan(bytes)) {
        out.error = Tr::tr("the image is damaged: the JPEG file ends before its picture does (a "
                           "download or copy that was cut off?).");
        return out;
    }
    if (qint64(out.size.width()) * out.size.height() > MaxPixels) {
        out.error = Tr::tr("the image has %1 × %2 pixels (%3 megapixels); a photo may have at "
                           "most %4 megapixels.")
                        .arg(out.size.width())
                        .arg(out.size.height())
                        .arg(double(out.size.width()) * out.size.height() / 1e6, 0, 'f', 1)
                        .arg(MaxPixels / 1'000'000);
        return out;
    }
    return out;
}

Decoded decode(const QByteArray &bytes)
{
    Decoded out;
    const Check checked = check(bytes);
    if (!checked.ok()) {
        out.error = checked.error;
        return out;
    }
    // Qt's default (128 MB) would refuse a 40-megapixel photo that the limits above allow. Set
    // once for the process (layout decodes on several threads); never lowered from a higher one.
    static std::once_flag raised;
    std::call_once(raised, [] {
        if (QImageReader::allocationLimit() < AllocationLimitMb)
            QImageReader::setAllocationLimit(AllocationLimitMb);
    });
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, readerFormat(checked.format));
    reader.setAutoTransform(true); // a camera's EXIF orientation, as viewers show it
    QImage image;
    const bool read = reader.read(&image);
    if (!read || image.isNull()) {
        out.error =
            Tr::tr("the image is damaged and cannot be decoded (%1).").arg(reader.errorString());
        return out;
    }
    out.image = image;
    return out;
}

} // namespace csr::PhotoImage
