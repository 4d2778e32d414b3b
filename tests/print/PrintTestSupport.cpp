#include "PrintTestSupport.h"

#include "ReportFont.h"
#include "TestSupport.h"

#include <QProcess>

namespace csr::test {

QString prose(int n, int seed)
{
    static const QString text = QStringLiteral(
        "西区局坚持以习近平新时代中国特色社会主义思想为指导，始终推动培育和践行社会主义核心价值观，"
        "加强党对精神文明建设工作的全面领导，全面贯彻新发展理念，聚焦绿色发展要求、发展新质生产力，"
        "为企业社会责任的履行传递新能量。2023 年，区局共设置 19 个支局，为重要客户和区域内群众提供"
        "更加高效便捷的通信信息服务，服务总面积约 92.5 平方公里，涉及 20 个街道及 2 个镇。");
    QString out;
    int i = seed * 7 % text.size();
    while (out.size() < n) {
        out += text.at(i % text.size());
        ++i;
    }
    return out;
}

static Block paragraph(const QString &id, const QString &text)
{
    return Block{id, {}, Paragraph{text}};
}

Document printDocument(int scale)
{
    Document doc;
    doc.metadata.unitName = QStringLiteral("上海测试电信局");
    doc.metadata.reportTitle = QStringLiteral("2023 年度社会责任报告");
    doc.metadata.year = 2023;
    doc.metadata.periodStart = QDate(2023, 1, 1);
    doc.metadata.periodEnd = QDate(2023, 12, 31);
    doc.metadata.scope = QStringLiteral("西区局及利益相关方");
    doc.metadata.standards = {
        QStringLiteral("2022-2023 年度上海市文明单位社会责任报告编制说明（标准版）")};
    doc.metadata.category = QStringLiteral("经营性企业类服务行业");
    doc.signatory = {
        QStringLiteral("朱樱"), QStringLiteral("党委书记、总经理"), QDate(2024, 1, 15), {}, {}};
    doc.metrics = {
        Metric{QStringLiteral("staff.total"),
               QStringLiteral("全口径员工"),
               1184,
               QStringLiteral("人"),
               1152,
               {},
               false,
               -1},
        Metric{QStringLiteral("staff.contract"),
               QStringLiteral("合同工"),
               525,
               QStringLiteral("人"),
               540,
               {},
               false,
               -1},
        Metric{QStringLiteral("party.members"),
               QStringLiteral("党员"),
               168,
               QStringLiteral("人"),
               160,
               {},
               false,
               -1},
        Metric{QStringLiteral("party.branches"),
               QStringLiteral("党支部"),
               13,
               QStringLiteral("个"),
               13,
               {},
               false,
               -1},
        Metric{QStringLiteral("revenue"),
               QStringLiteral("经营收入"),
               SecretRevenue.toDouble(),
               QStringLiteral("万元"),
               SecretPreviousRevenue.toDouble(),
               {},
               true,
               4},
        Metric{QStringLiteral("profit"),
               QStringLiteral("利润"),
               SecretProfit.toDouble(),
               QStringLiteral("万元"),
               std::nullopt,
               {},
               true,
               4},
        Metric{QStringLiteral("letters"),
               QStringLiteral("感谢信"),
               602,
               QStringLiteral("封"),
               577,
               {},
               false,
               -1},
    };

    int nextId = 1;
    auto bid = [&] { return QStringLiteral("b%1").arg(nextId++); };
    int nextChapter = 1;
    auto chapter = [&](const QString &title, const QString &key = {}) {
        Chapter c;
        c.id = QStringLiteral("c%1").arg(nextChapter++);
        c.key = key;
        c.title = title;
        return c;
    };

    Chapter notes = chapter(QStringLiteral("报告编写说明"), QStringLiteral("notes"));
    notes.numbered = false;
    notes.blocks = {paragraph(
        bid(), QStringLiteral("欢迎阅读上海测试电信局 2023 年度社会责任报告。") + prose(80, 1))};

    Chapter statement = chapter(QStringLiteral("公开陈述"), QStringLiteral("statement"));
    statement.blocks = {
        paragraph(bid(), prose(160, 2)),
        paragraph(bid(), QStringLiteral("全口径员工 {{staff.total}} 人，经营收入 {{revenue}} "
                                        "万元，利润 {{profit}} 万元。")),
        paragraph(bid(), QStringLiteral("上海测试电信局公示文明单位 2023 "
                                        "年度社会责任报告，承诺报告真实、诚信，接受社会监督。")),
        Block{bid(), {}, SignatureBlock{}},
    };

    Chapter overview = chapter(QStringLiteral("基本情况"));
    Chapter profile = chapter(QStringLiteral("企业概述"));
    profile.blocks = {
        paragraph(bid(), QStringLiteral("西区局全口径员工 {{staff.total}} 人，其中合同工 "
                                        "{{staff.contract}} 人；党员 {{party.members}} 名。") +
                             prose(300, 3)),
        Block{bid(),
              {},
              MetricTable{QStringLiteral("基本情况"),
                          {QStringLiteral("staff.total"), QStringLiteral("staff.contract"),
                           QStringLiteral("party.members"), QStringLiteral("party.branches")},
                          ChartType::Bar}},
        Block{bid(),
              {},
              MetricTable{
                  QStringLiteral("经营情况"),
                  {QStringLiteral("revenue"), QStringLiteral("profit"), QStringLiteral("letters")},
                  ChartType::YearOverYear}}};
    overview.children = {profile};

    Chapter content = chapter(QStringLiteral("主要内容"));
    for (int s = 0; s < 4 * scale; ++s) {
        Chapter section = chapter(QStringLiteral("第%1部分责任实践").arg(s + 1));
        for (int k = 0; k < 3; ++k) {
            Chapter sub = chapter(QStringLiteral("专题%1").arg(k + 1));
            sub.blocks = {paragraph(bid(), prose(180 + 40 * k + 17 * s, s + k)),
                          paragraph(bid(), prose(90 + 31 * s, s * 3 + k))};
            section.children.append(sub);
        }
        content.children.append(section);
    }
    Chapter evaluation = chapter(QStringLiteral("社会评价"));
    Chapter honours = chapter(QStringLiteral("社会荣誉"));
    honours.blocks = {Block{bid(),
                            {},
                            ItemList{QStringLiteral("社会荣誉"),
                                     {QStringLiteral("2023 年长宁区互联网党建联盟理事单位"),
                                      QStringLiteral("2023 年静安区网络安全技术支撑联盟成员单位"),
                                      QStringLiteral("2023 年度上海市青年文明号")}}}};
    Chapter media = chapter(QStringLiteral("媒体报道"));
    Timeline timeline{QStringLiteral("媒体报道"), category::MediaReport, {}, true};
    for (int i = 0; i < 30; ++i)
        timeline.entries.append(TimelineEntry{
            QDate(2023, 1 + i % 12, 1 + i % 27),
            QStringLiteral("报道第%1则：西区电信局开展主题教育联组学习暨共建签约仪式").arg(i + 1),
            category::MediaReport,
            QStringLiteral("“上海静安”公众号"),
            {}});
    media.blocks = {Block{bid(), {}, timeline}};
    evaluation.children = {honours, media};
    content.children.append(evaluation);

    doc.chapters = {notes, statement, overview, content};
    return doc;
}

QString reportFamily()
{
    const auto font = print::ReportFont::load();
    INFO(font.error.toStdString());
    REQUIRE(font.ok());
    return font.family;
}

print::PageLayout layoutOf(const Document &doc, Edition edition)
{
    print::LayoutOptions options;
    options.edition = edition;
    options.fontFamily = reportFamily();
    return print::LayoutEngine::layout(doc, options);
}

ToolRun runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    ToolRun run;
    if (!p.waitForStarted(10000))
        return run;
    p.waitForFinished(120000);
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QStringList textsOf(const print::FlowUnit &unit)
{
    QStringList out;
    for (const print::Primitive &p : unit.primitives)
        if (const auto *t = std::get_if<print::TextRun>(&p))
            out << t->text;
    return out;
}

QString pdftotext(const QString &pdf)
{
    const ToolRun r =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

} // namespace csr::test
