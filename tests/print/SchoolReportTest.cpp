// A school's report made from its own template (six coded dimensions, indicators I-1 … VI-2, a
// rate, a mixed-unit table), exported and read back as a reader would: every table row is
// charted or named under its chart, 同比 of the rate is in 个百分点, the contents at depth 2
// list the coded indicators with their pages, a chart never starts a page after its table.
#include "ChartData.h"
#include "FigureWording.h"
#include "PdfExporter.h"
#include "PrintTestSupport.h"
#include "Template.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace csr;
using namespace csr::print;
using namespace csr::test;

namespace {

const QString TemplatePath =
    QStringLiteral(CSR_SOURCE_DIR "/tests/print/data/school-template.json");

void set(Document &doc, const QString &id, std::optional<double> value,
         std::optional<double> previous = std::nullopt)
{
    Metric *m = doc.findMetric(id);
    REQUIRE(m);
    m->value = value;
    m->previousValue = previous;
}

Document schoolReport(const Template &tmpl)
{
    Document doc = newDocument(tmpl, QStringLiteral("上海市示范实验中学"), 2024);
    doc.metadata.scope = QStringLiteral("本校全体师生");
    doc.signatory = {
        QStringLiteral("陈明"), QStringLiteral("党总支书记、校长"), QDate(2025, 1, 20), {}, {}};
    set(doc, QStringLiteral("teachers.total"), 186, 180);
    set(doc, QStringLiteral("teachers.party"), 74, 70);
    set(doc, QStringLiteral("teachers.trained"), 186, 175);
    set(doc, QStringLiteral("teachers.trainingHours"), 13420, 12800);
    set(doc, QStringLiteral("students.total"), 2150, 2088);
    set(doc, QStringLiteral("students.fitnessRate"), 96.8, 95.2);
    set(doc, QStringLiteral("students.volunteerHours"), 8620, 7900);
    set(doc, QStringLiteral("students.volunteers"), 1320, 1250);
    set(doc, QStringLiteral("safety.drills"), 12, 12);
    set(doc, QStringLiteral("community.projects"), 9, 7);
    set(doc, QStringLiteral("support.funds"), std::nullopt); // not yet known: named, not drawn
    int n = 0;
    QStringList ids; // collected first: editing chapters while walking them would detach
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) { ids << v.chapter.id; });
    for (const QString &id : ids) {
        Chapter *c = doc.findChapter(id);
        for (Block &b : c->blocks) {
            ++n;
            if (auto *p = std::get_if<Paragraph>(&b.content))
                p->text = prose(120 + 37 * (n % 5), n);
            else if (auto *t = std::get_if<MetricTable>(&b.content);
                     t && t->title.contains(QStringLiteral("志愿")))
                t->chartUnit = QStringLiteral("小时"); // the user charts one unit only
            else if (auto *l = std::get_if<ItemList>(&b.content))
                for (int i = 0; i < 9; ++i)
                    l->items << QStringLiteral("2024年度上海市文明校园创建先进集体（第%1批）")
                                    .arg(i + 1);
            else if (auto *tl = std::get_if<Timeline>(&b.content)) {
                for (int i = 0; i < 6; ++i)
                    tl->entries << TimelineEntry{QDate(2024, 2 * i + 1, 10 + i),
                                                 prose(40 + 9 * i, i),
                                                 category::MediaReport,
                                                 QStringLiteral("《上海教育》微信公众号"),
                                                 {}};
                tl->entries << TimelineEntry{QDate(2025, 1, 8),
                                             QStringLiteral("新年联欢会报道"),
                                             category::MediaReport,
                                             QStringLiteral("《新民晚报》"),
                                             {}};
            }
        }
    }
    return doc;
}

} // namespace

