#include "ChartData.h"
#include "DocumentFile.h"
#include "References.h"
#include "Template.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QRegularExpression>
#include <QSet>

// The built-in sample is the 2023 report of the Shanghai West District telecom bureau,
// transcribed from resources/samples/west-district-2023-source.txt (the published report's text).
// These tests hold the transcription to that text: every figure a metric, every paragraph as
// printed, the confidential figures masked, the dated events in order.

using namespace csr;

namespace {

const Chapter *chapterByKey(const Document &doc, const QString &key)
{
    const Chapter *found = nullptr;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        if (v.chapter.key == key)
            found = &v.chapter;
    });
    return found;
}

template <typename T> QList<const T *> blocksOf(const Chapter &chapter)
{
    QList<const T *> out;
    for (const Block &b : chapter.blocks)
        if (const auto *content = std::get_if<T>(&b.content))
            out << content;
    return out;
}

template <typename T> QList<const T *> blocksIn(const Document &doc)
{
    QList<const T *> out;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) { out += blocksOf<T>(v.chapter); });
    return out;
}

// The chapter's paragraphs as the public edition prints them.
QStringList publicParagraphs(const Document &doc, const QString &key)
{
    const Chapter *c = chapterByKey(doc, key);
    REQUIRE(c);
    QStringList out;
    for (const Paragraph *p : blocksOf<Paragraph>(*c))
        out << resolveReferences(p->text, doc, Edition::Public).text;
    return out;
}

bool anyContains(const QStringList &texts, const QString &sentence)
{
    return std::any_of(texts.begin(), texts.end(),
                       [&](const QString &t) { return t.contains(sentence); });
}

QString withoutSpaces(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

// The original text with its hard line breaks, spaces and the one page-number line removed, so
// that a rejoined paragraph can be found in it whatever the wrapping was.
QString originalText()
{
    const QString text = QString::fromUtf8(test::readFile(
        QStringLiteral(CSR_SOURCE_DIR "/resources/samples/west-district-2023-source.txt")));
    QString flat = withoutSpaces(text);
    REQUIRE(flat.count(QStringLiteral("16/22")) == 1);
    return flat.remove(QStringLiteral("16/22"));
}

// How the original writes a dated event: "2023 年 1 月 22 日（大年初一），…" for leadership
// care, "2023 年 9 月 13 日“上海静安”公众号报道…" for media reports (spaces removed).
QString originalEventText(const TimelineEntry &e)
{
    QString s =
        QStringLiteral("%1年%2月%3日").arg(e.date.year()).arg(e.date.month()).arg(e.date.day());
    if (!e.note.isEmpty())
        s += QStringLiteral("（") + e.note + QStringLiteral("）");
    s += e.outlet.isEmpty() ? QStringLiteral("，") : e.outlet + QStringLiteral("报道");
    return withoutSpaces(s + e.title);
}

const QStringList confidentialIds = {
    QStringLiteral("revenue.total"),       QStringLiteral("revenue.progress"),
    QStringLiteral("revenue.growth"),      QStringLiteral("step.revenue"),
    QStringLiteral("step.progress"),       QStringLiteral("ict.progress"),
    QStringLiteral("receivables.share"),   QStringLiteral("receivables.project"),
    QStringLiteral("profit.quasi"),        QStringLiteral("profit.quasiGrowth"),
    QStringLiteral("dict.opportunities"),  QStringLiteral("dict.revenue"),
    QStringLiteral("savings.maintenance"), QStringLiteral("savings.rent"),
};

} // namespace

TEST_CASE("The sample report validates without errors")
{
    const Document doc = test::loadSample();
    const auto registry = TemplateRegistry::loadDefault();
    const auto findings = validate(doc, registry.find(doc.metadata.templateId));
    for (const Finding &f : findings)
        if (f.severity == Finding::Severity::Error)
            FAIL_CHECK(f.location.toString().toStdString() + ": " + f.message.toStdString());
    CHECK_FALSE(hasErrors(findings));
    CHECK(doc.signatory.name == QStringLiteral("朱樱"));
    CHECK(doc.signatory.title == QStringLiteral("党委书记、总经理"));
    // The report gives no signing date; the sample does not invent one.
    CHECK_FALSE(doc.signatory.date.isValid());

    // The only warnings are the confidential figures the published report does not disclose
    // and the statement's missing date.
    int undated = 0;
    for (const Finding &f : findings) {
        INFO(f.message.toStdString());
        undated += f.code == QStringLiteral("signatory-date-missing");
        CHECK((f.code == QStringLiteral("confidential-value-empty") ||
               f.code == QStringLiteral("signatory-date-missing")));
    }
    CHECK(undated == 1);
}

