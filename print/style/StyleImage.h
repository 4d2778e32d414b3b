#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace csr::print {

// A picture a style places on the cover (the unit's logo, a cover photo): PNG or JPEG, the type
// taken from the bytes. Bounded like the seal image: a style file may come from anywhere, and a
// picture over the limits is almost certainly the wrong file (a 50-megapixel camera original).
inline constexpr qint64 MaxStyleImageBytes = 4 * 1024 * 1024;
inline constexpr int MaxStyleImagePixels = 4000; // per side

struct StyleImage
{
    QString path;     // where it was read from, for messages
    QByteArray bytes; // as in the file, checked
    QString mimeType; // "image/png" or "image/jpeg"
    QSize pixels;

    bool isNull() const { return bytes.isEmpty(); }
    bool operator==(const StyleImage &) const = default;
};

struct StyleImageCheck
{
    StyleImage image;
    QString error; // names the file and the problem; empty when usable
};

class StyleImages
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::StyleImages)

public:
    // Reads a PNG or JPEG file within the limits and decodes it once (the header can be fine
    // while the pixels are not).
    static StyleImageCheck load(const QString &path);
    // The same check on bytes already read; `name` is only used in messages.
    static StyleImageCheck check(const QByteArray &bytes, const QString &name);
};

} // namespace csr::print
