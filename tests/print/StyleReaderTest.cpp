#include "StyleReader.h"
#include "StyleRegistry.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace csr::print;

namespace {

StyleRead read(const QByteArray &json, const QString &folder = QString())
{
    return StyleReader::fromJson(json, QStringLiteral("test"), folder);
}

bool mentions(const StyleRead &r, const QString &key)
{
    for (const QString &p : r.problems)
        if (p.startsWith(key + QLatin1Char(':')))
            return true;
    return false;
}

QByteArray png(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x60, 0xa0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("style: the built-in default file is exactly the built-in default style", "[style]")
{
    const StyleRead r = StyleReader::readFile(QStringLiteral(":/styles/default.json"));
    INFO(r.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(r.usable);
    CHECK(r.problems.isEmpty());
    PrintStyle expected;
    expected.name = QStringLiteral("Default");
    CHECK(r.style == expected);
}

TEST_CASE("style: civic-blue reads cleanly and differs from the default", "[style]")
{
    const StyleRead r = StyleReader::readFile(QStringLiteral(":/styles/civic-blue.json"));
    INFO(r.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.usable);
    CHECK(r.problems.isEmpty());
    const PrintStyle &s = r.style;
    CHECK(s.id == QStringLiteral("civic-blue"));
    CHECK(s.name == QStringLiteral("Civic blue"));
    CHECK(s.font.family == QStringLiteral("WenQuanYi Zen Hei"));
    CHECK(s.font.package == QStringLiteral("fonts-wqy-zenhei"));
    CHECK(s.colors.heading == QColor(0x0b, 0x4f, 0x8a));
    CHECK(s.colors.zebra == QColor(0xee, 0xf4, 0xfa));
    CHECK(s.type.size(TextStyle::Heading1) == 20);
    CHECK(s.type.size(TextStyle::Body) == 12); // not set: the default
    CHECK(s.page.marginLeft == 70);
    CHECK_FALSE(s.cover.centred);
    CHECK(s.cover.image.mimeType == QStringLiteral("image/png"));
    CHECK(s.cover.image.pixels == QSize(1000, 420));
    CHECK(s.cover.logo.isNull());
}

TEST_CASE("style: each bad value is named, keeps its default, and the rest still applies",
          "[style]")
{
    const StyleRead r = read(R"({
        "page": {"marginLeft": 900, "width": "wide"},
        "sizes": {"heading1": 0, "heading2": 17},
        "colors": {"heading": "navy", "zebra": "#12", "rule": "#abcdef"},
        "spacing": {"headingSpaceBefore": [0, 1], "bodyLineHeight": 1e308},
        "table": {"ruleWidth": -1},
        "chart": {"palette": ["#000000", 5]},
        "header": {"rule": "yes"},
        "cover": {"align": "right", "titleY": -4},
        "font": {"family": "Noto Sans CJK SC"},
        "colours": {}
    })");
    CHECK(r.usable);
    for (const char *key : {"page.marginLeft", "page.width", "sizes.heading1", "colors.heading",
                            "colors.zebra", "spacing.headingSpaceBefore", "spacing.bodyLineHeight",
                            "table.ruleWidth", "chart.palette", "header.rule", "cover.align",
                            "cover.titleY", "font.family", "colours"}) {
        INFO(key << " in " << r.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(mentions(r, QLatin1String(key)));
    }
    const PrintStyle defaults;
    CHECK(r.style.page == defaults.page);
    CHECK(r.style.type.size(TextStyle::Heading1) == 18);
    CHECK(r.style.type.size(TextStyle::Heading2) == 17); // the good value next to bad ones
    CHECK(r.style.colors.heading == defaults.colors.heading);
    CHECK(r.style.colors.rule == QColor(0xab, 0xcd, 0xef));
    CHECK(r.style.chart.palette == defaults.chart.palette);
    CHECK(r.style.font == defaults.font);
    CHECK(r.style.cover.centred);
    // The font's message says which fonts may be used.
    CHECK(r.problems.filter(QStringLiteral("font.family"))
              .join(QString())
              .contains(QStringLiteral("WenQuanYi Micro Hei")));
}

TEST_CASE("style: a file that is not JSON, or too large, gives the default with a message",
          "[style]")
{
    for (const QByteArray &bytes :
         {QByteArray("{\"colors\": {"), QByteArray("[1, 2]"), QByteArray(),
          QByteArray(StyleReader::MaxStyleBytes + 1, ' ')}) {
        const StyleRead r = read(bytes);
        CHECK_FALSE(r.usable);
        CHECK(r.problems.size() == 1);
        CHECK(r.style == PrintStyle{});
    }
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.json"));
    write(big, "{\"name\": \"" + QByteArray(StyleReader::MaxStyleBytes, 'x') + "\"}");
    const StyleRead r = StyleReader::readFile(big);
    CHECK_FALSE(r.usable);
    CHECK(r.problems.join(QString()).contains(QStringLiteral("big.json")));
}

TEST_CASE("style: cover pictures are read beside the style file, within limits", "[style]")
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("logo.png")), png(120, 60));
    write(dir.filePath(QStringLiteral("huge.png")), png(4100, 10));
    write(dir.filePath(QStringLiteral("broken.png")), png(50, 50).left(60));
    write(dir.filePath(QStringLiteral("text.png")), "not a picture at all");
    write(dir.filePath(QStringLiteral("unit.json")), R"({
        "cover": {"logo": {"file": "logo.png", "x": 70, "y": 100, "width": 80, "height": 80},
                  "image": {"file": "huge.png", "width": 595, "height": 200}}})");
    const StyleRead r = StyleReader::readFile(dir.filePath(QStringLiteral("unit.json")));
    CHECK(r.style.id == QStringLiteral("unit"));
    CHECK(r.style.cover.logo.pixels == QSize(120, 60));
    CHECK(r.style.cover.logoRect == QRectF(70, 100, 80, 80));
    CHECK(r.style.cover.image.isNull());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().contains(QStringLiteral("cover.image.file")));
    CHECK(r.problems.first().contains(QStringLiteral("4100×10")));

    const StyleRead boxless = read(R"({"cover": {"image": {"file": "logo.png"}}})", dir.path());
    CHECK(mentions(boxless, QStringLiteral("cover.image.width")));

    for (const char *file : {"broken.png", "text.png", "missing.png"}) {
        const QByteArray json = QByteArray(R"({"cover": {"logo": {"file": ")") + file + "\"}}}";
        const StyleRead bad = read(json, dir.path());
        INFO(file);
        CHECK(bad.style.cover.logo.isNull());
        CHECK(mentions(bad, QStringLiteral("cover.logo.file")));
    }
}

