#include "DocumentFormat.h"

#include "References.h"

#include "ImportReviewFormat.h"
#include "JsonReader.h"
#include "JsonWrite.h"
#include "PhotoImage.h"
#include "ReviewFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <cmath>

namespace csr::DocumentFormat {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::DocumentFormat)
};

// ---- writing -------------------------------------------------------------------------------

using json::putDate;
using json::putString;

void putNumber(QJsonObject &o, const QString &key, const std::optional<double> &v)
{
    o.insert(key, v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
}

QString chartName(ChartType t)
{
    switch (t) {
    case ChartType::None:
        return QStringLiteral("none");
    case ChartType::Bar:
        return QStringLiteral("bar");
    case ChartType::Pie:
        return QStringLiteral("pie");
    case ChartType::YearOverYear:
        return QStringLiteral("yearOverYear");
    case ChartType::TrendLine:
        return QStringLiteral("trendLine");
    case ChartType::TrendBars:
        return QStringLiteral("trendBars");
    }
    return {};
}

std::optional<ChartType> chartFromName(const QString &name)
{
    for (auto t : {ChartType::None, ChartType::Bar, ChartType::Pie, ChartType::YearOverYear,
                   ChartType::TrendLine, ChartType::TrendBars})
        if (chartName(t) == name)
            return t;
    return std::nullopt;
}

QJsonObject blockJson(const Block &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), b.id);
    o.insert(QStringLiteral("type"), blockKindName(b.kind()));
    putString(o, QStringLiteral("hint"), b.hint);
    if (const auto *p = std::get_if<Paragraph>(&b.content)) {
        o.insert(QStringLiteral("text"), p->text);
    } else if (const auto *t = std::get_if<MetricTable>(&b.content)) {
        putString(o, QStringLiteral("title"), t->title);
        o.insert(QStringLiteral("metricIds"), QJsonArray::fromStringList(t->metricIds));
        o.insert(QStringLiteral("chart"), chartName(t->chart));
        if (t->trendYears != MetricTable::DefaultTrendYears)
            o.insert(QStringLiteral("trendYears"), t->trendYears);
        putString(o, QStringLiteral("chartUnit"), t->chartUnit);
    } else if (const auto *tl = std::get_if<Timeline>(&b.content)) {
        putString(o, QStringLiteral("title"), tl->title);
        putString(o, QStringLiteral("category"), tl->category);
        o.insert(QStringLiteral("showChart"), tl->showChart);
        QJsonArray entries;
        for (const TimelineEntry &e : tl->entries) {
            QJsonObject eo;
            putDate(eo, QStringLiteral("date"), e.date);
            eo.insert(QStringLiteral("title"), e.title);
            putString(eo, QStringLiteral("category"), e.category);
            putString(eo, QStringLiteral("outlet"), e.outlet);
            putString(eo, QStringLiteral("note"), e.note);
            entries.append(eo);
        }
        o.insert(QStringLiteral("entries"), entries);
    } else if (const auto *l = std::get_if<ItemList>(&b.content)) {
        putString(o, QStringLiteral("title"), l->title);
        o.insert(QStringLiteral("items"), QJsonArray::fromStringList(l->items));
    } else if (const auto *ph = std::get_if<Photo>(&b.content)) {
        putString(o, QStringLiteral("caption"), ph->caption);
        putString(o, QStringLiteral("altText"), ph->altText);
        if (ph->widthFraction != 1.0)
            o.insert(QStringLiteral("widthFraction"), ph->widthFraction);
        if (ph->widthMm > 0)
            o.insert(QStringLiteral("widthMm"), ph->widthMm);
        if (!ph->image.isEmpty())
            o.insert(
                QStringLiteral("image"),
                QJsonObject{{QStringLiteral("mimeType"),
                             PhotoImage::mimeType(PhotoImage::formatOf(ph->image))},
                            {QStringLiteral("data"), QString::fromLatin1(ph->image.toBase64())}});
    }
    return o;
}