TEST_CASE("A school's report from its own template prints every figure, rates in points and "
          "its coded indicators in the contents",
          "[print][pdf][pages]")
{
    QString error;
    const auto tmpl = readTemplate(TemplatePath, &error);
    INFO(error.toStdString());
    REQUIRE(tmpl);
    CHECK(tmpl->skeleton.metadata.tocDepth == 2); // the template's default, taken by the report
    const Document doc = schoolReport(*tmpl);
    CHECK(doc.metadata.tocDepth == 2);
    int outside = 0;
    for (const Finding &f : validate(doc, &*tmpl)) {
        INFO(f.message.toStdString());
        CHECK(f.severity != Finding::Severity::Error);
        outside += f.code == QStringLiteral("event-outside-period");
    }
    CHECK(outside == 1);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("school.pdf"));
    const ExportResult result = PdfExporter::exportPdf(doc, pdf, {Edition::Public});
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    if (const QByteArray keep = qgetenv("CSR_KEEP_SCHOOL_PDF"); !keep.isEmpty()) {
        QFile::remove(QString::fromLocal8Bit(keep)); // to render the docs' page images
        QFile::copy(pdf, QString::fromLocal8Bit(keep));
    }
    const QString text = pdftotext(pdf);

    // 同比 of the rate in points; counts stay in per cent.
    CHECK(text.contains(QStringLiteral("+1.6") + FigureWording::pointsUnit()));
    CHECK_FALSE(text.contains(QStringLiteral("+1.7%")));
    CHECK(text.contains(QStringLiteral("+3.3%"))); // 专任教师 180 → 186

    // Every row of every table is in a chart or named under the charts, and a chart never
    // starts a page after its table.
    const PageLayout layout = layoutOf(doc);
    QStringList charted;
    for (int p = 0; p < layout.pages.size(); ++p) {
        for (const Primitive &prim : layout.pages[p].primitives)
            if (const auto *c = std::get_if<ChartBox>(&prim)) {
                charted += c->chart.categories;
                for (const ChartSeries &s : c->chart.series)
                    charted << s.name;
            }
        const auto &placed = layout.placed[p];
        if (!placed.isEmpty())
            CHECK(placed.first().kind != UnitKind::Chart);
        for (qsizetype i = 1; i < placed.size(); ++i)
            if (placed[i].kind == UnitKind::Chart)
                CHECK((placed[i - 1].kind == UnitKind::TableRow ||
                       placed[i - 1].kind == UnitKind::Chart));
    }
    const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    int tables = 0;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *t = std::get_if<MetricTable>(&b.content)) {
                ++tables;
                const TableCharts charts = chartsForTable(doc, *t, Edition::Public);
                QStringList named;
                for (const LeftOutOfChart &l : charts.leftOut)
                    named << l.label;
                for (const QString &id : t->metricIds) {
                    const QString label = doc.findMetric(id)->label;
                    INFO(label.toStdString());
                    CHECK((charted.contains(label) || named.contains(label)));
                }
                // The names under the charts reach the PDF's text.
                const QString note = FigureWording::notCharted(charts.leftOut);
                if (!note.isEmpty())
                    CHECK(flat.contains(QString(note).remove(QLatin1Char(' '))));
            }
    });
    CHECK(tables == 4);
    // Among them: the one unit charted, and the figure not filled in.
    CHECK(flat.contains(QStringLiteral("未绘制：学生志愿者（单位：人）")));
    CHECK(flat.contains(QStringLiteral("未绘制：帮扶资金（无数值）")));

    // The contents (page 2) at depth 2: every coded indicator with its page number.
    const ToolRun toc = runTool(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
         QString::number(1 + layout.tocPageCount), pdf, QStringLiteral("-")});
    REQUIRE(toc.exitCode == 0);
    const QString tocText = QString::fromUtf8(toc.out);
    int indicators = 0;
    forEachChapter(doc, [&](const ChapterVisit &v) {
        if (v.depth != 1)
            return;
        ++indicators;
        const auto start =
            std::find_if(layout.chapters.begin(), layout.chapters.end(),
                         [&](const ChapterStart &c) { return c.chapterId == v.chapter.id; });
        REQUIRE(start != layout.chapters.end());
        const QRegularExpression line(QRegularExpression::escape(v.number.trimmed()) +
                                          QStringLiteral("\\s*") +
                                          QRegularExpression::escape(v.chapter.title) +
                                          QStringLiteral("[\\s.·…]*%1\\s*$").arg(start->page + 1),
                                      QRegularExpression::MultilineOption);
        INFO((v.number + v.chapter.title).toStdString());
        CHECK(line.match(tocText).hasMatch());
    });
    CHECK(indicators == 13);

    // 社会荣誉 is printed once in the body (the heading VI-1 社会荣誉), not again as the list's
    // caption; the event after the period is in neither the table nor the chart.
    const ToolRun body = runTool(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-f"), QString::number(2 + layout.tocPageCount), pdf, QStringLiteral("-")});
    CHECK(QString::fromUtf8(body.out).count(QStringLiteral("社会荣誉")) == 1);
    CHECK_FALSE(text.contains(QStringLiteral("新年联欢会报道")));
    CHECK(text.contains(QStringLiteral("《上海教育》微信公众号")));
}
