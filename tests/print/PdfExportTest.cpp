#include "FigureWording.h"
#include "PdfExporter.h"
#include "PrintTestSupport.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <poppler-qt6.h>
#include <unistd.h>

using namespace csr;
using namespace csr::test;

namespace {

struct Exported
{
    QString path;
    print::ExportResult result;
};

Exported exportTo(const QTemporaryDir &dir, const Document &doc, Edition edition, bool pdfa = false,
                  const QString &name = QStringLiteral("report.pdf"))
{
    print::ExportOptions options;
    options.edition = edition;
    options.pdfa = pdfa;
    Exported e{dir.filePath(name), print::PdfExporter::exportPdf(doc, dir.filePath(name), options)};
    INFO(e.result.error.toStdString());
    REQUIRE(e.result.ok());
    return e;
}

QString pdfinfoField(const QString &pdf, const QString &field)
{
    const ToolRun r = runTool(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(r.exitCode == 0);
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n')))
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

// Every byte of the file with all streams decompressed: what any tool could dig out.
QByteArray uncompressed(const QString &pdf, const QTemporaryDir &dir)
{
    const QString out = dir.filePath(QStringLiteral("qdf.pdf"));
    const ToolRun r =
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, out});
    INFO(r.err.toStdString());
    REQUIRE((r.exitCode == 0 || r.exitCode == 3)); // 3: warnings only
    return readFile(out);
}

} // namespace

TEST_CASE("export: pdfinfo shows the pages and the document information", "[print][pdf]")
{
    QTemporaryDir dir;
    const Document doc = printDocument();
    const auto e = exportTo(dir, doc, Edition::Public);
    CHECK(pdfinfoField(e.path, QStringLiteral("Pages")).toInt() == e.result.pageCount);
    CHECK(e.result.pageCount == layoutOf(doc).pages.size());
    CHECK(pdfinfoField(e.path, QStringLiteral("Title")).contains(doc.metadata.reportTitle));
    CHECK(pdfinfoField(e.path, QStringLiteral("Author")) == doc.metadata.unitName);
    CHECK(pdfinfoField(e.path, QStringLiteral("Subject")).contains(QStringLiteral("公开版")));
    CHECK(
        pdfinfoField(e.path, QStringLiteral("Keywords")).contains(QStringLiteral("社会责任报告")));
    CHECK(!pdfinfoField(e.path, QStringLiteral("CreationDate")).isEmpty());
    CHECK(
        pdfinfoField(e.path, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842")));
}

TEST_CASE("export: every font is embedded as a named subset with a ToUnicode map", "[print][pdf]")
{
    QTemporaryDir dir;
    const auto e = exportTo(dir, printDocument(), Edition::Internal);
    const ToolRun r = runTool(QStringLiteral("pdffonts"), {e.path});
    REQUIRE(r.exitCode == 0);
    const QStringList lines =
        QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(!lines.isEmpty());
    for (const QString &line : lines) {
        INFO(line.toStdString());
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        // name type [encoding...] emb sub uni object ID: emb, sub, uni are the 3 before "obj" + 2
        const int n = int(cols.size());
        CHECK(cols[n - 5] == QLatin1String("yes")); // emb
        CHECK(cols[n - 4] == QLatin1String("yes")); // sub: the name carries the subset tag
        CHECK(cols[0].indexOf(QLatin1Char('+')) == 6);
        CHECK(cols[n - 3] == QLatin1String("yes")); // uni
        CHECK(line.contains(QStringLiteral("WenQuanYi")));
    }
}

TEST_CASE("export: pdftotext returns every chapter title and public figure exactly", "[print][pdf]")
{
    QTemporaryDir dir;
    const Document doc = printDocument();
    const auto e = exportTo(dir, doc, Edition::Public);
    const QString text = pdftotext(e.path);
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        INFO(v.chapter.title.toStdString());
        CHECK(text.contains(v.number + v.chapter.title));
    });
    for (const Metric &m : doc.metrics) {
        INFO(m.id.toStdString());
        if (!m.confidential)
            CHECK(text.contains(formatMetricValue(m, Edition::Public)));
    }
    CHECK(text.contains(QStringLiteral("全口径员工 1184 人")));
    CHECK(text.contains(QStringLiteral("朱樱")));
    CHECK(text.contains(QStringLiteral("党委书记、总经理")));
    CHECK(text.contains(QStringLiteral("2024年1月15日")));
    CHECK(text.contains(QStringLiteral("报告编写说明")));
    CHECK(text.contains(QStringLiteral("本报告共 %1 页").arg(e.result.pageCount)));
    CHECK(text.contains(QStringLiteral("%1 / %1").arg(e.result.pageCount)));
    // No Kangxi radicals standing in for common characters (the Noto CJK trap).
    for (QChar c : text)
        CHECK_FALSE(bool(c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF));
}