TEST_CASE("The sample's report information is the report notes' metadata")
{
    const Document doc = test::loadSample();
    const ReportMetadata &m = doc.metadata;
    CHECK(m.unitName == QStringLiteral("中国电信股份有限公司上海西区电信局"));
    CHECK(m.reportTitle == QStringLiteral("2023 年度社会责任报告"));
    CHECK(m.year == 2023);
    CHECK(m.periodStart == QDate(2023, 1, 1));
    CHECK(m.periodEnd == QDate(2023, 12, 31));
    CHECK(m.scope.contains(QStringLiteral("西区局及利益相关方")));
    CHECK(m.pageBudget == 24); // what it prints (the published original promised 22)
    CHECK(m.category == QStringLiteral("经营性企业类服务行业"));
    CHECK(m.templateId == TemplateRegistry::DefaultId);
    REQUIRE(m.standards.size() == 2);
    CHECK(m.standards[0].contains(QStringLiteral("（标准版）")));
    CHECK(m.standards[1].contains(QStringLiteral("（修订版）")));
}

TEST_CASE("The sample keeps the guideline template's chapter frame and hints")
{
    const Document doc = test::loadSample();
    const auto registry = TemplateRegistry::loadDefault();
    const Template *tmpl = registry.find(TemplateRegistry::DefaultId);
    REQUIRE(tmpl);
    forEachChapter(tmpl->skeleton.chapters, [&](const ChapterVisit &v) {
        INFO(v.path.join(QStringLiteral(" › ")).toStdString());
        const Chapter *c = chapterByKey(doc, v.chapter.key);
        REQUIRE(c);
        CHECK(c->id == v.chapter.id);
        CHECK(c->title == v.chapter.title);
        CHECK(c->required == v.chapter.required);
        CHECK(c->numbered == v.chapter.numbered);
        CHECK(c->status == ChapterStatus::Approved); // a published report
        CHECK(c->hasContent());
        for (const Block &tb : v.chapter.blocks) {
            INFO(tb.id.toStdString());
            const auto same = std::find_if(c->blocks.begin(), c->blocks.end(),
                                           [&](const Block &b) { return b.id == tb.id; });
            REQUIRE(same != c->blocks.end());
            CHECK(same->kind() == tb.kind());
            CHECK(same->hint == tb.hint);
        }
    });
}

TEST_CASE("Each guideline chapter of the sample has content")
{
    const Document doc = test::loadSample();
    QStringList numbered;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        if (v.depth <= 1)
            numbered << v.number + v.chapter.title;
        INFO(v.path.join(QStringLiteral(" › ")).toStdString());
        CHECK(v.chapter.hasContent());
        CHECK(v.chapter.status == ChapterStatus::Approved);
    });
    const QStringList expected = {
        QStringLiteral("报告编写说明"),         QStringLiteral("一、公开陈述"),
        QStringLiteral("二、基本情况"),         QStringLiteral("（一）企业概述"),
        QStringLiteral("（二）所属类别"),       QStringLiteral("三、主要内容"),
        QStringLiteral("（一）保障员工权益"),   QStringLiteral("（二）诚信生产经营"),
        QStringLiteral("（三）参与社会治理"),   QStringLiteral("（四）绿色环保形象"),
        QStringLiteral("（五）报告预期与展望"), QStringLiteral("（六）社会评价"),
    };
    CHECK(numbered == expected);

    // The public statement ends with the signature block, after its text.
    const Chapter *statement = chapterByKey(doc, QStringLiteral("statement"));
    REQUIRE(statement);
    REQUIRE(statement->blocks.size() >= 2);
    CHECK(statement->blocks.last().kind() == BlockKind::SignatureBlock);
    CHECK(blocksOf<Paragraph>(*statement).size() == 3);
}

