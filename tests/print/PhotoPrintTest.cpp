#include "BlockLayouter.h"
#include "PdfExporter.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <poppler-qt6.h>

using namespace csr;
using namespace csr::test;
using print::ImageBox;
using print::PageLayout;
using print::TextRun;
using print::UnitKind;

namespace {

Block photoBlock(const QString &id, const QByteArray &image, const QString &caption,
                 double fraction = 1.0)
{
    Photo p;
    p.image = image;
    p.caption = caption;
    p.altText = QStringLiteral("十名志愿者在社区服务台前合影");
    p.widthFraction = fraction;
    return Block{id, {}, p};
}

// A report of one chapter: `paragraphs` paragraphs of prose, then the blocks given.
Document chapterWith(int paragraphs, const QList<Block> &after)
{
    Document doc = smallDocument();
    Chapter c;
    c.id = QStringLiteral("cphoto");
    c.title = QStringLiteral("志愿服务");
    for (int i = 0; i < paragraphs; ++i)
        c.blocks.append(Block{QStringLiteral("bp%1").arg(i), {}, Paragraph{prose(160, i)}});
    c.blocks += after;
    doc.chapters.append(c);
    return doc;
}

struct Found
{
    int page = -1;
    ImageBox image;
};

QList<Found> photosIn(const PageLayout &layout)
{
    QList<Found> out;
    for (int p = 0; p < layout.pages.size(); ++p)
        for (const print::Primitive &prim : layout.pages[p].primitives)
            if (const auto *i = std::get_if<ImageBox>(&prim); i && !i->picture.isNull())
                out.append({p, *i});
    return out;
}

// The text run on `page` that starts with `start`.
std::optional<TextRun> runOn(const PageLayout &layout, int page, const QString &start)
{
    for (const print::Primitive &prim : layout.pages[page].primitives)
        if (const auto *t = std::get_if<TextRun>(&prim); t && t->text.startsWith(start))
            return *t;
    return std::nullopt;
}

} // namespace

TEST_CASE("layout: a photo is printed at its width, downsampled to 300 dpi, numbered 图1 图2",
          "[print][photo]")
{
    const QByteArray big = testPhoto(4000, 3000);
    const Document doc = chapterWith(
        1, {photoBlock(QStringLiteral("ph1"), big, QStringLiteral("志愿者服务")),
            Block{QStringLiteral("phe"), {}, Photo{}}, // no image: not printed, not numbered
            photoBlock(QStringLiteral("ph2"), testPhoto(300, 200, "PNG"),
                       QStringLiteral("植树活动"), 0.5)});
    const PageLayout layout = layoutOf(doc);
    const QList<Found> photos = photosIn(layout);
    REQUIRE(photos.size() == 2);
    const QRectF content = layout.geometry.content();

    // Text width, 4:3; at most 300 pixels per inch of it, never the 4000 the file has.
    const ImageBox &first = photos[0].image;
    CHECK(first.rect.width() == Approx(content.width()));
    CHECK(first.rect.height() == Approx(content.width() * 0.75));
    const double ppi = first.picture.width() / (first.rect.width() / 72);
    CHECK(ppi <= 300.5);
    CHECK(ppi > 290);
    CHECK(first.mimeType == QStringLiteral("image/jpeg"));
    CHECK(first.altText == QStringLiteral("十名志愿者在社区服务台前合影"));

    // Half the width, centred; a small PNG is never enlarged.
    const ImageBox &second = photos[1].image;
    CHECK(second.rect.width() == Approx(content.width() / 2));
    CHECK(second.rect.center().x() == Approx(content.center().x()));
    CHECK(second.picture.size() == QSize(300, 200));
    CHECK(second.mimeType == QStringLiteral("image/png"));

    // Each caption directly under its photo, on the same page, numbered in order.
    const auto c1 = runOn(layout, photos[0].page, QStringLiteral("图1"));
    REQUIRE(c1);
    CHECK(c1->text == QStringLiteral("图1  志愿者服务"));
    CHECK(c1->bounds().top() >= first.rect.bottom());
    CHECK(c1->bounds().top() < first.rect.bottom() + 12);
    const auto c2 = runOn(layout, photos[1].page, QStringLiteral("图2"));
    REQUIRE(c2);
    CHECK(c2->text == QStringLiteral("图2  植树活动"));
    CHECK(c2->bounds().top() >= second.rect.bottom());
}