TEST_CASE("export: the public edition holds no confidential value anywhere",
          "[print][pdf][edition]")
{
    QTemporaryDir dir;
    const Document doc = printDocument();
    const auto pub = exportTo(dir, doc, Edition::Public, false, QStringLiteral("public.pdf"));
    const auto internal =
        exportTo(dir, doc, Edition::Internal, false, QStringLiteral("internal.pdf"));
    const QString publicText = pdftotext(pub.path);
    const QString internalText = pdftotext(internal.path);
    const QByteArray publicBytes = uncompressed(pub.path, dir);
    for (const QString &secret : {SecretRevenue, SecretProfit, SecretPreviousRevenue}) {
        INFO(secret.toStdString());
        CHECK_FALSE(publicText.contains(secret));
        CHECK_FALSE(publicBytes.contains(secret.toLatin1()));
        // The integer part alone would betray the figure too (a chart bar label, an axis).
        CHECK_FALSE(publicText.contains(secret.left(5)));
        CHECK_FALSE(publicBytes.contains(secret.left(5).toLatin1()));
        CHECK(internalText.contains(secret));
    }
    CHECK(publicText.contains(QStringLiteral("经营收入 ** 万元")));
    CHECK(internalText.contains(QStringLiteral("内部版 Internal")));
    CHECK_FALSE(publicText.contains(QStringLiteral("内部版")));
    // Every page of the internal edition says so.
    const int pages = internal.result.pageCount;
    for (int p = 1; p <= pages; ++p) {
        const ToolRun r = runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                   QString::number(p), internal.path, QStringLiteral("-")});
        INFO("page " << p);
        CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("内部版 Internal")));
    }
}

TEST_CASE("export: qpdf --check is clean - in plain and PDF/A-1b form", "[print][pdf]")
{
    QTemporaryDir dir;
    const bool pdfa = GENERATE(false, true);
    const auto e = exportTo(dir, printDocument(), Edition::Public, pdfa);
    const ToolRun r = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), e.path});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QByteArray bytes = uncompressed(e.path, dir);
    CHECK(bytes.contains("pdfaid:part") == pdfa);
    if (pdfa)
        CHECK(bytes.contains("/OutputIntents"));
    // The XMP packet agrees with the information dictionary, in proper UTF-8.
    CHECK(bytes.contains("<?xpacket begin=\"\xEF\xBB\xBF\""));
    CHECK(bytes.contains("<dc:creator><rdf:Seq><rdf:li>" +
                         QStringLiteral("上海测试电信局").toUtf8()));
    CHECK(bytes.contains("<xmp:CreateDate>"));
}