TEST_CASE("The sample's figures are metrics with their units")
{
    const Document doc = test::loadSample();
    struct Row
    {
        const char *id;
        double value;
        const char *unit;
    };
    // Every figure the report prints, as it prints it.
    const Row rows[] = {
        {"staff.total", 1184, "人"},
        {"staff.contract", 525, "人"},
        {"party.branches", 13, "个"},
        {"party.members", 168, "名"},
        {"branches.count", 19, "个"},
        {"service.area", 92.5, "平方公里"},
        {"service.streets", 20, "个"},
        {"service.towns", 2, "个"},
        {"study.sessions", 12, "次"},
        {"study.areas", 9, "个"},
        {"study.tasks", 15, "条"},
        {"conduct.measures", 25, "项"},
        {"sentDown.batches", 5, "批次"},
        {"sentDown.staff", 229, "名"},
        {"certified.rise", 7.1, "%"},
        {"staff.formal", 484, "名"},
        {"staff.dispatched", 5, "名"},
        {"staff.migrant", 0, "名"},
        {"education.master", 25, "人"},
        {"education.bachelor", 293, "人"},
        {"education.college", 124, "人"},
        {"titles.senior", 16, "人"},
        {"titles.intermediate", 99, "人"},
        {"congress.proposals", 9, "件"},
        {"outings.batches", 23, "批次"},
        {"outings.staff", 813, "名"},
        {"clubs.count", 12, "个"},
        {"clubs.members", 427, "名"},
        {"hardship.visits", 68, "人次"},
        {"hardship.amount", 8.45, "万元"},
        {"health.checks", 649, "人次"},
        {"health.womenChecks", 166, "人次"},
        {"praise.letters", 602, "件"},
        {"partyBuilding.activities", 27, "次"},
        {"partyBuilding.participants", 506, "人"},
        {"volunteer.hours", 21760, "小时"},
        {"volunteer.events", 24, "场"},
        {"volunteer.personTimes", 288, "人次"},
        {"volunteer.recruited", 120, "人次"},
        {"poverty.purchases", 37.37, "万元"},
        {"poverty.donation", 3, "万元"},
        {"ghg.reduction", 3673.79, "吨"},
        {"green.dcCabins", 800, "架"},
        {"green.powerSystems", 20, "套"},
        {"green.acNetworked", 100, "%"},
        {"customers.coverage", 95.5, "%"},
        {"campaigns.big", 9, "场"},
        {"campaigns.small", 413, "场"},
        {"online.orders", 360, "单"},
        {"dict.streetContracts", 11, "个"},
        {"dict.completion", 120, "%"},
        {"network.indoorCoverage", 211, "个"},
        {"copper.removed", 23.56, "万线对公里"},
        {"rooms.retired", 20, "个"},
        {"media.reports", 59, "篇"},
        {"thanks.letters", 602, "封"},
    };
    for (const Row &r : rows) {
        INFO(r.id);
        const Metric *m = doc.findMetric(QString::fromUtf8(r.id));
        REQUIRE(m);
        REQUIRE(m->value);
        CHECK(*m->value == r.value);
        CHECK(m->unit == QString::fromUtf8(r.unit));
        CHECK_FALSE(m->confidential);
        CHECK_FALSE(m->label.isEmpty());
    }
    // The report compares with 2022 only as changes (a rise in certified engineers, a cut in
    // emissions): the metrics are the changes, noted as such, with no invented yearly counts.
    CHECK(
        doc.findMetric(QStringLiteral("certified.rise"))->source.contains(QStringLiteral("2022")));
    CHECK(doc.findMetric(QStringLiteral("ghg.reduction"))->source.contains(QStringLiteral("2022")));

    // Ids are dotted and every metric has a unit.
    static const QRegularExpression dotted(QStringLiteral("^[a-z][a-zA-Z]*(\\.[a-z][a-zA-Z]*)+$"));
    for (const Metric &m : doc.metrics) {
        INFO(m.id.toStdString());
        CHECK(dotted.match(m.id).hasMatch());
        CHECK_FALSE(m.unit.isEmpty());
    }
}

TEST_CASE("The sample's prose quotes each figure through its metric")
{
    const Document doc = test::loadSample();
    QSet<QString> referenced;
    for (const Paragraph *p : blocksIn<Paragraph>(doc)) {
        for (const MetricReference &ref : findReferences(p->text))
            referenced.insert(ref.metricId);
        // A figure typed into the text would drift from its metric; numbers of 20 and more that
        // are not years must all come from metrics (smaller ones also appear in names: 5G, 3+1).
        static const QRegularExpression number(
            QStringLiteral("(?<![0-9.{])([0-9]+(?:\\.[0-9]+)?)(?![0-9.])"));
        auto it = number.globalMatch(p->text);
        while (it.hasNext()) {
            const auto match = it.next();
            const double n = match.captured(1).toDouble();
            const bool year = n >= 2000 && n <= 2100;
            const bool planName = match.captured(1) == QStringLiteral("1426") ||
                                  match.captured(1) == QStringLiteral("1248") ||
                                  match.captured(1) == QStringLiteral("1000") ||
                                  match.captured(1) == QStringLiteral("240");
            INFO(p->text.toStdString());
            CHECK((n < 20 || year || planName));
        }
    }
    for (const Metric &m : doc.metrics) {
        INFO(m.id.toStdString());
        CHECK(referenced.contains(m.id));
    }
}

