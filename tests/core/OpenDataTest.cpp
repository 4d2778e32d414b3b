#include "OpenData.h"
#include "OpenDataFormats.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csr;

namespace {

// The small report plus: a confidential figure with every kind of value, a rate, a label and a
// source that need CSV quoting, and a source a spreadsheet would take for a formula.
Document openDataDocument()
{
    Document doc = test::smallDocument();
    Metric *revenue = doc.findMetric(QStringLiteral("revenue"));
    revenue->value = 3673.79;
    revenue->previousValue = 3411.57;
    revenue->history = {{2021, 3298.46}};
    Metric *staff = doc.findMetric(QStringLiteral("staff.total"));
    staff->history = {{2021, 1050}, {2020, 990}};
    staff->source = QStringLiteral("=HYPERLINK(\"x\")");
    doc.metrics.append(Metric{QStringLiteral("rate.sat"),
                              QStringLiteral("满意度，\"客户\"\n调查"),
                              95.5,
                              QStringLiteral("%"),
                              93.25,
                              QStringLiteral("第三方"),
                              false,
                              -1,
                              {}});
    doc.chapters[0].blocks.append(
        Block{QStringLiteral("b9"), {}, Paragraph{QStringLiteral("满意度 {{rate.sat}}%。")}});
    return doc;
}

// RFC 4180 as a reader parses it.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows{{QString()}};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                rows.last().last() += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                rows.last().last() += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            rows.last() << QString();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            rows << QStringList{QString()};
            ++i;
        } else {
            rows.last().last() += c;
        }
    }
    if (rows.last() == QStringList{QString()})
        rows.removeLast();
    return rows;
}

QString number(const std::optional<double> &v)
{
    return v ? formatNumber(*v) : QString();
}

} // namespace

TEST_CASE("The open data CSV is the model's figures, RFC 4180 with a BOM")
{
    const Document doc = openDataDocument();
    for (const Edition edition : {Edition::Public, Edition::Internal}) {
        const bool isPublic = edition == Edition::Public;
        CAPTURE(isPublic);
        const QByteArray csv = openDataCsv(openDataSet(doc, edition));
        REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
        CHECK(csv.endsWith("\r\n"));
        CHECK_FALSE(csv.mid(3)
                        .replace("\r\n", "")
                        .replace("满意度，\"\"客户\"\"\n调查", "")
                        .contains('\n'));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        REQUIRE(rows.size() == doc.metrics.size() + 1);
        CHECK(rows[0] == QStringList{"id", "chapter", "label", "unit", "year", "value", "last_year",
                                     "change", "change_unit", "source", "confidential",
                                     "value_2021", "value_2020"});
        for (int i = 0; i < doc.metrics.size(); ++i) {
            const Metric &m = doc.metrics[i];
            const QStringList &r = rows[i + 1];
            CAPTURE(m.id);
            REQUIRE(r.size() == rows[0].size());
            CHECK(r[0] == m.id);
            CHECK(r[2] == m.label);
            CHECK(r[3] == m.unit);
            CHECK(r[4] == QStringLiteral("2023"));
            CHECK(r[10] == (m.confidential ? QStringLiteral("true") : QStringLiteral("false")));
            if (isMasked(m, edition)) {
                for (int c : {5, 6, 7, 8, 11, 12})
                    CHECK(r[c].isEmpty());
                continue;
            }
            CHECK(r[5] == number(m.value));
            CHECK(r[6] == number(m.previousValue));
            CHECK(r[11] == (m.history.contains(2021) ? formatNumber(m.history[2021]) : QString()));
            CHECK(r[12] == (m.history.contains(2020) ? formatNumber(m.history[2020]) : QString()));
        }
        // The table's chapter, with its number as printed; the rate's change in points.
        CHECK(rows[1][1] == QStringLiteral("二、领导关怀"));
        CHECK(rows[2][1] == QStringLiteral("二、领导关怀")); // its table, before the quoting prose
        CHECK(rows[3][1] == QStringLiteral("一、公开陈述")); // in no table, quoted in prose
        CHECK(rows[1][7] == QStringLiteral("7.6"));
        CHECK(rows[1][8] == QStringLiteral("%"));
        CHECK(rows[3][7] == QStringLiteral("2.25"));
        CHECK(rows[3][8] == QStringLiteral("pp"));
        // A formula-looking source is text for a spreadsheet.
        CHECK(rows[1][9] == QStringLiteral("'=HYPERLINK(\"x\")"));

        // Byte level: no confidential value, no change computed from one, no mask.
        for (const char *secret : {"3673.79", "3411.57", "3298.46", "7.7"})
            CHECK(csv.contains(secret) == !isPublic);
        CHECK_FALSE(csv.contains("**"));
    }
}