TEST_CASE("export: the outline has every chapter and section - and TOC lines are GoTo links",
          "[print][pdf]")
{
    QTemporaryDir dir;
    const Document doc = printDocument();
    const auto e = exportTo(dir, doc, Edition::Public);
    const auto layout = layoutOf(doc);

    auto pdf = Poppler::Document::load(e.path);
    REQUIRE(pdf);
    const QList<Poppler::OutlineItem> top = pdf->outline();
    QStringList topTitles;
    for (const auto &item : top)
        topTitles << item.name();
    QStringList expectedTop;
    for (const auto &c : layout.chapters)
        if (c.depth == 0)
            expectedTop << c.text;
    CHECK(topTitles == expectedTop);
    // Sections hang under their chapter and point at their start page.
    const auto &content = top.at(int(expectedTop.indexOf(QStringLiteral("三、主要内容"))));
    REQUIRE(content.hasChildren());
    const auto sections = content.children();
    CHECK(sections.first().name() == QStringLiteral("（一）第1部分责任实践"));
    const auto firstSection =
        std::find_if(layout.chapters.begin(), layout.chapters.end(), [](const auto &c) {
            return c.text == QStringLiteral("（一）第1部分责任实践");
        });
    REQUIRE(sections.first().destination());
    CHECK(sections.first().destination()->pageNumber() == firstSection->page + 1);

    // Links on the TOC page: internal GoTo, one per entry, each to its chapter's page.
    std::unique_ptr<Poppler::Page> tocPage(pdf->page(1));
    int gotos = 0;
    for (const auto &link : tocPage->links()) {
        REQUIRE(link->linkType() == Poppler::Link::Goto);
        ++gotos;
    }
    int entriesOnFirstTocPage = 0;
    for (const auto &t : layout.toc)
        entriesOnFirstTocPage += t.tocPage == 1;
    CHECK(gotos == entriesOnFirstTocPage);
    CHECK(gotos > 0);

    // The same as a raw check: annotations are /Link with a /Dest, not a /URI action.
    const QByteArray bytes = uncompressed(e.path, dir);
    CHECK(bytes.contains("/Subtype /Link"));
    CHECK_FALSE(bytes.contains("/URI"));
}

TEST_CASE("export: TOC page numbers in the text are the real start pages", "[print][pdf]")
{
    QTemporaryDir dir;
    const Document doc = printDocument();
    const auto e = exportTo(dir, doc, Edition::Public);
    const auto layout = layoutOf(doc);
    for (const auto &c : layout.chapters) {
        if (c.depth > 0)
            continue;
        const ToolRun r =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(c.page + 1), QStringLiteral("-l"),
                     QString::number(c.page + 1), e.path, QStringLiteral("-")});
        INFO(c.text.toStdString());
        CHECK(QString::fromUtf8(r.out).contains(c.text));
    }
}

TEST_CASE("export: a missing font fails with a message naming the font and the package",
          "[print][pdf]")
{
    QTemporaryDir dir;
    print::ExportOptions options;
    options.fontPath = dir.filePath(QStringLiteral("no-such-font.ttc"));
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    const auto result = print::PdfExporter::exportPdf(smallDocument(), path, options);
    CHECK_FALSE(result.ok());
    CHECK(result.error.contains(QStringLiteral("WenQuanYi Micro Hei")));
    CHECK(result.error.contains(QStringLiteral("fonts-wqy-microhei")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("export: an unwritable folder is reported and an old file is kept", "[print][pdf]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    auto result = print::PdfExporter::exportPdf(smallDocument(), missing, {});
    CHECK_FALSE(result.ok());
    CHECK(result.error.contains(QStringLiteral("does not exist")));

    const QString existing = dir.filePath(QStringLiteral("keep.pdf"));
    writeFile(existing, "old bytes");
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    result = print::PdfExporter::exportPdf(smallDocument(), existing, {});
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (::geteuid() != 0) { // root writes anywhere
        CHECK_FALSE(result.ok());
        CHECK(readFile(existing) == "old bytes");
    }
    if (!result.ok()) // no temporary file left behind either
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("keep.pdf")});
}

TEST_CASE("export: the exporter returns the signature anchor of the layout",
          "[print][pdf][signature]")
{
    QTemporaryDir dir;
    const Document doc = printDocument();
    const auto e = exportTo(dir, doc, Edition::Public);
    REQUIRE(e.result.signature);
    const auto layout = layoutOf(doc);
    REQUIRE(layout.signature);
    CHECK(e.result.signature->page == layout.signature->page);
    CHECK(e.result.signature->rectPt == layout.signature->rectPt);
    // The signatory's words on that page, inside the rectangle (poppler: points from the top).
    auto pdf = Poppler::Document::load(e.path);
    std::unique_ptr<Poppler::Page> page(pdf->page(e.result.signature->page));
    const auto boxes = page->textList();
    bool found = false;
    for (const auto &box : boxes)
        if (box->text().contains(QStringLiteral("朱樱"))) {
            found = true;
            CHECK(e.result.signature->rectTopDown.contains(box->boundingBox()));
        }
    CHECK(found);
}

TEST_CASE("export: charts are vectors - their labels are text", "[print][pdf][chart]")
{
    QTemporaryDir dir;
    const auto e = exportTo(dir, printDocument(), Edition::Public);
    const ToolRun r = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), e.path});
    REQUIRE(r.exitCode == 0);
    // Two header lines and no image: no chart (and nothing else) became a bitmap.
    CHECK(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
    const QString text = pdftotext(e.path);
    CHECK(text.contains(QStringLiteral("媒体报道（每月事项数）")));
    CHECK(text.contains(QStringLiteral("保密数据不列入图表")));
}

