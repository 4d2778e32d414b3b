#include "SealImage.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>

using namespace csr::ui;

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