QJsonObject chapterToJson(const Chapter &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id);
    putString(o, QStringLiteral("key"), c.key);
    o.insert(QStringLiteral("title"), c.title);
    putString(o, QStringLiteral("code"), c.code);
    if (!c.numbered)
        o.insert(QStringLiteral("numbered"), false);
    if (c.required)
        o.insert(QStringLiteral("required"), true);
    putString(o, QStringLiteral("assignee"), c.assignee);
    o.insert(QStringLiteral("status"), chapterStatusName(c.status));
    QJsonArray blocks;
    for (const Block &b : c.blocks)
        blocks.append(blockJson(b));
    o.insert(QStringLiteral("blocks"), blocks);
    if (!c.children.isEmpty()) {
        QJsonArray children;
        for (const Chapter &child : c.children)
            children.append(chapterToJson(child));
        o.insert(QStringLiteral("children"), children);
    }
    return o;
}

// ---- reading -------------------------------------------------------------------------------

struct Reader
{
    JsonReader &r;
    QSet<QString> nodeIds;
    QSet<QString> metricIds;
    qint64 photoBytes = 0; // all photos so far, against PhotoImage::MaxTotalBytes

    void checkUniqueNodeId(const QString &id)
    {
        if (r.failed() || id.isEmpty())
            return;
        if (nodeIds.contains(id)) {
            auto s = r.field(QStringLiteral("id"));
            r.fail(ReadErrorKind::DuplicateId,
                   Tr::tr("the id \"%1\" is used twice; every chapter and block needs its own.")
                       .arg(id));
        }
        nodeIds.insert(id);
    }

    Metric metric(const QJsonObject &o)
    {
        Metric m;
        m.id = r.string(o, QStringLiteral("id"), true);
        m.label = r.string(o, QStringLiteral("label"), true);
        m.value = r.number(o, QStringLiteral("value"));
        m.unit = r.string(o, QStringLiteral("unit"));
        m.previousValue = r.number(o, QStringLiteral("previousValue"));
        m.source = r.string(o, QStringLiteral("source"));
        m.confidential = r.boolean(o, QStringLiteral("confidential"), false);
        m.decimals = r.integer(o, QStringLiteral("decimals"), -1);
        if (const QString c = r.string(o, QStringLiteral("comparison")); !c.isEmpty()) {
            if (const auto comparison = comparisonFromName(c)) {
                m.comparison = *comparison;
            } else if (!r.failed()) {
                auto s = r.field(QStringLiteral("comparison"));
                r.fail(ReadErrorKind::InvalidValue,
                       Tr::tr("unknown comparison \"%1\" (expected points or relative).").arg(c));
            }
        }
        history(r.object(o, QStringLiteral("history")), m.history);
        if (!r.failed() && !isValidMetricId(m.id)) {
            auto s = r.field(QStringLiteral("id"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the metric id \"%1\" cannot be quoted in text: use Latin letters, "
                          "digits and \"_\", \".\" or \"-\" (for example staff.total).")
                       .arg(m.id));
        }
        if (!r.failed() && metricIds.contains(m.id)) {
            auto s = r.field(QStringLiteral("id"));
            r.fail(ReadErrorKind::DuplicateId,
                   Tr::tr("the metric id \"%1\" is defined twice.").arg(m.id));
        }
        metricIds.insert(m.id);
        return m;
    }

    // {"2021": 1100, "2020": 1000}: keys are years, values numbers.
    void history(const QJsonObject &o, QMap<int, double> &out)
    {
        if (o.isEmpty() || r.failed())
            return;
        auto s = r.field(QStringLiteral("history"));
        for (auto it = o.begin(); it != o.end() && !r.failed(); ++it) {
            bool isYear = false;
            const int year = it.key().toInt(&isYear);
            if (!isYear || year < 1000 || year > 9999) {
                r.fail(ReadErrorKind::InvalidValue,
                       Tr::tr("\"%1\" is not a year (expected four digits, as \"2021\").")
                           .arg(it.key()));
                return;
            }
            const auto value = r.number(o, it.key());
            if (value)
                out.insert(year, *value);
        }
    }