TEST_CASE("export: a PNG seal is one image - an SVG seal stays vector", "[print][pdf][signature]")
{
    QTemporaryDir dir;
    Document doc = printDocument();
    const bool png = GENERATE(true, false);
    if (png) {
        QImage seal(120, 120, QImage::Format_ARGB32);
        seal.fill(Qt::transparent);
        QPainter p(&seal);
        p.setPen(QPen(Qt::red, 6));
        p.drawEllipse(QRectF(6, 6, 108, 108));
        p.end();
        QBuffer buffer(&doc.signatory.sealImage);
        buffer.open(QIODevice::WriteOnly);
        seal.save(&buffer, "PNG");
        doc.signatory.sealMimeType = QStringLiteral("image/png");
    } else {
        doc.signatory.sealImage =
            QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                              "<circle cx='5' cy='5' r='4' fill='none' stroke='red'/></svg>");
        doc.signatory.sealMimeType = QStringLiteral("image/svg+xml");
    }
    const bool pdfa = GENERATE(false, true);
    const auto e = exportTo(dir, doc, Edition::Public, pdfa);
    const ToolRun r = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), e.path});
    REQUIRE(r.exitCode == 0);
    const QStringList rows =
        QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    INFO(r.out.toStdString());
    // PDF/A has no transparency: the SVG is then rasterised onto white, like the PNG, and no
    // mask remains. Otherwise the PNG's alpha becomes a mask of the one image.
    int images = 0;
    for (const QString &row : rows) {
        const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        CHECK(cols.at(0) == QString::number(e.result.signature->page + 1));
        images += cols.at(2) == QLatin1String("image");
        CHECK(cols.at(8) !=
              QLatin1String("jpeg")); // lossless, no artefacts around the seal's lines
        if (pdfa)
            CHECK(cols.at(2) == QLatin1String("image"));
    }
    CHECK(images == ((png || pdfa) ? 1 : 0));
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), e.path});
    CHECK(check.exitCode == 0);
}

TEST_CASE("export: the sample's chapter titles and public figures are all in the text",
          "[print][pdf][sample]")
{
    QTemporaryDir dir;
    const Document sample = loadSample();
    const auto e = exportTo(dir, sample, Edition::Public);
    // pdftotext breaks lines where the page does; figures and titles never span a line break.
    const QString text = pdftotext(e.path);
    forEachChapter(sample.chapters, [&](const ChapterVisit &v) {
        INFO(v.chapter.title.toStdString());
        CHECK(text.contains(v.number + v.chapter.title));
    });
    int figures = 0;
    for (const Metric &m : sample.metrics) {
        if (m.confidential || !m.value)
            continue;
        INFO(m.id.toStdString());
        CHECK(text.contains(formatMetricValue(m, Edition::Public)));
        ++figures;
    }
    CHECK(figures > 20);
}