TEST_CASE("The sample's paragraphs print as the original sentences")
{
    const Document doc = test::loadSample();
    struct Row
    {
        const char *key;
        const char *sentence;
    };
    const Row rows[] = {
        {"overview.profile", "西区局全口径员工 1184 人，其中合同工 525 人"},
        {"overview.profile", "区局党委下属 13个党支部，党员 168 名（含外包党员）。"},
        {"overview.profile",
         "服务总面积约 92.5 平方公里，服务范围涉及静安、普陀、长宁三个行政区域 20个街道及 2 个镇"},
        {"overview.profile", "区局共设置 19个支局"},
        {"employees.study", "集中学习累计 12次"},
        {"employees.study", "制定西区局 9 大领域 15 条任务清单"},
        {"employees.education", "全年三大工程师持证人数较去年提升 7.1%"},
        {"employees.education", "形成 25项行动措施。年内，共组织 5 批次 229 名本部员工下沉支局"},
        {"employees.hiring",
         "2023 年，西区局正式员工 484 名，其中派遣员工 5 名，另有外来务工人员 0 名。"},
        {"employees.hiring",
         "硕士学位员工共计 25 人、大学本科学历员工共计 293、大专学历员工 124 人。"
         "全局有高级职称员工共计 16人，中级职称员工共计 99人。"},
        {"employees.protection", "征集职工代表提案共 9 件"},
        {"employees.protection", "全年共完成 23个批次 813 名全口径员工参加看上海活动"},
        {"employees.protection", "开设瑜伽、街舞等 12个活力社团，覆盖全口径员工共计 427 名"},
        {"employees.protection", "全年为区局 68人次困难员工送上帮困慰问金 8.45 万元"},
        {"employees.protection", "年内组织职工二次体检及家属体检共计 649 "
                                 "人次，女职工专项体检和钼钯/TCT 体检共计 166 人次。"},
        {"integrity.service", "收到用户表扬信 602 件"},
        {"integrity.cooperation", "开展 27次党建翼联活动，区局合计对外活动参与人次 506 人。"},
        {"governance.volunteering", "2023 年，区局“天翼小蜜蜂”志愿服务时长共计 21760 小时。"},
        {"governance.volunteering", "全年开展志愿者活动 24场，参与志愿者 288 人次。"},
        {"governance.donation", "共计金额 37.37 万元。并发动第三方扶贫捐款 3万元。"},
        {"environment.lowcarbon", "西区电信全年温室气体排放量较 2022 年减少 3673.79 吨"},
        {"environment.image",
         "实施 DC舱节能改造 800 余架，投入高效能绿色电源系统 20余套，通信空调系统 100%实现联网"},
        {"outlook.performance.economic", "名单制客户覆盖占比 95.5%。"},
        {"outlook.performance.economic",
         "累计组织大攻坚 9场，新增宽带场均约 100 余线。小攻坚 413 场"},
        {"outlook.performance.economic", "年内推进 11 个街镇信息化签约，形成商机约**万元"},
        {"outlook.performance.economic", "全年 DICT 收入预计**万元，完成率 120%"},
        {"outlook.performance.environmental", "开通 211 个地停覆盖"},
        {"outlook.performance.environmental", "完成拔铜 23.56 万线对公里"},
        {"outlook.performance.environmental", "节约成本超过**万元"},
        {"outlook.performance.environmental", "退除无线机房 20 个，节约租金**万元/年。"},
        {"evaluation.response", "优秀案例被外部媒体报道 59篇，先后收到各类感谢信约 602 封。"},
        {"integrity.economy", "西区经营收入累计完成**亿元，进度**%，实同比增长**%"
                              "，预计完成全年目标。台阶完成**万元，进度**%。"
                              "ICT 累计进度**%。公客净增销售额始终保持市区局前 "
                              "3名。应收占比完成值**%，项目型应收（除长宁公安外）"
                              "压降至**万元。全年强化利润导向，预计全年准利润完成**"
                              "万元，按照去年同口径则准利润增幅达到**%。"},
    };
    for (const Row &r : rows) {
        INFO(r.key << ": " << r.sentence);
        CHECK(anyContains(publicParagraphs(doc, QString::fromUtf8(r.key)),
                          QString::fromUtf8(r.sentence)));
    }
    // The overview paragraph, resolved, is the report's sentence word for word.
    CHECK(publicParagraphs(doc, QStringLiteral("overview.profile"))
              .first()
              .startsWith(QStringLiteral(
                  "西区电信局是中国电信上海公司下属的二级单位，服务总面积约 92.5 平方公里")));
}

