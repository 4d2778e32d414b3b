#include "DocumentFormat.h"
#include "OpenData.h"
#include "OpenDataFormats.h"
#include "PhotoImage.h"
#include "RollForward.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csr;

namespace {

Block photoBlock(const QString &id, const QByteArray &image, const QString &alt = {})
{
    Photo p;
    p.image = image;
    p.caption = QStringLiteral("志愿者在社区服务中心");
    p.altText = alt;
    p.widthFraction = 0.6;
    return Block{id, {}, p};
}

Document withPhoto(const Block &photo)
{
    Document doc = test::smallDocument();
    doc.chapters.last().blocks.append(photo);
    return doc;
}

// A report of format 4 with one photo block whose image object is `image`.
DocumentFormat::ReadResult readPhoto(const QJsonObject &image, const QJsonObject &extra = {})
{
    QJsonObject block{{"id", "b1"}, {"type", "photo"}, {"caption", "c"}};
    if (!image.isEmpty())
        block.insert("image", image);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        block.insert(it.key(), it.value());
    const QJsonObject root{
        {"formatVersion", 4},
        {"metadata", QJsonObject{{"unitName", "u"}, {"year", 2023}}},
        {"chapters",
         QJsonArray{QJsonObject{{"id", "c1"}, {"title", "T"}, {"blocks", QJsonArray{block}}}}}};
    return DocumentFormat::fromJson(QJsonDocument(root).toJson());
}

QJsonObject imageObject(const QByteArray &bytes, const QString &mime)
{
    return {{"mimeType", mime}, {"data", QString::fromLatin1(bytes.toBase64())}};
}

// A PNG whose header claims `width` × `height` pixels, with no pixel data after it.
QByteArray pngHeaderOnly(quint32 width, quint32 height)
{
    QByteArray png = test::testPhoto(8, 8, "PNG");
    auto put = [&](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            png[at + i] = char((v >> (24 - 8 * i)) & 0xff);
    };
    put(16, width); // IHDR starts at 8: length, "IHDR", width, height
    put(20, height);
    quint32 crc = 0xffffffffu; // over the chunk's type and data, as libpng checks it
    for (int i = 12; i < 29; ++i) {
        crc ^= quint8(png[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    put(29, ~crc);
    return png;
}

} // namespace

TEST_CASE("A photo block survives a round trip as format 4")
{
    const QByteArray jpeg = test::testPhoto(64, 48);
    Document doc = withPhoto(photoBlock(QStringLiteral("p1"), jpeg, QStringLiteral("十名志愿者")));
    const QByteArray json = DocumentFormat::toJson(doc);
    CHECK(json.contains(test::formatVersionLine()));
    CHECK(json.contains("\"type\": \"photo\""));
    CHECK(json.contains("\"mimeType\": \"image/jpeg\""));
    CHECK(json.contains("\"widthFraction\": 0.6"));
    CHECK(json.contains("\"altText\": \"十名志愿者\""));
    CHECK_FALSE(json.contains("\"widthMm\""));
    const auto read = DocumentFormat::fromJson(json);
    REQUIRE(read.ok());
    CHECK(read.document == doc);
    CHECK(DocumentFormat::toJson(read.document) == json);

    // A width in millimetres, a PNG, and a photo not yet chosen.
    auto &p = std::get<Photo>(doc.chapters.last().blocks.last().content);
    p.widthMm = 120;
    p.image = test::testPhoto(10, 10, "PNG");
    Photo empty;
    doc.chapters.last().blocks.append(Block{QStringLiteral("p2"), {}, empty});
    const QByteArray json2 = DocumentFormat::toJson(doc);
    CHECK(json2.contains("\"widthMm\": 120"));
    CHECK(json2.contains("\"mimeType\": \"image/png\""));
    const auto read2 = DocumentFormat::fromJson(json2);
    REQUIRE(read2.ok());
    CHECK(read2.document == doc);
}

TEST_CASE("Every older format version still reads, and saves as the current one")
{
    const QString dir = QStringLiteral(CSR_SOURCE_DIR "/tests/core/data/");
    const QByteArray current = test::formatVersionLine();
    for (const char *name :
         {"format-v1-small.csreport", "format-v2-west-district-2023.csreport",
          "format-v3-west-district-2023.csreport", "format-v4-west-district-2023.csreport"}) {
        INFO(name);
        const QByteArray bytes = test::readFile(dir + QLatin1String(name));
        const auto read = DocumentFormat::fromJson(bytes);
        REQUIRE(read.ok());
        CHECK_FALSE(read.document.chapters.isEmpty());
        const QByteArray written = DocumentFormat::toJson(read.document);
        CHECK(written.contains(current));
        CHECK(DocumentFormat::fromJson(written).document == read.document);
    }
    // The sample as committed at formats 3 and 4 is the sample of today, word for word.
    for (const int version : {3, 4}) {
        INFO("format " << version);
        const QByteArray old = test::readFile(
            dir + QStringLiteral("format-v%1-west-district-2023.csreport").arg(version));
        const QByteArray stated = test::formatVersionLine(version);
        REQUIRE(old.contains(stated));
        CHECK(DocumentFormat::fromJson(old).document == test::loadSample());
        QByteArray expected = old;
        expected.replace(stated, current);
        CHECK(DocumentFormat::toJson(test::loadSample()) == expected);
    }
}

TEST_CASE("A photo's image is checked when read: a hostile one is refused with its place")
{
    const QByteArray png = test::testPhoto(16, 16, "PNG");
    CHECK(readPhoto(imageObject(png, "image/png")).ok());
    CHECK(readPhoto({}).ok()); // no image chosen yet

    auto refused = [](const DocumentFormat::ReadResult &r, const char *words) {
        INFO(r.error.message.toStdString());
        CHECK(r.error.kind == ReadErrorKind::InvalidValue);
        CHECK(r.error.message.contains(QStringLiteral("chapters[0].blocks[0].image")));
        CHECK(r.error.message.contains(QLatin1String(words)));
        CHECK(r.document.chapters.isEmpty()); // nothing half-read
    };
    refused(readPhoto({{"mimeType", "image/png"}, {"data", "not base64!"}}), "not base64");
    refused(readPhoto(imageObject("GIF89a....", "image/png")), "not a PNG or JPEG");
    refused(readPhoto(imageObject(png, "image/jpeg")), "said to be \"image/jpeg\"");
    // 10000 × 5000 pixels in the header: refused before a pixel is decoded.
    refused(readPhoto(imageObject(pngHeaderOnly(10000, 5000), "image/png")), "50.0 megapixels");
    QByteArray huge = png;
    huge.append(QByteArray(PhotoImage::MaxBytes, '\0'));
    refused(readPhoto(imageObject(huge, "image/png")), "larger than 20 MB");
    refused(readPhoto(imageObject(png.left(20), "image/png")), "damaged");

    const auto wide = readPhoto(imageObject(png, "image/png"), {{"widthFraction", 1.5}});
    CHECK(wide.error.message.contains(QStringLiteral("chapters[0].blocks[0].widthFraction")));
    const auto mm = readPhoto(imageObject(png, "image/png"), {{"widthMm", 2}});
    CHECK(mm.error.message.contains(QStringLiteral("widthMm")));
}

TEST_CASE("Decoding refuses a damaged image and keeps to the limits")
{
    const QByteArray png = test::testPhoto(40, 30, "PNG");
    const auto good = PhotoImage::decode(png);
    REQUIRE(good.error.isEmpty());
    CHECK(good.image.size() == QSize(40, 30));

    const PhotoImage::Check check = PhotoImage::check(test::testPhoto(40, 30));
    CHECK(check.format == PhotoImage::Format::Jpeg);
    CHECK(check.size == QSize(40, 30));

    const auto broken = PhotoImage::decode(png.left(png.size() / 2));
    CHECK(broken.image.isNull());
    CHECK(broken.error.contains(QStringLiteral("damaged")));
    const auto lying = PhotoImage::decode(pngHeaderOnly(8000, 6000)); // 48 megapixels
    CHECK(lying.image.isNull());
    CHECK(lying.error.contains(QStringLiteral("megapixels")));
    CHECK_FALSE(PhotoImage::decode(QByteArray()).error.isEmpty());

    // libjpeg would grey out what a cut-off JPEG lacks; it is refused instead.
    const QByteArray jpeg = test::testPhoto(200, 150);
    REQUIRE(PhotoImage::decode(jpeg).error.isEmpty());
    const auto cut = PhotoImage::decode(jpeg.left(jpeg.size() * 2 / 3));
    CHECK(cut.image.isNull());
    CHECK(cut.error.contains(QStringLiteral("ends before its picture")));
}

TEST_CASE("A photo without alternative text is a warning, its text goes to the open data")
{
    Document doc = withPhoto(photoBlock(QStringLiteral("p1"), test::testPhoto(32, 24)));
    auto findings = validate(doc);
    const auto alt = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
        return f.code == QLatin1String("photo-alt-missing");
    });
    REQUIRE(alt != findings.end());
    CHECK(alt->severity == Finding::Severity::Warning);
    CHECK(alt->location.blockId == QStringLiteral("p1"));
    CHECK(alt->message.contains(QStringLiteral("志愿者在社区服务中心")));

    auto &p = std::get<Photo>(doc.chapters.last().blocks.last().content);
    p.altText = QStringLiteral("十名志愿者在服务台前合影");
    findings = validate(doc);
    CHECK(std::none_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.code.startsWith(QLatin1String("photo-"));
    }));

    // A second photo, and an empty one that is not printed and so has no number.
    doc.chapters.first().blocks.append(photoBlock(QStringLiteral("p0"), test::testPhoto(8, 8)));
    doc.chapters.first().blocks.append(Block{QStringLiteral("pe"), {}, Photo{}});
    CHECK(photoNumbers(doc) ==
          QHash<QString, int>{{QStringLiteral("p0"), 1}, {QStringLiteral("p1"), 2}});
    const OpenDataSet data = openDataSet(doc, Edition::Public);
    REQUIRE(data.photos.size() == 2);
    CHECK(data.photos[1].number == 2);
    CHECK(data.photos[1].altText == QStringLiteral("十名志愿者在服务台前合影"));
    const QJsonObject json = QJsonDocument::fromJson(openDataJson(data)).object();
    const QJsonArray photos = json.value("photos").toArray();
    REQUIRE(photos.size() == 2);
    CHECK(photos[1].toObject().value("altText").toString() == p.altText);
    CHECK(photos[1].toObject().value("caption").toString() == p.caption);
}

TEST_CASE("Rolling forward keeps a photo's place but not last year's picture")
{
    Document doc = withPhoto(
        photoBlock(QStringLiteral("p1"), test::testPhoto(8, 8), QStringLiteral("十名志愿者")));
    const Document next = rollForward(doc, 2024);
    const Block &b = next.chapters.last().blocks.last();
    REQUIRE(b.kind() == BlockKind::Photo);
    const Photo &p = std::get<Photo>(b.content);
    CHECK(p.image.isEmpty());
    CHECK(p.caption.isEmpty());
    CHECK(p.altText.isEmpty());
    CHECK(p.widthFraction == 0.6);
    CHECK(b.isEmpty());
}
