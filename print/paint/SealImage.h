#pragma once

#include <QByteArray>
#include <QPixmap>
#include <QString>

namespace csr::ui {

// Limits that keep a seal image reasonable for a signature block: anything larger is almost
// certainly the wrong file (a scan of the whole page) and would bloat every export.
inline constexpr qint64 MaxSealBytes = 2 * 1024 * 1024;
inline constexpr int MaxSealPixels = 4000;

struct SealCheck
{
    QByteArray bytes;
    QString mimeType; // "image/png" or "image/svg+xml"
    QString error;    // empty when the image is usable
};

// Reads and checks a seal image file (PNG or SVG); the error names the problem.
SealCheck checkSealFile(const QString &path);
SealCheck checkSealBytes(const QByteArray &bytes, const QString &nameForMessages);
// Draws a seal image (SVG through QSvgRenderer) fitted into `size`.
QPixmap renderSeal(const QByteArray &bytes, const QString &mimeType, const QSize &size);

} // namespace csr::ui