TEST_CASE(
    "Every paragraph, honour and event of the sample is the original text, and nothing is lost")
{
    const Document doc = test::loadSample();
    QString rest = originalText();
    // Each piece is cut out of the original once; what remains must be headings.
    auto cut = [&](const QString &piece) {
        const QString flat = withoutSpaces(piece);
        INFO(piece.toStdString());
        const qsizetype at = rest.indexOf(flat);
        REQUIRE(at >= 0);
        rest.replace(at, flat.size(), QStringLiteral("|"));
    };
    for (const Paragraph *p : blocksIn<Paragraph>(doc))
        if (!p->text.isEmpty())
            cut(resolveReferences(p->text, doc, Edition::Public).text);
    for (const ItemList *l : blocksIn<ItemList>(doc))
        for (const QString &item : l->items)
            cut(item);
    for (const Timeline *t : blocksIn<Timeline>(doc))
        for (const TimelineEntry &e : t->entries)
            cut(originalEventText(e));
    // The report notes' lines and the signature line became metadata.
    const ReportMetadata &m = doc.metadata;
    cut(m.scope);
    for (const QString &standard : m.standards)
        cut(standard);
    cut(QStringLiteral("报告篇幅共%1页。").arg(m.pageBudget));
    cut(QStringLiteral("%1年%2月%3日--%4年%5月%6日")
            .arg(m.periodStart.year())
            .arg(m.periodStart.month())
            .arg(m.periodStart.day())
            .arg(m.periodEnd.year())
            .arg(m.periodEnd.month())
            .arg(m.periodEnd.day()));
    cut(m.unitName + doc.signatory.title + doc.signatory.name);
    cut(m.reportTitle);

    // Left over: chapter titles with the report's own numbering, the notes' labels, and
    // the few joining words those labels replace.
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        rest.replace(v.chapter.title, QStringLiteral("|"));
    });
    for (const char *word : {"报告简介", "时间范围", "时间跨度为", "报告范围", "报告篇幅",
                             "参考依据", "主要编制依据", "和"})
        rest.replace(QString::fromUtf8(word), QStringLiteral("|"));
    static const QRegularExpression numbering(
        QStringLiteral("[0-9一二三四五六七八九十（）、.:：。；|]"));
    rest.remove(numbering);
    CHECK(rest == QString());
}

TEST_CASE("The sample's undisclosed figures are confidential and print as **")
{
    const Document doc = test::loadSample();
    for (const QString &id : confidentialIds) {
        INFO(id.toStdString());
        const Metric *m = doc.findMetric(id);
        REQUIRE(m);
        CHECK(m->confidential);
        CHECK_FALSE(m->value); // the published report does not disclose them
        CHECK_FALSE(m->unit.isEmpty());
        CHECK(formatMetricValue(*m, Edition::Public) == QStringLiteral("**"));
    }
    int confidential = 0;
    for (const Metric &m : doc.metrics)
        confidential += m.confidential ? 1 : 0;
    CHECK(confidential == confidentialIds.size());

    // No "**" is typed into the text: each comes from a confidential metric.
    int masked = 0;
    for (const Paragraph *p : blocksIn<Paragraph>(doc)) {
        CHECK_FALSE(p->text.contains(QStringLiteral("**")));
        masked += resolveReferences(p->text, doc, Edition::Public).text.count(QStringLiteral("**"));
    }
    CHECK(masked == originalText().count(QStringLiteral("**")));

    // The economic table's chart in the public edition shows none of them, not even as a bar.
    const Chapter *economy = chapterByKey(doc, QStringLiteral("integrity.economy"));
    REQUIRE(economy);
    const auto tables = blocksOf<MetricTable>(*economy);
    REQUIRE(tables.size() == 1);
    const ChartData chart = chartForTable(doc, *tables.first(), Edition::Public);
    CHECK(chart.categories.isEmpty());
    CHECK(chart.maskedLabels.size() == tables.first()->metricIds.size());
}