TEST_CASE("layout: a photo that does not fit at a page's foot moves to the next page with its "
          "caption",
          "[print][photo]")
{
    const QByteArray jpeg = testPhoto(800, 600);
    // More prose before the photo each time, until the photo no longer fits below it.
    bool moved = false;
    for (int paragraphs = 1; paragraphs <= 12 && !moved; ++paragraphs) {
        const Document doc = chapterWith(
            paragraphs, {photoBlock(QStringLiteral("ph1"), jpeg, QStringLiteral("社区义诊"))});
        const PageLayout layout = layoutOf(doc);
        const QList<Found> photos = photosIn(layout);
        REQUIRE(photos.size() == 1);
        const int page = photos[0].page;
        const QList<print::PlacedInfo> &placed = layout.placed[page];
        const auto unit = std::find_if(placed.begin(), placed.end(),
                                       [](const auto &p) { return p.kind == UnitKind::Photo; });
        REQUIRE(unit != placed.end());
        // The caption is always on the photo's page, inside the photo's unit.
        const auto caption = runOn(layout, page, QStringLiteral("图1"));
        REQUIRE(caption);
        CHECK(caption->bounds().bottom() <= unit->rect.bottom() + 1);
        CHECK(unit->rect.bottom() <= layout.geometry.content().bottom() + 0.01);
        if (unit != placed.begin())
            continue; // it fitted after the prose on the same page
        // Moved: it heads its page, and the prose before it ends on the page before, where the
        // photo with its caption would have run past the foot.
        const QList<print::PlacedInfo> &before = layout.placed[page - 1];
        REQUIRE_FALSE(before.isEmpty());
        CHECK(before.back().kind == UnitKind::Line);
        CHECK(before.back().rect.bottom() + unit->rect.height() >
              layout.geometry.content().bottom());
        CHECK(unit->rect.top() == Approx(layout.geometry.content().top()));
        moved = true;
    }
    CHECK(moved);
}

TEST_CASE("layout: a photo taller than a page is shrunk to fit with its caption", "[print][photo]")
{
    const Document doc = chapterWith(
        0, {photoBlock(QStringLiteral("ph1"), testPhoto(300, 1200), QStringLiteral("竖幅"))});
    const PageLayout layout = layoutOf(doc);
    const QList<Found> photos = photosIn(layout);
    REQUIRE(photos.size() == 1);
    const QRectF content = layout.geometry.content();
    CHECK(photos[0].image.rect.height() < content.height());
    CHECK(photos[0].image.rect.width() == Approx(photos[0].image.rect.height() / 4));
    const auto caption = runOn(layout, photos[0].page, QStringLiteral("图1"));
    REQUIRE(caption);
    CHECK(caption->bounds().bottom() <= content.bottom() + 1);
}

TEST_CASE("layout: a photo that does not decode is an empty frame and a warning naming it",
          "[print][photo]")
{
    QByteArray broken = testPhoto(400, 300);
    broken.truncate(600); // the header survives, the pixels do not
    const Document doc =
        chapterWith(1, {photoBlock(QStringLiteral("ph1"), broken, QStringLiteral("损坏的照片"))});
    const PageLayout layout = layoutOf(doc);
    CHECK(photosIn(layout).isEmpty());
    const QString warnings = layout.warnings.join(QLatin1Char('\n'));
    INFO(warnings.toStdString());
    CHECK(warnings.contains(QStringLiteral("损坏的照片")));
    CHECK(warnings.contains(QStringLiteral("志愿服务")));
    CHECK(warnings.contains(QStringLiteral("damaged")));
}

TEST_CASE("export: a 4000 × 3000 photo is embedded as JPEG at no more than 300 ppi, its caption "
          "is text and its alternative text an annotation",
          "[print][pdf][photo]")
{
    QTemporaryDir dir;
    const QByteArray raw = testPhoto(4000, 3000);
    const Document doc =
        chapterWith(1, {photoBlock(QStringLiteral("ph1"), raw, QStringLiteral("志愿者服务"))});
    const QString path = dir.filePath(QStringLiteral("photo.pdf"));
    print::ExportOptions options;
    const auto result = print::PdfExporter::exportPdf(doc, path, options);
    REQUIRE(result.ok());

    const ToolRun r = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    REQUIRE(r.exitCode == 0);
    INFO(r.out.toStdString());
    const QStringList rows =
        QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(rows.size() == 1);
    const QStringList cols = rows[0].split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CHECK(cols.at(2) == QStringLiteral("image"));
    CHECK(cols.at(8) == QStringLiteral("jpeg"));
    CHECK(cols.at(12).toInt() <= 300); // x-ppi
    CHECK(cols.at(13).toInt() <= 300); // y-ppi
    CHECK(cols.at(12).toInt() >= 290);
    const qint64 pdfSize = QFileInfo(path).size();
    CHECK(pdfSize * 3 < raw.size()); // "much smaller" than the photo's own file
    WARN("raw photo " << raw.size() << " bytes, PDF " << pdfSize << " bytes, "
                      << cols.at(12).toStdString() << " ppi");

    CHECK(pdftotext(path).contains(QRegularExpression(QStringLiteral("图1\\s+志愿者服务"))));

    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    REQUIRE(pdf);
    bool found = false;
    for (int i = 0; i < pdf->numPages() && !found; ++i)
        for (const auto &a : pdf->page(i)->annotations())
            found = found || a->contents() == QStringLiteral("十名志愿者在社区服务台前合影");
    CHECK(found);
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    CHECK(check.exitCode == 0);
}
