#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace csr {

// The checks every photo's bytes pass before anything decodes them: a report file, a dropped
// file and the print engine all hand over bytes from outside. Limits bound the memory and time
// of a hostile image: a 20 MB file or a 40-megapixel picture is more than any printed page
// needs (A4 at 300 dpi is 8.7 megapixels).
namespace PhotoImage {

inline constexpr qint64 MaxBytes = 20 * 1024 * 1024;
inline constexpr qint64 MaxPixels = 40'000'000;
// All photos of one report together, so a report file stays inside DocumentFormat::MaxFileSize
// once base64 has grown them by a third.
inline constexpr qint64 MaxTotalBytes = 100 * 1024 * 1024;

enum class Format { Unknown, Png, Jpeg };

// From the magic bytes, never from a file name or a stored MIME type.
Format formatOf(const QByteArray &bytes);
QString mimeType(Format format); // "image/png", "image/jpeg"; "" for Unknown

struct Check
{
    Format format = Format::Unknown;
    QSize size;    // pixels, from the image's header
    QString error; // a sentence saying what is wrong; empty when the bytes may be decoded
    bool ok() const { return error.isEmpty(); }
};

// Magic bytes, byte size and the header's pixel count; no pixel is decoded.
Check check(const QByteArray &bytes);

struct Decoded
{
    QImage image; // null when refused
    QString error;
};

// Decodes after check(), with Qt's allocation limit set to the pixel limit, so a header that
// lies about its size still cannot allocate more. A truncated or damaged image is refused.
Decoded decode(const QByteArray &bytes);

} // namespace PhotoImage
} // namespace csr
