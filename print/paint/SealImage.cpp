#include "SealImage.h"

#include "SafeSvg.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace csr::print {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::SealImage)
};

bool looksLikeSvg(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024).trimmed();
    return head.startsWith("<?xml") || head.startsWith("<svg") || head.contains("<svg");
}
} // namespace

SealCheck checkSealFile(const QString &path)
{
    SealCheck out;
    const QFileInfo info(path);
    if (!info.isFile()) {
        out.error = Tr::tr("The seal image \"%1\" does not exist.").arg(path);
        return out;
    }
    if (info.size() > MaxSealBytes) {
        out.error = Tr::tr("The seal image \"%1\" is %2 MB; at most %3 MB is accepted.")
                        .arg(info.fileName())
                        .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(MaxSealBytes / (1024 * 1024));
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = Tr::tr("The seal image \"%1\" cannot be read: %2").arg(path, f.errorString());
        return out;
    }
    return checkSealBytes(f.readAll(), info.fileName());
}

SealCheck checkSealBytes(const QByteArray &bytes, const QString &name)
{
    SealCheck out;
    if (bytes.size() > MaxSealBytes) {
        out.error = Tr::tr("The seal image \"%1\" is larger than %2 MB.")
                        .arg(name)
                        .arg(MaxSealBytes / (1024 * 1024));
        return out;
    }
    QSize size;
    QByteArray usable = bytes;
    if (looksLikeSvg(bytes)) {
        const SafeSvg safe = withoutExternalReferences(bytes);
        QSvgRenderer svg(safe.svg);
        if (!safe.error.isEmpty() || !svg.isValid()) {
            out.error = Tr::tr("The seal image \"%1\" is not a valid SVG file.").arg(name);
            return out;
        }
        for (const QString &href : safe.removed)
            out.warnings << Tr::tr("The seal image \"%1\" refers to \"%2\" outside itself; that "
                                   "part was left out, as a seal must be self-contained.")
                                .arg(name, href);
        size = svg.defaultSize();
        usable = safe.svg;
        out.mimeType = QStringLiteral("image/svg+xml");
    } else {
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer, "png");
        size = reader.size();
        if (!reader.canRead() || !size.isValid()) {
            out.error = Tr::tr("The seal image \"%1\" is neither a PNG nor an SVG image, or it is "
                               "damaged.")
                            .arg(name);
            return out;
        }
        out.mimeType = QStringLiteral("image/png");
    }
    if (size.width() > MaxSealPixels || size.height() > MaxSealPixels) {
        out.error = Tr::tr("The seal image \"%1\" is %2×%3 pixels; at most %4×%4 is accepted.")
                        .arg(name)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(MaxSealPixels);
        out.mimeType.clear();
        out.warnings.clear();
        return out;
    }
    if (out.mimeType == QLatin1String("image/png")) {
        // The header can be fine while the pixels are not: decode once to be sure.
        if (QImage::fromData(bytes, "png").isNull()) {
            out.error = Tr::tr("The seal image \"%1\" is damaged and cannot be decoded.").arg(name);
            out.mimeType.clear();
            return out;
        }
    }
    out.bytes = usable;
    return out;
}

QPixmap renderSeal(const QByteArray &stored, const QString &, const QSize &size)
{
    // Whatever a file claims, what is drawn is what passes the check, as the check decides.
    const SealCheck check = checkSealBytes(stored, QString());
    if (!check.error.isEmpty())
        return {};
    const QByteArray &bytes = check.bytes;
    const QString &mimeType = check.mimeType;
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (mimeType == QLatin1String("image/svg+xml")) {
        QSvgRenderer svg(bytes);
        if (!svg.isValid())
            return {};
        QSizeF s = svg.defaultSize();
        s.scale(size, Qt::KeepAspectRatio);
        svg.render(
            &painter,
            QRectF(QPointF((size.width() - s.width()) / 2, (size.height() - s.height()) / 2), s));
    } else {
        const QImage image = QImage::fromData(bytes);
        if (image.isNull())
            return {};
        const QImage scaled = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage((size.width() - scaled.width()) / 2,
                          (size.height() - scaled.height()) / 2, scaled);
    }
    return pixmap;
}

} // namespace csr::print
