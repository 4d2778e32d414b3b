#include "ReportGenerator.h"

#include <functional>

namespace csr::bench {

QList<ReportSize> standardSizes()
{
    return {
        {QStringLiteral("sample"), 1},
        {QStringLiteral("10x"), 10},
        {QStringLiteral("50x"), 50},
        {QStringLiteral("100x"), 100},
        {QStringLiteral("hospital"), 1, 30, 3000, 20, 1500, 400},
        {QStringLiteral("metrics-1k"), 1, 30, 1000, 20, 0, 0},
        {QStringLiteral("metrics-3k"), 1, 30, 3000, 20, 0, 0},
        {QStringLiteral("metrics-10k"), 1, 30, 10000, 20, 0, 0},
        {QStringLiteral("metrics-30k"), 1, 30, 30000, 20, 0, 0},
    };
}

ReportSize sizeNamed(const QString &name)
{
    for (const ReportSize &s : standardSizes())
        if (s.name == name)
            return s;
    return {};
}

namespace {
// The sample's main content repeated `times`, with ids kept unique.
void repeat(Document &doc, const Document &sample, int times)
{
    QList<Chapter> extra;
    for (int t = 1; t < times; ++t)
        for (const Chapter &c : sample.chapters) {
            if (c.key == QLatin1String("notes") || c.key == QLatin1String("statement"))
                continue;
            Chapter copy = c;
            std::function<void(Chapter &)> rename = [&](Chapter &ch) {
                ch.id += QStringLiteral("-%1").arg(t);
                for (Block &b : ch.blocks)
                    b.id += QStringLiteral("-%1").arg(t);
                for (Chapter &child : ch.children)
                    rename(child);
            };
            rename(copy);
            extra.append(copy);
        }
    doc.chapters += extra;
}

Block paragraph(const QString &id, const QString &text)
{
    return Block{id, {}, Paragraph{text}};
}

// Chapters of figure tables (with prose quoting them), then one of media events and one of
// honours, appended after the sample's own chapters.
void addGenerated(Document &doc, const ReportSize &size)
{
    const int chapters = std::max(1, size.extraChapters);
    const int tables = (size.metrics + size.metricsPerTable - 1) / size.metricsPerTable;
    doc.metrics.reserve(doc.metrics.size() + size.metrics);
    QList<Chapter> generated;
    for (int c = 0; c < chapters; ++c) {
        Chapter ch;
        ch.id = QStringLiteral("gen-c%1").arg(c);
        ch.title = QStringLiteral("专项指标 %1").arg(c + 1);
        generated.append(ch);
    }
    for (int t = 0; t < tables; ++t) {
        Chapter &ch = generated[t % chapters];
        MetricTable table;
        table.title = QStringLiteral("指标表 %1").arg(t + 1);
        table.chart = t % 3 == 0 ? ChartType::Bar : ChartType::YearOverYear;
        QString prose = QStringLiteral("本期");
        for (int k = 0; k < size.metricsPerTable; ++k) {
            const int n = t * size.metricsPerTable + k;
            if (n >= size.metrics)
                break;
            Metric m;
            m.id = QStringLiteral("gen.m%1").arg(n);
            m.label = QStringLiteral("指标 %1").arg(n + 1);
            m.value = 100 + (n * 37) % 900;
            m.previousValue = 100 + (n * 31) % 900;
            m.unit = n % 4 == 0 ? QStringLiteral("%") : QStringLiteral("人次");
            m.source = QStringLiteral("统计台账");
            m.confidential = n % 50 == 0;
            doc.metrics.append(m);
            table.metricIds.append(m.id);
            if (k < 3)
                prose += QStringLiteral("，%1为 {{%2}} %3").arg(m.label, m.id, m.unit);
        }
        ch.blocks.append(paragraph(QStringLiteral("gen-p%1").arg(t), prose + QStringLiteral("。")));
        ch.blocks.append(Block{QStringLiteral("gen-t%1").arg(t), {}, table});
    }
    if (size.events > 0) {
        Chapter ch;
        ch.id = QStringLiteral("gen-media");
        ch.title = QStringLiteral("媒体报道");
        Timeline timeline;
        timeline.title = QStringLiteral("媒体报道");
        timeline.category = category::MediaReport;
        const QDate start = doc.metadata.periodStart.isValid() ? doc.metadata.periodStart
                                                               : QDate(doc.metadata.year, 1, 1);
        for (int e = 0; e < size.events; ++e)
            timeline.entries.append(TimelineEntry{
                start.addDays(e * 365 / size.events),
                QStringLiteral("报道：社区服务活动第 %1 期").arg(e + 1), category::MediaReport,
                e % 2 ? QStringLiteral("解放日报") : QStringLiteral("新民晚报"), QString()});
        ch.blocks.append(Block{QStringLiteral("gen-events"), {}, timeline});
        generated.append(ch);
    }
    if (size.honours > 0) {
        Chapter ch;
        ch.id = QStringLiteral("gen-honours");
        ch.title = QStringLiteral("社会荣誉");
        ItemList list;
        list.title = QStringLiteral("社会荣誉");
        for (int h = 0; h < size.honours; ++h)
            list.items.append(QStringLiteral("第 %1 项荣誉：先进集体").arg(h + 1));
        ch.blocks.append(Block{QStringLiteral("gen-honour-list"), {}, list});
        generated.append(ch);
    }
    doc.chapters += generated;
}
} // namespace

Document generateReport(const Document &sample, const ReportSize &size)
{
    Document doc = sample;
    repeat(doc, sample, size.times);
    if (size.metrics > 0 || size.events > 0 || size.honours > 0)
        addGenerated(doc, size);
    return doc;
}

} // namespace csr::bench
