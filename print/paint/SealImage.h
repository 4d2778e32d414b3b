#pragma once

#include <QByteArray>
#include <QPixmap>
#include <QString>
#include <QStringList>

namespace csr::print {

// Limits that keep a seal image reasonable for a signature block: anything larger is almost
// certainly the wrong file (a scan of the whole page) and would bloat every export. They also
// bound the work of decoding a hostile file: at most 4000×4000 pixels are ever decoded.
inline constexpr qint64 MaxSealBytes = 2 * 1024 * 1024;
inline constexpr int MaxSealPixels = 4000; // per side, for PNG pixels and SVG's default size

struct SealCheck
{
    QByteArray bytes;     // what may be drawn: the PNG, or the SVG without external references
    QString mimeType;     // "image/png" or "image/svg+xml", from the bytes (not from a file name)
    QString error;        // empty when the image is usable
    QStringList warnings; // references an SVG made outside itself, removed (see SafeSvg)
};

// Reads and checks a seal image file (PNG or SVG); the error names the problem. Used when the
// seal is chosen, and again for the bytes a report carries whenever a seal is drawn.
SealCheck checkSealFile(const QString &path);
SealCheck checkSealBytes(const QByteArray &bytes, const QString &nameForMessages);
// Draws a seal image fitted into `size`, after checkSealBytes: a null pixmap if it is refused.
// The type is taken from the bytes; `mimeType` (as a report stores it) is not trusted.
QPixmap renderSeal(const QByteArray &bytes, const QString &mimeType, const QSize &size);

} // namespace csr::print