    Block block(const QJsonObject &o)
    {
        Block b;
        b.id = r.string(o, QStringLiteral("id"), true);
        checkUniqueNodeId(b.id);
        b.hint = r.string(o, QStringLiteral("hint"));
        const QString type = r.string(o, QStringLiteral("type"), true);
        if (r.failed())
            return b;
        if (type == blockKindName(BlockKind::Paragraph)) {
            b.content = Paragraph{r.string(o, QStringLiteral("text"))};
        } else if (type == blockKindName(BlockKind::MetricTable)) {
            MetricTable t;
            t.title = r.string(o, QStringLiteral("title"));
            t.metricIds = r.stringList(o, QStringLiteral("metricIds"));
            const QString chart = r.string(o, QStringLiteral("chart"));
            if (!chart.isEmpty()) {
                if (auto c = chartFromName(chart)) {
                    t.chart = *c;
                } else {
                    auto s = r.field(QStringLiteral("chart"));
                    r.fail(ReadErrorKind::InvalidValue,
                           Tr::tr("unknown chart type \"%1\" (expected none, bar, pie, "
                                  "yearOverYear, trendLine or trendBars).")
                               .arg(chart));
                }
            }
            t.trendYears = r.integer(o, QStringLiteral("trendYears"), t.trendYears);
            t.chartUnit = r.string(o, QStringLiteral("chartUnit"));
            if (!r.failed() && (t.trendYears < MetricTable::MinTrendYears ||
                                t.trendYears > MetricTable::MaxTrendYears)) {
                auto s = r.field(QStringLiteral("trendYears"));
                r.fail(ReadErrorKind::InvalidValue,
                       Tr::tr("a trend chart spans %1 to %2 years, not %3.")
                           .arg(MetricTable::MinTrendYears)
                           .arg(MetricTable::MaxTrendYears)
                           .arg(t.trendYears));
            }
            auto s = r.field(QStringLiteral("metricIds"));
            for (qsizetype i = 0; i < t.metricIds.size() && !r.failed(); ++i) {
                if (!metricIds.contains(t.metricIds[i])) {
                    auto si = r.index(i);
                    r.fail(ReadErrorKind::UnknownReference,
                           Tr::tr("the table names the metric \"%1\", which the document does "
                                  "not define.")
                               .arg(t.metricIds[i]));
                }
            }
            b.content = t;
        } else if (type == blockKindName(BlockKind::Timeline)) {
            Timeline t;
            t.title = r.string(o, QStringLiteral("title"));
            t.category = r.string(o, QStringLiteral("category"));
            t.showChart = r.boolean(o, QStringLiteral("showChart"), true);
            const QJsonArray entries = r.array(o, QStringLiteral("entries"));
            auto s = r.field(QStringLiteral("entries"));
            for (qsizetype i = 0; i < entries.size() && !r.failed(); ++i) {
                auto si = r.index(i);
                const QJsonObject eo = r.asObject(entries.at(i));
                TimelineEntry e;
                e.date = r.date(eo, QStringLiteral("date"), true);
                e.title = r.string(eo, QStringLiteral("title"), true);
                e.category = r.string(eo, QStringLiteral("category"));
                e.outlet = r.string(eo, QStringLiteral("outlet"));
                e.note = r.string(eo, QStringLiteral("note"));
                t.entries.append(e);
            }
            b.content = t;
        } else if (type == blockKindName(BlockKind::ItemList)) {
            b.content = ItemList{r.string(o, QStringLiteral("title")),
                                 r.stringList(o, QStringLiteral("items"))};
        } else if (type == blockKindName(BlockKind::SignatureBlock)) {
            b.content = SignatureBlock{};
        } else if (type == blockKindName(BlockKind::Photo)) {
            b.content = photo(o);
        } else {
            auto s = r.field(QStringLiteral("type"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("unknown block type \"%1\" (expected paragraph, metricTable, timeline, "
                          "list, signature or photo).")
                       .arg(type));
        }
        return b;
    }

    // Format 4. The image is checked as any image from outside: magic bytes, size limits and
    // the header's pixel count (decoding waits for the print engine and the editor).
    Photo photo(const QJsonObject &o)
    {
        Photo p;
        p.caption = r.string(o, QStringLiteral("caption"));
        p.altText = r.string(o, QStringLiteral("altText"));
        const auto fraction = r.number(o, QStringLiteral("widthFraction"));
        p.widthFraction = fraction.value_or(1.0);
        if (!r.failed() && !(p.widthFraction >= Photo::MinWidthFraction && p.widthFraction <= 1)) {
            auto s = r.field(QStringLiteral("widthFraction"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("a photo's width is %1 to 1 of the text width, not %2.")
                       .arg(Photo::MinWidthFraction)
                       .arg(p.widthFraction));
        }
        p.widthMm = r.number(o, QStringLiteral("widthMm")).value_or(0);
        if (!r.failed() && p.widthMm != 0 &&
            !(p.widthMm >= Photo::MinWidthMm && p.widthMm <= Photo::MaxWidthMm)) {
            auto s = r.field(QStringLiteral("widthMm"));
            r.fail(ReadErrorKind::InvalidValue, Tr::tr("a photo's width is %1 to %2 mm, not %3.")
                                                    .arg(Photo::MinWidthMm)
                                                    .arg(Photo::MaxWidthMm)
                                                    .arg(p.widthMm));
        }
        const QJsonObject image = r.object(o, QStringLiteral("image"));
        if (image.isEmpty() || r.failed())
            return p;
        auto f = r.field(QStringLiteral("image"));
        const QString mime = r.string(image, QStringLiteral("mimeType"), true);
        const QString data = r.string(image, QStringLiteral("data"), true);
        if (r.failed())
            return p;
        // Base64 is 4/3 of the bytes: a string that cannot be within the limit is not decoded.
        if (data.size() > PhotoImage::MaxBytes / 3 * 4 + 8) {
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the photo is larger than %1 MB.").arg(PhotoImage::MaxBytes >> 20));
            return p;
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            auto d = r.field(QStringLiteral("data"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the photo's data is damaged (not base64)."));
            return p;
        }
        const PhotoImage::Check check = PhotoImage::check(decoded.decoded);
        if (!check.ok()) {
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the photo cannot be used: %1").arg(check.error));
            return p;
        }
        if (PhotoImage::mimeType(check.format) != mime) {
            auto m = r.field(QStringLiteral("mimeType"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the photo is said to be \"%1\" but its bytes are %2.")
                       .arg(mime, PhotoImage::mimeType(check.format)));
            return p;
        }
        photoBytes += decoded.decoded.size();
        if (photoBytes > PhotoImage::MaxTotalBytes) {
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the report's photos together are larger than %1 MB.")
                       .arg(PhotoImage::MaxTotalBytes >> 20));
            return p;
        }
        p.image = decoded.decoded;
        return p;
    }

    Chapter chapter(const QJsonObject &o)
    {
        Chapter c;
        c.id = r.string(o, QStringLiteral("id"), true);
        checkUniqueNodeId(c.id);
        c.key = r.string(o, QStringLiteral("key"));
        c.title = r.string(o, QStringLiteral("title"), true);
        c.code = r.string(o, QStringLiteral("code"));
        c.numbered = r.boolean(o, QStringLiteral("numbered"), true);
        c.required = r.boolean(o, QStringLiteral("required"), false);
        c.assignee = r.string(o, QStringLiteral("assignee"));
        const QString status = r.string(o, QStringLiteral("status"));
        if (!status.isEmpty()) {
            if (auto s = chapterStatusFromName(status)) {
                c.status = *s;
            } else {
                auto f = r.field(QStringLiteral("status"));
                r.fail(ReadErrorKind::InvalidValue,
                       Tr::tr("unknown status \"%1\" (expected draft, submitted, needsChanges or "
                              "approved).")
                           .arg(status));
            }
        }
        const QJsonArray blocks = r.array(o, QStringLiteral("blocks"));
        {
            auto s = r.field(QStringLiteral("blocks"));
            for (qsizetype i = 0; i < blocks.size() && !r.failed(); ++i) {
                auto si = r.index(i);
                c.blocks.append(block(r.asObject(blocks.at(i))));
            }
        }
        const QJsonArray children = r.array(o, QStringLiteral("children"));
        auto s = r.field(QStringLiteral("children"));
        for (qsizetype i = 0; i < children.size() && !r.failed(); ++i) {
            auto si = r.index(i);
            c.children.append(chapter(r.asObject(children.at(i))));
        }
        return c;
    }

    void metadata(const QJsonObject &o, ReportMetadata &m)
    {
        m.unitName = r.string(o, QStringLiteral("unitName"), true);
        m.reportTitle = r.string(o, QStringLiteral("reportTitle"));
        m.year = r.integer(o, QStringLiteral("year"), 0, true);
        m.periodStart = r.date(o, QStringLiteral("periodStart"));
        m.periodEnd = r.date(o, QStringLiteral("periodEnd"));
        m.scope = r.string(o, QStringLiteral("scope"));
        m.standards = r.stringList(o, QStringLiteral("standards"));
        m.pageBudget = r.integer(o, QStringLiteral("pageBudget"), 0);
        // 0 (or absent) is "no promise"; a negative length would read but not write back.
        if (!r.failed() && m.pageBudget < 0) {
            auto s = r.field(QStringLiteral("pageBudget"));
            r.fail(
                ReadErrorKind::InvalidValue,
                Tr::tr("the report length is %1 pages; it cannot be negative.").arg(m.pageBudget));
        }
        m.category = r.string(o, QStringLiteral("category"));
        m.templateId = r.string(o, QStringLiteral("templateId"));
        m.style = r.string(o, QStringLiteral("style")); // optional since version 4
        {
            const QStringList numbering = r.stringList(o, QStringLiteral("numbering"));
            auto s = r.field(QStringLiteral("numbering"));
            // A frame deeper than any guideline is a hostile file, not a report.
            if (numbering.size() > MaxNumberingDepth)
                r.fail(ReadErrorKind::InvalidValue,
                       Tr::tr("more than %1 numbering levels.").arg(MaxNumberingDepth));
            for (qsizetype i = 0; i < numbering.size() && !r.failed(); ++i) {
                if (auto style = numberingStyleFromName(numbering.at(i))) {
                    m.numbering << *style;
                } else {
                    auto si = r.index(i);
                    r.fail(ReadErrorKind::InvalidValue,
                           Tr::tr("unknown numbering style \"%1\" (expected chinese, chineseParen, "
                                  "arabic, arabicParen, code or none).")
                               .arg(numbering.at(i)));
                }
            }
        }
        m.yearColumns = r.integerIn(o, QStringLiteral("yearColumns"), m.yearColumns,
                                    ReportMetadata::MinYearColumns, ReportMetadata::MaxYearColumns,
                                    Tr::tr("a metric table shows %1 to %2 year columns, not %3."));
        m.language = r.string(o, QStringLiteral("language"));
        if (m.language.isEmpty()) {
            m.language = DefaultReportLanguage; // absent: as every report before version 4
        } else if (!r.failed() && !reportLanguages().contains(m.language)) {
            auto s = r.field(QStringLiteral("language"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the report language is \"%1\", not one of %2.")
                       .arg(m.language.left(40), reportLanguages().join(QStringLiteral(", "))));
        }
        m.tocDepth =
            r.integerIn(o, QStringLiteral("tocDepth"), m.tocDepth, ReportMetadata::MinTocDepth,
                        ReportMetadata::MaxTocDepth,
                        Tr::tr("the table of contents lists %1 to %2 heading levels, not %3."));
    }

    void signatory(const QJsonObject &o, Signatory &s)
    {
        s.name = r.string(o, QStringLiteral("name"));
        s.title = r.string(o, QStringLiteral("title"));
        s.date = r.date(o, QStringLiteral("date"));
        const QJsonObject seal = r.object(o, QStringLiteral("seal"));
        if (!seal.isEmpty()) {
            auto f = r.field(QStringLiteral("seal"));
            s.sealMimeType = r.string(seal, QStringLiteral("mimeType"), true);
            const QString data = r.string(seal, QStringLiteral("data"), true);
            const auto decoded = QByteArray::fromBase64Encoding(
                data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!r.failed() && !decoded) {
                auto d = r.field(QStringLiteral("data"));
                r.fail(ReadErrorKind::InvalidValue,
                       Tr::tr("the seal image data is damaged (not base64)."));
            } else if (!r.failed() && decoded.decoded.isEmpty()) {
                // A seal without bytes would read, but not write back (found by fuzzing).
                auto d = r.field(QStringLiteral("data"));
                r.fail(ReadErrorKind::InvalidValue, Tr::tr("the seal image data is empty."));
            }
            s.sealImage = decoded.decoded;
        }
    }
};

std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1, column = 1;
    const QByteArray head = bytes.left(offset);
    for (const char ch : head) {
        if (ch == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

} // namespace

QJsonObject blockToJson(const Block &block)
{
    return blockJson(block);
}

QJsonObject metricToJson(const Metric &mt)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), mt.id);
    o.insert(QStringLiteral("label"), mt.label);
    putNumber(o, QStringLiteral("value"), mt.value);
    putString(o, QStringLiteral("unit"), mt.unit);
    if (mt.previousValue)
        o.insert(QStringLiteral("previousValue"), *mt.previousValue);
    putString(o, QStringLiteral("source"), mt.source);
    if (mt.confidential)
        o.insert(QStringLiteral("confidential"), true);
    if (mt.decimals >= 0)
        o.insert(QStringLiteral("decimals"), mt.decimals);
    putString(o, QStringLiteral("comparison"), comparisonName(mt.comparison));
    if (!mt.history.isEmpty()) {
        QJsonObject history;
        for (auto it = mt.history.begin(); it != mt.history.end(); ++it)
            history.insert(QString::number(it.key()), it.value());
        o.insert(QStringLiteral("history"), history);
    }
    return o;
}

QJsonObject toJsonObject(const Document &doc)
{
    QJsonObject root;
    root.insert(QStringLiteral("formatVersion"), CurrentVersion);

    const ReportMetadata &m = doc.metadata;
    QJsonObject meta;
    meta.insert(QStringLiteral("unitName"), m.unitName);
    putString(meta, QStringLiteral("reportTitle"), m.reportTitle);
    meta.insert(QStringLiteral("year"), m.year);
    putDate(meta, QStringLiteral("periodStart"), m.periodStart);
    putDate(meta, QStringLiteral("periodEnd"), m.periodEnd);
    putString(meta, QStringLiteral("scope"), m.scope);
    meta.insert(QStringLiteral("standards"), QJsonArray::fromStringList(m.standards));
    if (m.pageBudget > 0)
        meta.insert(QStringLiteral("pageBudget"), m.pageBudget);
    putString(meta, QStringLiteral("category"), m.category);
    putString(meta, QStringLiteral("templateId"), m.templateId);
    putString(meta, QStringLiteral("style"), m.style);
    if (!m.numbering.isEmpty()) {
        QJsonArray numbering;
        for (NumberingStyle style : m.numbering)
            numbering.append(numberingStyleName(style));
        meta.insert(QStringLiteral("numbering"), numbering);
    }
    if (m.yearColumns != ReportMetadata::DefaultYearColumns)
        meta.insert(QStringLiteral("yearColumns"), m.yearColumns);
    if (m.language != DefaultReportLanguage)
        meta.insert(QStringLiteral("language"), m.language);
    if (m.tocDepth != ReportMetadata::DefaultTocDepth)
        meta.insert(QStringLiteral("tocDepth"), m.tocDepth);
    root.insert(QStringLiteral("metadata"), meta);

    const Signatory &s = doc.signatory;
    QJsonObject sig;
    putString(sig, QStringLiteral("name"), s.name);
    putString(sig, QStringLiteral("title"), s.title);
    putDate(sig, QStringLiteral("date"), s.date);
    if (!s.sealImage.isEmpty()) {
        sig.insert(
            QStringLiteral("seal"),
            QJsonObject{{QStringLiteral("mimeType"), s.sealMimeType},
                        {QStringLiteral("data"), QString::fromLatin1(s.sealImage.toBase64())}});
    }
    root.insert(QStringLiteral("signatory"), sig);

    QJsonArray metrics;
    for (const Metric &mt : doc.metrics)
        metrics.append(metricToJson(mt));
    root.insert(QStringLiteral("metrics"), metrics);

    QJsonArray chapters;
    for (const Chapter &c : doc.chapters)
        chapters.append(chapterToJson(c));
    root.insert(QStringLiteral("chapters"), chapters);

    // Only when in use, so a report nobody reviews stays as it was.
    if (!ReviewFormat::isDefault(doc.review))
        root.insert(QStringLiteral("review"), ReviewFormat::toJson(doc.review));
    if (!doc.evidence.isEmpty())
        root.insert(QStringLiteral("evidence"), ReviewFormat::toJson(doc.evidence));
    if (!doc.importReview.isEmpty())
        root.insert(QStringLiteral("importReview"), ImportReviewFormat::toJson(doc.importReview));

    // Only when there is one, so a report nobody has saved in the editor stays as it was.
    if (!doc.changeLog.isEmpty()) {
        QJsonArray log;
        for (const ChangeRecord &c : doc.changeLog) {
            QJsonObject o;
            o.insert(QStringLiteral("when"), c.when.toUTC().toString(Qt::ISODate));
            putString(o, QStringLiteral("who"), c.who);
            o.insert(QStringLiteral("metricId"), c.metricId);
            o.insert(QStringLiteral("field"), c.field);
            putString(o, QStringLiteral("before"), c.before);
            putString(o, QStringLiteral("after"), c.after);
            putString(o, QStringLiteral("source"), c.source);
            log.append(o);
        }
        root.insert(QStringLiteral("changeLog"), log);
    }
    return root;
}

QByteArray toJson(const Document &doc)
{
    return QJsonDocument(toJsonObject(doc)).toJson(QJsonDocument::Indented);
}

ReadResult fromJson(const QByteArray &bytes)
{
    ReadResult result;
    auto failWith = [&](ReadErrorKind kind, const QString &message) {
        result.error.kind = kind;
        result.error.message = message;
        return result;
    };

    if (bytes.size() > MaxFileSize)
        return failWith(ReadErrorKind::TooLarge,
                        Tr::tr("The file is %1 MiB, larger than any report (at most %2 MiB): it "
                               "is probably not a report.")
                            .arg(bytes.size() / (1024 * 1024))
                            .arg(MaxFileSize / (1024 * 1024)));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asText = utf8.decode(bytes); // decoding is the check; the text is not needed
    Q_UNUSED(asText);
    if (utf8.hasError() || bytes.contains('\0'))
        return failWith(ReadErrorKind::NotJson,
                        Tr::tr("The file is not UTF-8 text, the character encoding CSR reports "
                               "are saved in: it holds bytes that are no text in that encoding, "
                               "as a picture, a Word or Excel file, or text saved as GBK would. "
                               "It is not a CSR report (.csreport) file."));

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset lies just past the character it stumbled on; point at that character.
        const auto [line, column] = lineAndColumn(bytes, std::max(0, parseError.offset - 1));
        result.error.line = line;
        result.error.column = column;
        return failWith(ReadErrorKind::SyntaxError,
                        Tr::tr("The file is damaged or not a report: JSON syntax error at line %1, "
                               "column %2: %3.")
                            .arg(line)
                            .arg(column)
                            .arg(parseError.errorString()));
    }
    if (!json.isObject() || !json.object().contains(QStringLiteral("formatVersion")))
        return failWith(ReadErrorKind::NotAReport,
                        Tr::tr("The file is JSON but not a CSR report: it has no "
                               "\"formatVersion\"."));
    result.root = json.object();
    const QJsonValue version = result.root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1)
        return failWith(ReadErrorKind::UnsupportedVersion,
                        Tr::tr("The file's formatVersion is not a valid version number."));
    // Compared as a double: toInt() turns a version beyond int's range into 0, which would
    // let a far newer file through and have `format` rewrite it as version 1.
    if (version.toDouble() > CurrentVersion)
        return failWith(ReadErrorKind::UnsupportedVersion,
                        Tr::tr("The file was written by a newer version of CSR Report Studio "
                               "(format version %1; this version reads up to %2). Update the "
                               "program to open it.")
                            .arg(version.toDouble(), 0, 'f', 0)
                            .arg(CurrentVersion));

    JsonReader r;
    Reader reader{r, {}, {}};
    Document &doc = result.document;
    {
        const QJsonObject meta = r.object(result.root, QStringLiteral("metadata"), true);
        auto s = r.field(QStringLiteral("metadata"));
        reader.metadata(meta, doc.metadata);
    }
    {
        const QJsonObject sig = r.object(result.root, QStringLiteral("signatory"));
        auto s = r.field(QStringLiteral("signatory"));
        reader.signatory(sig, doc.signatory);
    }
    {
        const QJsonArray metrics = r.array(result.root, QStringLiteral("metrics"));
        auto s = r.field(QStringLiteral("metrics"));
        for (qsizetype i = 0; i < metrics.size() && !r.failed(); ++i) {
            auto si = r.index(i);
            doc.metrics.append(reader.metric(r.asObject(metrics.at(i))));
        }
    }
    {
        const QJsonArray chapters = r.array(result.root, QStringLiteral("chapters"), true);
        auto s = r.field(QStringLiteral("chapters"));
        for (qsizetype i = 0; i < chapters.size() && !r.failed(); ++i) {
            auto si = r.index(i);
            doc.chapters.append(reader.chapter(r.asObject(chapters.at(i))));
        }
    }
    {
        const QJsonArray log = r.array(result.root, QStringLiteral("changeLog"));
        auto s = r.field(QStringLiteral("changeLog"));
        for (qsizetype i = 0; i < log.size() && !r.failed(); ++i) {
            auto si = r.index(i);
            const QJsonObject o = r.asObject(log.at(i));
            ChangeRecord c;
            c.when = r.dateTime(o, QStringLiteral("when"), true);
            c.who = r.string(o, QStringLiteral("who"));
            c.metricId = r.string(o, QStringLiteral("metricId"), true);
            c.field = r.string(o, QStringLiteral("field"), true);
            c.before = r.string(o, QStringLiteral("before"));
            c.after = r.string(o, QStringLiteral("after"));
            c.source = r.string(o, QStringLiteral("source"));
            doc.changeLog.append(c);
        }
    }
    {
        const QJsonObject review = r.object(result.root, QStringLiteral("review"));
        auto s = r.field(QStringLiteral("review"));
        ReviewFormat::read(r, review, doc.review);
    }
    {
        const QJsonArray evidence = r.array(result.root, QStringLiteral("evidence"));
        auto s = r.field(QStringLiteral("evidence"));
        ReviewFormat::read(r, evidence, reader.metricIds, doc.evidence);
    }
    {
        const QJsonArray review = r.array(result.root, QStringLiteral("importReview"));
        auto s = r.field(QStringLiteral("importReview"));
        ImportReviewFormat::read(r, review, doc.importReview);
    }
    if (r.failed()) {
        result.error = r.error();
        result.document = Document{};
    }
    return result;
}

} // namespace csr::DocumentFormat