TEST_CASE("style: the registry finds built-in and user styles by id, files by path", "[style]")
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("our-unit.json")), R"({"name": "Our unit",
        "colors": {"heading": "#123456"}})");
    qputenv("CSR_STYLE_PATH", dir.path().toUtf8());
    QStringList ids;
    for (const StyleEntry &e : StyleRegistry::available())
        ids << e.id;
    CHECK(ids.contains(QStringLiteral("default")));
    CHECK(ids.contains(QStringLiteral("civic-blue")));
    CHECK(ids.contains(QStringLiteral("our-unit")));

    const StyleChoice byId = StyleRegistry::resolve(QStringLiteral("our-unit"));
    CHECK(byId.messages.isEmpty());
    CHECK(byId.style.colors.heading == QColor(0x12, 0x34, 0x56));
    const StyleChoice byPath =
        StyleRegistry::resolve(dir.filePath(QStringLiteral("our-unit.json")));
    CHECK(byPath.style == byId.style);
    CHECK(StyleRegistry::resolve(QString()).style == PrintStyle{});

    const StyleChoice unknown = StyleRegistry::resolve(QStringLiteral("no-such-style"));
    CHECK(unknown.style == PrintStyle{});
    REQUIRE(unknown.messages.size() == 1);
    CHECK(unknown.messages.first().contains(QStringLiteral("no-such-style")));
    qunsetenv("CSR_STYLE_PATH");
}

TEST_CASE("style: a known font keeps its own Debian package, another one is named", "[style]")
{
    const StyleRead r =
        read(R"({"font": {"family": "wenquanyi zen hei", "package": "fonts-noto-cjk"}})");
    CHECK(r.style.font.family == QStringLiteral("WenQuanYi Zen Hei"));
    CHECK(r.style.font.package == QStringLiteral("fonts-wqy-zenhei"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().startsWith(QStringLiteral("font.package:")));
    CHECK(r.problems.first().contains(QStringLiteral("fonts-wqy-zenhei")));
}
