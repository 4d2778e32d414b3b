#include "ChangeLog.h"
#include "DocumentFormat.h"
#include "RollForward.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csr;

namespace {
const QDateTime When = QDateTime(QDate(2024, 3, 5), QTime(9, 30), Qt::UTC);

Metric &metric(Document &doc, const QString &id)
{
    Metric *m = doc.findMetric(id);
    REQUIRE(m);
    return *m;
}
} // namespace

TEST_CASE("Change records name each changed field of each figure, once")
{
    const Document before = test::loadSample();
    Document after = before;
    metric(after, QStringLiteral("staff.total")).value = 1200;
    metric(after, QStringLiteral("staff.total")).unit = QStringLiteral("名");
    metric(after, QStringLiteral("revenue.total")).value = 12.5; // confidential, was empty
    metric(after, QStringLiteral("staff.contract")).confidential = true;
    Metric added;
    added.id = QStringLiteral("new.one");
    added.label = QStringLiteral("新指标");
    added.value = 3;
    after.metrics.append(added);
    after.metrics.removeIf([](const Metric &m) { return m.id == QStringLiteral("party.members"); });

    const QList<ChangeRecord> log = metricChanges(before, after, QStringLiteral("王芳"), When);
    const QList<ChangeRecord> expected{
        {When, QStringLiteral("王芳"), QStringLiteral("staff.total"), QStringLiteral("value"),
         QStringLiteral("1184"), QStringLiteral("1200")},
        {When, QStringLiteral("王芳"), QStringLiteral("staff.total"), QStringLiteral("unit"),
         QStringLiteral("人"), QStringLiteral("名")},
        {When, QStringLiteral("王芳"), QStringLiteral("staff.contract"),
         QStringLiteral("confidential"), QStringLiteral("false"), QStringLiteral("true")},
        {When, QStringLiteral("王芳"), QStringLiteral("revenue.total"), QStringLiteral("value"),
         QString(), QStringLiteral("12.5")},
        {When, QStringLiteral("王芳"), QStringLiteral("new.one"), QStringLiteral("metric"),
         QString(), QStringLiteral("新指标")},
        {When, QStringLiteral("王芳"), QStringLiteral("new.one"), QStringLiteral("value"),
         QString(), QStringLiteral("3")},
        {When, QStringLiteral("王芳"), QStringLiteral("party.members"), QStringLiteral("metric"),
         QStringLiteral("党员（含外包党员）"), QString()},
    };
    // Order follows the metrics of `after`; compare as sets of records per metric.
    REQUIRE(log.size() == expected.size());
    for (const ChangeRecord &e : expected) {
        INFO(e.metricId.toStdString() + " " + e.field.toStdString());
        CHECK(log.contains(e));
    }
    CHECK(metricChanges(before, before, QStringLiteral("王芳"), When).isEmpty());
}

TEST_CASE("The change log survives the file format, and a bad time is refused")
{
    Document doc = test::smallDocument();
    doc.changeLog = {{When, QStringLiteral("王芳"), QStringLiteral("staff.total"),
                      QStringLiteral("value"), QStringLiteral("1184"), QStringLiteral("1200")},
                     {When.addSecs(60), QString(), QStringLiteral("staff.total"),
                      QStringLiteral("unit"), QString(), QStringLiteral("人")}};
    const auto read = DocumentFormat::fromJson(DocumentFormat::toJson(doc));
    REQUIRE(read.ok());
    CHECK(read.document.changeLog == doc.changeLog);
    CHECK(read.document == doc);

    QJsonObject root = QJsonDocument::fromJson(DocumentFormat::toJson(doc)).object();
    QJsonArray log = root[QStringLiteral("changeLog")].toArray();
    QJsonObject first = log[0].toObject();
    first[QStringLiteral("when")] = QStringLiteral("yesterday");
    log[0] = first;
    root[QStringLiteral("changeLog")] = log;
    const auto bad = DocumentFormat::fromJson(QJsonDocument(root).toJson());
    CHECK(bad.error.kind == ReadErrorKind::InvalidValue);
    CHECK(bad.error.path == QStringLiteral("changeLog[0].when"));
}

TEST_CASE("Next year's report starts with an empty change log")
{
    Document doc = test::smallDocument();
    doc.changeLog = {{When, QStringLiteral("王芳"), QStringLiteral("staff.total"),
                      QStringLiteral("value"), QStringLiteral("1"), QStringLiteral("2")}};
    CHECK(rollForward(doc, doc.metadata.year + 1).changeLog.isEmpty());
}