TEST_CASE("export: the sample with confidential figures filled in leaks none of them publicly",
          "[print][pdf][sample][edition]")
{
    QTemporaryDir dir;
    Document doc = loadSample();
    QStringList inTables;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *t = std::get_if<MetricTable>(&b.content))
                inTables += t->metricIds;
    });
    // Values no page could hold by chance, and changes of an odd tenth of a per cent.
    struct Secret
    {
        QString value, previous, change;
        bool inTable;
    };
    QList<Secret> secrets;
    int i = 0;
    for (Metric &m : doc.metrics) {
        if (!m.confidential)
            continue;
        m.decimals = 4;
        m.value = 81137.2468 + 173.1111 * i;
        m.previousValue = *m.value / (1.0 + 0.3137 + 0.0171 * i);
        secrets.append(
            {formatMetricValue(m, Edition::Internal), formatNumber(*m.previousValue, m.decimals),
             formatYearOverYear(m, Edition::Internal, print::FigureWording::pointsUnit()),
             inTables.contains(m.id)});
        ++i;
    }
    REQUIRE(secrets.size() >= 10);

    const auto pub = exportTo(dir, doc, Edition::Public, false, QStringLiteral("public.pdf"));
    const auto internal =
        exportTo(dir, doc, Edition::Internal, false, QStringLiteral("internal.pdf"));
    const QString publicText = pdftotext(pub.path);
    const QByteArray publicBytes = uncompressed(pub.path, dir);
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pub.path});
    REQUIRE(info.exitCode == 0);
    const QString internalText = pdftotext(internal.path);
    for (const Secret &s : secrets) {
        INFO(s.value.toStdString() << " " << s.change.toStdString());
        for (const QString &leak : {s.value, s.previous, s.change}) {
            CHECK_FALSE(publicText.contains(leak));
            CHECK_FALSE(publicBytes.contains(leak.toUtf8()));
            CHECK_FALSE(info.out.contains(leak.toUtf8()));
        }
        // The integer part alone would betray the figure too (a chart's bar label).
        CHECK_FALSE(publicText.contains(s.value.section(QLatin1Char('.'), 0, 0)));
        CHECK(internalText.contains(s.value));
        if (s.inTable) {
            CHECK(internalText.contains(s.previous));
            CHECK(internalText.contains(s.change));
        }
    }
}

TEST_CASE("Painting reports each page as it is done, in order", "[print][pdf]")
{
    // The editor advances its progress bar and repaints between pages with this.
    QTemporaryDir dir;
    const Document doc = printDocument();
    const print::PageLayout layout = layoutOf(doc);
    QList<int> seen;
    int total = 0;
    const auto result = print::PdfExporter::exportLayout(
        doc, layout, dir.filePath(QStringLiteral("r.pdf")), false, [&](int page, int pages) {
            seen << page;
            total = pages;
        });
    REQUIRE(result.ok());
    CHECK(total == int(layout.pages.size()));
    QList<int> expected;
    for (int i = 1; i <= total; ++i)
        expected << i;
    CHECK(seen == expected);
}

TEST_CASE("export: a seal from the report file is checked again - an SVG's local image is left "
          "out with a warning, an oversized PNG refused",
          "[print][pdf][signature]")
{
    QTemporaryDir dir;
    const QString local = dir.filePath(QStringLiteral("private.png"));
    QImage red(40, 40, QImage::Format_RGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(local, "PNG"));

    Document doc = printDocument();
    doc.signatory.sealImage =
        QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                       "<circle cx='5' cy='5' r='4' fill='none' stroke='red'/>"
                       "<image width='10' height='10' href='%1'/></svg>")
            .arg(local)
            .toUtf8();
    doc.signatory.sealMimeType = QStringLiteral("image/svg+xml");
    const auto e = exportTo(dir, doc, Edition::Public);
    REQUIRE(e.result.signature);
    CHECK(e.result.warnings.join(QLatin1Char('\n')).contains(local));
    const ToolRun r = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), e.path});
    REQUIRE(r.exitCode == 0);
    INFO(r.out.toStdString());
    CHECK(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);

    QImage tall(10, 4100, QImage::Format_RGB32);
    tall.fill(Qt::red);
    QBuffer buffer(&doc.signatory.sealImage);
    buffer.open(QIODevice::WriteOnly);
    tall.save(&buffer, "PNG");
    doc.signatory.sealMimeType = QStringLiteral("image/png");
    const QString refused = dir.filePath(QStringLiteral("refused.pdf"));
    print::ExportOptions options;
    const print::ExportResult result = print::PdfExporter::exportPdf(doc, refused, options);
    CHECK(result.error.contains(QStringLiteral("4100")));
    CHECK_FALSE(QFileInfo::exists(refused));
}
