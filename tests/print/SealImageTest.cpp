#include "SealImage.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>

using namespace csr::print;

namespace {
QByteArray png(int w, int h)
{
    QImage image(w, h, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

TEST_CASE("Seal images are checked for size and dimensions and readability")
{
    QTemporaryDir dir;
    const QString ok = dir.filePath(QStringLiteral("seal.png"));
    csr::test::writeFile(ok, png(200, 200));
    auto check = checkSealFile(ok);
    CHECK(check.error.isEmpty());
    CHECK(check.mimeType == QStringLiteral("image/png"));
    CHECK(renderSeal(check.bytes, check.mimeType, QSize(64, 64)).size() == QSize(64, 64));

    const QString svg = dir.filePath(QStringLiteral("seal.svg"));
    csr::test::writeFile(svg, "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100'>"
                              "<circle cx='50' cy='50' r='40' fill='red'/></svg>");
    check = checkSealFile(svg);
    CHECK(check.error.isEmpty());
    CHECK(check.mimeType == QStringLiteral("image/svg+xml"));
    CHECK_FALSE(renderSeal(check.bytes, check.mimeType, QSize(64, 64)).isNull());

    const QString huge = dir.filePath(QStringLiteral("huge.png"));
    csr::test::writeFile(huge, png(4100, 10));
    check = checkSealFile(huge);
    CHECK(check.error.contains(QStringLiteral("4100")));
    CHECK(check.bytes.isEmpty());

    const QString junk = dir.filePath(QStringLiteral("junk.png"));
    csr::test::writeFile(junk, "this is not an image");
    CHECK(checkSealFile(junk).error.contains(QStringLiteral("junk.png")));

    const QString big = dir.filePath(QStringLiteral("big.png"));
    csr::test::writeFile(big, QByteArray(MaxSealBytes + 1, 'x'));
    CHECK(checkSealFile(big).error.contains(QStringLiteral("MB")));

    CHECK_FALSE(checkSealFile(dir.filePath(QStringLiteral("missing.png"))).error.isEmpty());
}

namespace {
QColor centre(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

QByteArray svgWithImage(const QString &href)
{
    return QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' "
                          "xmlns:xlink='http://www.w3.org/1999/xlink' width='40' height='40'>"
                          "<rect width='40' height='40' fill='white'/>"
                          "<image x='0' y='0' width='40' height='40' xlink:href='%1'/></svg>")
        .arg(href)
        .toUtf8();
}
} // namespace

TEST_CASE("An SVG seal cannot draw a file from the disk: the image is left out, with a warning")
{
    QTemporaryDir dir;
    const QString local = dir.filePath(QStringLiteral("private.png"));
    csr::test::writeFile(local, png(40, 40)); // solid red
    const QByteArray svg = svgWithImage(local);

    // What the check guards against: QtSvg on its own draws the local file.
    QSvgRenderer raw(svg);
    QPixmap unsafe(32, 32);
    unsafe.fill(Qt::white);
    QPainter p(&unsafe);
    raw.render(&p);
    p.end();
    REQUIRE(centre(unsafe) == QColor(Qt::red));

    const SealCheck check = checkSealBytes(svg, QStringLiteral("seal.svg"));
    CHECK(check.error.isEmpty());
    REQUIRE(check.warnings.size() == 1);
    CHECK(check.warnings.first().contains(QStringLiteral("private.png")));
    CHECK_FALSE(check.bytes.contains("private.png"));
    CHECK(centre(renderSeal(svg, QStringLiteral("image/svg+xml"), QSize(32, 32))) ==
          QColor(Qt::white));

    // Plain paths and other elements with an outside reference go the same way.
    const SealCheck plain = checkSealBytes(
        QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'>"
                          "<image href='/etc/hostname' width='9' height='9'/>"
                          "<use href='other.svg#a'/><circle r='3' href='#x'/></svg>"),
        QStringLiteral("seal.svg"));
    CHECK(plain.error.isEmpty());
    CHECK(plain.warnings.size() == 2);
    CHECK_FALSE(plain.bytes.contains("/etc/hostname"));
    CHECK(plain.bytes.contains("circle"));
}

TEST_CASE("An SVG seal keeps an embedded PNG image (a data: URI)")
{
    const QByteArray svg = svgWithImage(QStringLiteral("data:image/png;base64,") +
                                        QString::fromLatin1(png(40, 40).toBase64()));
    const SealCheck check = checkSealBytes(svg, QStringLiteral("seal.svg"));
    CHECK(check.error.isEmpty());
    CHECK(check.warnings.isEmpty());
    CHECK(centre(renderSeal(check.bytes, check.mimeType, QSize(32, 32))) == QColor(Qt::red));
    // An embedded SVG could hold references of its own: left out like a file.
    CHECK(checkSealBytes(svgWithImage(QStringLiteral("data:image/svg+xml;base64,AAAA")),
                         QStringLiteral("seal.svg"))
              .warnings.size() == 1);
}

TEST_CASE("Seal images beyond the limits or not well-formed are refused by their bytes too")
{
    CHECK(checkSealBytes(png(10, 4001), QStringLiteral("tall.png"))
              .error.contains(QStringLiteral("4001")));
    CHECK(checkSealBytes(QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' "
                                           "width='5000' height='10'/>"),
                         QStringLiteral("wide.svg"))
              .error.contains(QStringLiteral("5000")));
    CHECK(checkSealBytes(QByteArray(MaxSealBytes + 1, ' ') + "<svg/>", QStringLiteral("big.svg"))
              .error.contains(QStringLiteral("MB")));
    const SealCheck broken =
        checkSealBytes(QByteArrayLiteral("<svg><g></svg>"), QStringLiteral("broken.svg"));
    CHECK(broken.error.contains(QStringLiteral("broken.svg")));
    CHECK(broken.bytes.isEmpty());
    // A file-stored seal whose type says PNG but whose bytes are junk is not drawn at all.
    CHECK(renderSeal("junk", QStringLiteral("image/png"), QSize(8, 8)).isNull());
}
