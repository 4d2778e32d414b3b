// libFuzzer target: the style file reader (JSON from a unit or anyone, every value range-checked)
// and the cover picture check it uses (PNG or JPEG bytes).
#include "FuzzSupport.h"
#include "StyleReader.h"

#include <QDir>
#include <QFile>
#include <QImage>

namespace {
QString pictures; // a folder with a usable logo, so a file name the fuzzer finds loads one
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    csr::fuzz::startHeadlessGui();
    pictures = QDir::temp().filePath(QStringLiteral("csr-style-fuzz"));
    QDir().mkpath(pictures);
    QImage logo(8, 8, QImage::Format_RGB32);
    logo.fill(Qt::blue);
    logo.save(QDir(pictures).filePath(QStringLiteral("logo.png")), "PNG");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace csr::print;
    const QByteArray bytes = csr::fuzz::bytesOf(data, size);
    if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xff\xd8")) {
        const StyleImageCheck check = StyleImages::check(bytes, QStringLiteral("picture"));
        csr::fuzz::require(check.error.isEmpty() != check.image.isNull());
        return 0;
    }
    const StyleRead read = StyleReader::fromJson(bytes, QStringLiteral("fuzz"), pictures);
    const PrintStyle &s = read.style;
    csr::fuzz::require(read.usable || (s == PrintStyle{} && !read.problems.isEmpty()));
    // Whatever the file says, the page keeps a text frame and lines hold their text.
    csr::fuzz::require(s.page.content().width() > 0 && s.page.content().height() > 0);
    csr::fuzz::require(s.spacing.bodyLineHeight >= s.type.size(TextStyle::Body));
    csr::fuzz::require(!s.chart.palette.isEmpty() && s.chart.palette.size() <= 16);
    return 0;
}
