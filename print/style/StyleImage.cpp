#include "StyleImage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace csr::print {

StyleImageCheck StyleImages::load(const QString &path)
{
    StyleImageCheck out;
    const QFileInfo info(path);
    if (!info.isFile()) {
        out.error = tr("The picture \"%1\" does not exist.").arg(path);
        return out;
    }
    if (info.size() > MaxStyleImageBytes) {
        out.error = tr("The picture \"%1\" is %2 MB; at most %3 MB is accepted.")
                        .arg(path)
                        .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(MaxStyleImageBytes / (1024 * 1024));
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = tr("The picture \"%1\" cannot be read: %2").arg(path, f.errorString());
        return out;
    }
    out = check(f.read(MaxStyleImageBytes + 1), path);
    out.image.path = path;
    return out;
}

StyleImageCheck StyleImages::check(const QByteArray &bytes, const QString &name)
{
    StyleImageCheck out;
    if (bytes.size() > MaxStyleImageBytes) {
        out.error = tr("The picture \"%1\" is larger than %2 MB.")
                        .arg(name)
                        .arg(MaxStyleImageBytes / (1024 * 1024));
        return out;
    }
    // The type from the bytes, whatever the file is called.
    QByteArray format;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        format = "png";
    else if (bytes.startsWith("\xff\xd8\xff"))
        format = "jpeg";
    if (format.isEmpty()) {
        out.error = tr("The picture \"%1\" is neither a PNG nor a JPEG image.").arg(name);
        return out;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer, format);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid() || size.isEmpty()) {
        out.error = tr("The picture \"%1\" is damaged.").arg(name);
        return out;
    }
    if (size.width() > MaxStyleImagePixels || size.height() > MaxStyleImagePixels) {
        out.error = tr("The picture \"%1\" is %2×%3 pixels; at most %4×%4 is accepted.")
                        .arg(name)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(MaxStyleImagePixels);
        return out;
    }
    if (QImage::fromData(bytes, format.constData()).isNull()) {
        out.error = tr("The picture \"%1\" is damaged and cannot be decoded.").arg(name);
        return out;
    }
    out.image.bytes = bytes;
    out.image.mimeType =
        format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    out.image.pixels = size;
    return out;
}

} // namespace csr::print