TEST_CASE("The sample's metric tables sit in the chapters their figures belong to")
{
    const Document doc = test::loadSample();
    struct Row
    {
        const char *key;
        const char *metricId;
        ChartType chart;
    };
    const Row rows[] = {
        {"overview.profile", "staff.total", ChartType::Bar},
        {"employees.hiring", "education.bachelor", ChartType::Pie},
        {"employees.protection", "health.checks", ChartType::Bar},
        {"governance.volunteering", "volunteer.hours", ChartType::Bar},
        {"governance.donation", "poverty.purchases", ChartType::Pie},
        {"environment.lowcarbon", "ghg.reduction", ChartType::Bar},
        {"evaluation.response", "thanks.letters", ChartType::Bar},
    };
    for (const Row &r : rows) {
        INFO(r.key << " " << r.metricId);
        const Chapter *c = chapterByKey(doc, QString::fromUtf8(r.key));
        REQUIRE(c);
        const auto tables = blocksOf<MetricTable>(*c);
        const bool found = std::any_of(tables.begin(), tables.end(), [&](const MetricTable *t) {
            return t->chart == r.chart && t->metricIds.contains(QString::fromUtf8(r.metricId));
        });
        CHECK(found);
    }
    // A pie shares one unit, so its slices are comparable.
    for (const MetricTable *t : blocksIn<MetricTable>(doc)) {
        if (t->chart != ChartType::Pie)
            continue;
        INFO(t->title.toStdString());
        CHECK_FALSE(chartForTable(doc, *t, Edition::Public).unit.isEmpty());
    }
}

TEST_CASE("The sample's honours, leadership care and media reports")
{
    const Document doc = test::loadSample();

    const Chapter *honours = chapterByKey(doc, QStringLiteral("evaluation.honours"));
    REQUIRE(honours);
    const auto lists = blocksOf<ItemList>(*honours);
    REQUIRE(lists.size() == 1);
    REQUIRE(lists.first()->items.size() == 5);
    CHECK(lists.first()->items[0] == QStringLiteral("2023 年长宁区互联网党建联盟理事单位"));
    CHECK(lists.first()->items[2].endsWith(QStringLiteral("被认定为 2023 年度上海市青年文明号")));

    struct Expect
    {
        const char *key;
        const QString &category;
        int count;
    };
    for (const Expect &x : {Expect{"evaluation.leadership", category::LeadershipCare, 16},
                            Expect{"evaluation.media", category::MediaReport, 7}}) {
        INFO(x.key);
        const Chapter *c = chapterByKey(doc, QString::fromUtf8(x.key));
        REQUIRE(c);
        const auto timelines = blocksOf<Timeline>(*c);
        REQUIRE(timelines.size() == 1);
        const Timeline &t = *timelines.first();
        CHECK(t.category == x.category);
        REQUIRE(t.entries.size() == x.count);
        Timeline sorted = t;
        sortTimeline(sorted);
        CHECK(sorted.entries == t.entries);
        for (const TimelineEntry &e : t.entries) {
            INFO(e.title.toStdString());
            CHECK(e.date >= doc.metadata.periodStart);
            CHECK(e.date <= doc.metadata.periodEnd);
            CHECK(e.category == x.category);
            CHECK_FALSE(e.title.isEmpty());
            CHECK_FALSE(e.title.endsWith(QStringLiteral("；")));
            CHECK(e.outlet.isEmpty() == (x.category == category::LeadershipCare));
        }
        // Each month's count feeds the chart; the events all fall in the report year.
        const ChartData chart = chartForTimeline(t, doc.metadata.year);
        double total = 0;
        for (double n : chart.series.first().values)
            total += n;
        CHECK(total == x.count);
    }

    const Timeline &care =
        *blocksOf<Timeline>(*chapterByKey(doc, QStringLiteral("evaluation.leadership"))).first();
    CHECK(care.entries[2].date == QDate(2023, 1, 22));
    CHECK(care.entries[2].note == QStringLiteral("大年初一"));
    const Timeline &media =
        *blocksOf<Timeline>(*chapterByKey(doc, QStringLiteral("evaluation.media"))).first();
    CHECK(media.entries[0].outlet == QStringLiteral("“上海静安”公众号"));
    CHECK(media.entries[5].date == QDate(2023, 12, 6));
    CHECK(media.entries[5].outlet == QStringLiteral("《文汇报》"));
}

TEST_CASE("The sample embedded in the program is the one in the source tree")
{
    const auto embedded =
        DocumentFile::load(QStringLiteral(":/samples/west-district-2023.csreport"));
    REQUIRE(embedded.ok());
    CHECK(embedded.document == test::loadSample());
}