TEST_CASE(
    "The open data JSON is the model's figures and the public one withholds confidential ones")
{
    const Document doc = openDataDocument();
    for (const Edition edition : {Edition::Public, Edition::Internal}) {
        const bool isPublic = edition == Edition::Public;
        CAPTURE(isPublic);
        const OpenDataSet set = openDataSet(doc, edition);
        const QByteArray json = openDataJson(set);
        CHECK(json == openDataJson(openDataSet(doc, edition))); // byte-stable
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(root.value("format").toString() == QStringLiteral("csr-open-data"));
        CHECK(root.value("formatVersion").toInt() == 1);
        CHECK(root.value("edition").toString() ==
              (isPublic ? QStringLiteral("public") : QStringLiteral("internal")));
        const QJsonObject report = root.value("report").toObject();
        CHECK(report.value("unitName").toString() == doc.metadata.unitName);
        CHECK(report.value("year").toInt() == 2023);
        CHECK(report.value("periodEnd").toString() == QStringLiteral("2023-12-31"));
        const QJsonArray metrics = root.value("metrics").toArray();
        REQUIRE(metrics.size() == doc.metrics.size());
        for (int i = 0; i < doc.metrics.size(); ++i) {
            const Metric &m = doc.metrics[i];
            const QJsonObject o = metrics[i].toObject();
            CAPTURE(m.id);
            CHECK(o.value("id").toString() == m.id);
            CHECK(o.value("label").toString() == m.label);
            CHECK(o.value("unit").toString() == m.unit);
            CHECK(o.value("confidential").toBool() == m.confidential);
            CHECK(o.value("source").toString() == m.source);
            if (isMasked(m, edition)) {
                for (const char *key : {"value", "lastYear", "change", "changeUnit", "history"})
                    CHECK_FALSE(o.contains(QLatin1String(key)));
                continue;
            }
            CHECK(o.value("value").toDouble() == *m.value);
            CHECK(o.contains("lastYear") == bool(m.previousValue));
            if (m.previousValue)
                CHECK(o.value("lastYear").toDouble() == *m.previousValue);
            const QJsonObject history = o.value("history").toObject();
            CHECK(history.size() == m.history.size());
            for (auto it = m.history.begin(); it != m.history.end(); ++it)
                CHECK(history.value(QString::number(it.key())).toDouble() == it.value());
        }
        for (const char *secret : {"3673.79", "3411.57", "3298.46", "7.7"})
            CHECK(json.contains(secret) == !isPublic);
        CHECK_FALSE(json.contains("**"));
    }
}

TEST_CASE("The data set's attachment name says year and edition")
{
    const Document doc = openDataDocument();
    CHECK(openDataFileName(openDataSet(doc, Edition::Public), QStringLiteral("csv")) ==
          QStringLiteral("csr-data-2023-public.csv"));
    CHECK(openDataFileName(openDataSet(doc, Edition::Internal), QStringLiteral("json")) ==
          QStringLiteral("csr-data-2023-internal.json"));
}

TEST_CASE("The data set keeps twenty years of history, however many a file holds")
{
    Document doc = openDataDocument();
    Metric *staff = doc.findMetric(QStringLiteral("staff.total"));
    for (int year = 1000; year < 2022; ++year)
        staff->history.insert(year, year);
    const OpenDataSet set = openDataSet(doc, Edition::Internal);
    REQUIRE(set.historyYears.size() == OpenDataHistoryYears);
    CHECK(set.historyYears.first() == 2021);
    CHECK(set.historyYears.last() == 2002);
    CHECK(set.rows.first().history.size() == OpenDataHistoryYears);
    CHECK(openDataColumns(set).size() == 11 + OpenDataHistoryYears);
}
