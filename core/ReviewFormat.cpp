#include "ReviewFormat.h"

#include "JsonWrite.h"

#include <QCoreApplication>
#include <cmath>

namespace csr::ReviewFormat {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::DocumentFormat)
};

using json::putString;
using json::putTime;

QJsonObject anchorToJson(const CommentAnchor &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), anchorKindName(a.kind));
    putString(o, QStringLiteral("chapterId"), a.chapterId);
    putString(o, QStringLiteral("blockId"), a.blockId);
    putString(o, QStringLiteral("metricId"), a.metricId);
    if (a.kind == AnchorKind::TextRange || a.kind == AnchorKind::TimelineEntry ||
        a.kind == AnchorKind::ListItem)
        o.insert(QStringLiteral("position"), a.position);
    putString(o, QStringLiteral("quote"), a.quote);
    return o;
}

ChapterStatus readStatus(JsonReader &r, const QJsonObject &o)
{
    const QString name = r.string(o, QStringLiteral("status"), true);
    if (r.failed())
        return ChapterStatus::Draft;
    if (auto s = chapterStatusFromName(name))
        return *s;
    auto f = r.field(QStringLiteral("status"));
    r.fail(ReadErrorKind::InvalidValue,
           Tr::tr("unknown status \"%1\" (expected draft, submitted, needsChanges or approved).")
               .arg(name));
    return ChapterStatus::Draft;
}

double readTolerance(JsonReader &r, const QJsonObject &o, const QString &key, double fallback)
{
    const auto v = r.number(o, key);
    if (!v)
        return fallback;
    if (!std::isfinite(*v) || *v < 0) {
        auto f = r.field(key);
        r.fail(ReadErrorKind::InvalidValue,
               Tr::tr("a tolerance is a number of per cent or points, 0 or more."));
        return fallback;
    }
    return *v;
}

} // namespace

bool isDefault(const ReviewRecord &review)
{
    return review == ReviewRecord{};
}

QJsonObject toJson(const ReviewRecord &review)
{
    QJsonObject o;
    if (!review.reviewers.isEmpty())
        o.insert(QStringLiteral("reviewers"), QJsonArray::fromStringList(review.reviewers));
    putString(o, QStringLiteral("owner"), review.owner);
    o.insert(QStringLiteral("tolerancePercent"), review.tolerancePercent);
    o.insert(QStringLiteral("tolerancePoints"), review.tolerancePoints);
    QJsonObject metricTolerances, tableTolerances, explanations;
    for (auto it = review.metricTolerances.cbegin(); it != review.metricTolerances.cend(); ++it)
        metricTolerances.insert(it.key(), it.value());
    for (auto it = review.tableTolerances.cbegin(); it != review.tableTolerances.cend(); ++it)
        tableTolerances.insert(it.key(), it.value());
    for (auto it = review.explanations.cbegin(); it != review.explanations.cend(); ++it) {
        QJsonObject eo;
        eo.insert(QStringLiteral("text"), it->text);
        putString(eo, QStringLiteral("who"), it->who);
        putTime(eo, QStringLiteral("when"), it->when);
        explanations.insert(it.key(), eo);
    }
    if (!metricTolerances.isEmpty())
        o.insert(QStringLiteral("metricTolerances"), metricTolerances);
    if (!tableTolerances.isEmpty())
        o.insert(QStringLiteral("tableTolerances"), tableTolerances);
    if (!explanations.isEmpty())
        o.insert(QStringLiteral("explanations"), explanations);
    QJsonArray history;
    for (const ReviewStep &s : review.history) {
        QJsonObject so;
        so.insert(QStringLiteral("chapterId"), s.chapterId);
        so.insert(QStringLiteral("status"), chapterStatusName(s.status));
        putString(so, QStringLiteral("who"), s.who);
        putTime(so, QStringLiteral("when"), s.when);
        putString(so, QStringLiteral("reason"), s.reason);
        putString(so, QStringLiteral("fingerprint"), s.fingerprint);
        if (!s.blockFingerprints.isEmpty()) {
            QJsonObject blocks;
            for (auto it = s.blockFingerprints.cbegin(); it != s.blockFingerprints.cend(); ++it)
                blocks.insert(it.key(), it.value());
            so.insert(QStringLiteral("blockFingerprints"), blocks);
        }
        history.append(so);
    }
    if (!history.isEmpty())
        o.insert(QStringLiteral("history"), history);
    QJsonArray threads;
    for (const CommentThread &t : review.threads) {
        QJsonObject to;
        to.insert(QStringLiteral("id"), t.id);
        to.insert(QStringLiteral("anchor"), anchorToJson(t.anchor));
        if (t.resolved)
            to.insert(QStringLiteral("resolved"), true);
        putString(to, QStringLiteral("resolvedBy"), t.resolvedBy);
        putTime(to, QStringLiteral("resolvedAt"), t.resolvedAt);
        QJsonArray comments;
        for (const Comment &c : t.comments) {
            QJsonObject co;
            putString(co, QStringLiteral("author"), c.author);
            putTime(co, QStringLiteral("when"), c.when);
            co.insert(QStringLiteral("text"), c.text);
            comments.append(co);
        }
        to.insert(QStringLiteral("comments"), comments);
        threads.append(to);
    }
    if (!threads.isEmpty())
        o.insert(QStringLiteral("threads"), threads);
    QJsonArray overrides;
    for (const SignOffOverride &v : review.overrides) {
        QJsonObject vo;
        putString(vo, QStringLiteral("who"), v.who);
        putTime(vo, QStringLiteral("when"), v.when);
        vo.insert(QStringLiteral("reason"), v.reason);
        vo.insert(QStringLiteral("blockers"), QJsonArray::fromStringList(v.blockers));
        overrides.append(vo);
    }
    if (!overrides.isEmpty())
        o.insert(QStringLiteral("overrides"), overrides);
    return o;
}

QJsonArray toJson(const QList<Evidence> &evidence)
{
    QJsonArray a;
    for (const Evidence &e : evidence) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("metricId"), e.metricId);
        o.insert(QStringLiteral("name"), e.fileName);
        putString(o, QStringLiteral("mimeType"), e.mimeType);
        o.insert(QStringLiteral("size"), double(e.data.size()));
        o.insert(QStringLiteral("sha256"), e.sha256);
        putString(o, QStringLiteral("addedBy"), e.addedBy);
        putTime(o, QStringLiteral("addedAt"), e.addedAt);
        o.insert(QStringLiteral("data"), QString::fromLatin1(e.data.toBase64()));
        a.append(o);
    }
    return a;
}

void read(JsonReader &r, const QJsonObject &o, ReviewRecord &review)
{
    review.reviewers = r.stringList(o, QStringLiteral("reviewers"));
    review.owner = r.string(o, QStringLiteral("owner"));
    review.tolerancePercent =
        readTolerance(r, o, QStringLiteral("tolerancePercent"), review.tolerancePercent);
    review.tolerancePoints =
        readTolerance(r, o, QStringLiteral("tolerancePoints"), review.tolerancePoints);
    for (const QString &key :
         {QStringLiteral("metricTolerances"), QStringLiteral("tableTolerances")}) {
        const QJsonObject map = r.object(o, key);
        auto s = r.field(key);
        auto &into =
            key.startsWith(QLatin1Char('m')) ? review.metricTolerances : review.tableTolerances;
        for (auto it = map.constBegin(); it != map.constEnd() && !r.failed(); ++it)
            into.insert(it.key(), readTolerance(r, map, it.key(), 0));
    }
    {
        const QJsonObject map = r.object(o, QStringLiteral("explanations"));
        auto s = r.field(QStringLiteral("explanations"));
        for (auto it = map.constBegin(); it != map.constEnd() && !r.failed(); ++it) {
            const QJsonObject eo = r.object(map, it.key(), true);
            auto f = r.field(it.key());
            FigureExplanation e;
            e.text = r.string(eo, QStringLiteral("text"), true);
            e.who = r.string(eo, QStringLiteral("who"));
            e.when = r.dateTime(eo, QStringLiteral("when"));
            review.explanations.insert(it.key(), e);
        }
    }
    {
        const QJsonArray a = r.array(o, QStringLiteral("history"));
        auto s = r.field(QStringLiteral("history"));
        for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
            auto si = r.index(i);
            const QJsonObject so = r.asObject(a.at(i));
            ReviewStep step;
            step.chapterId = r.string(so, QStringLiteral("chapterId"), true);
            step.status = readStatus(r, so);
            step.who = r.string(so, QStringLiteral("who"));
            step.when = r.dateTime(so, QStringLiteral("when"));
            step.reason = r.string(so, QStringLiteral("reason"));
            step.fingerprint = r.string(so, QStringLiteral("fingerprint"));
            const QJsonObject blocks = r.object(so, QStringLiteral("blockFingerprints"));
            auto bs = r.field(QStringLiteral("blockFingerprints"));
            for (const QString &blockId : blocks.keys())
                step.blockFingerprints.insert(blockId, r.string(blocks, blockId));
            review.history.append(step);
        }
    }
    {
        const QJsonArray a = r.array(o, QStringLiteral("threads"));
        auto s = r.field(QStringLiteral("threads"));
        QSet<QString> ids;
        for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
            auto si = r.index(i);
            const QJsonObject to = r.asObject(a.at(i));
            CommentThread t;
            t.id = r.string(to, QStringLiteral("id"), true);
            if (!r.failed() && ids.contains(t.id)) {
                auto f = r.field(QStringLiteral("id"));
                r.fail(ReadErrorKind::DuplicateId,
                       Tr::tr("the comment thread id \"%1\" is used twice.").arg(t.id));
            }
            ids.insert(t.id);
            const QJsonObject ao = r.object(to, QStringLiteral("anchor"), true);
            {
                auto f = r.field(QStringLiteral("anchor"));
                const QString kind = r.string(ao, QStringLiteral("kind"), true);
                if (auto k = anchorKindFromName(kind); k || r.failed()) {
                    t.anchor.kind = k.value_or(AnchorKind::Chapter);
                } else {
                    auto fk = r.field(QStringLiteral("kind"));
                    r.fail(ReadErrorKind::InvalidValue,
                           Tr::tr("unknown comment place \"%1\" (expected chapter, block, "
                                  "textRange, metric, timelineEntry or listItem).")
                               .arg(kind));
                }
                t.anchor.chapterId = r.string(ao, QStringLiteral("chapterId"));
                t.anchor.blockId = r.string(ao, QStringLiteral("blockId"));
                t.anchor.metricId = r.string(ao, QStringLiteral("metricId"));
                t.anchor.position = r.integer(ao, QStringLiteral("position"), 0);
                t.anchor.quote = r.string(ao, QStringLiteral("quote"));
            }
            t.resolved = r.boolean(to, QStringLiteral("resolved"), false);
            t.resolvedBy = r.string(to, QStringLiteral("resolvedBy"));
            t.resolvedAt = r.dateTime(to, QStringLiteral("resolvedAt"));
            const QJsonArray comments = r.array(to, QStringLiteral("comments"), true);
            auto fc = r.field(QStringLiteral("comments"));
            for (qsizetype j = 0; j < comments.size() && !r.failed(); ++j) {
                auto sj = r.index(j);
                const QJsonObject co = r.asObject(comments.at(j));
                Comment c;
                c.author = r.string(co, QStringLiteral("author"));
                c.when = r.dateTime(co, QStringLiteral("when"));
                c.text = r.string(co, QStringLiteral("text"), true);
                t.comments.append(c);
            }
            review.threads.append(t);
        }
    }
    const QJsonArray a = r.array(o, QStringLiteral("overrides"));
    auto s = r.field(QStringLiteral("overrides"));
    for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
        auto si = r.index(i);
        const QJsonObject vo = r.asObject(a.at(i));
        SignOffOverride v;
        v.who = r.string(vo, QStringLiteral("who"));
        v.when = r.dateTime(vo, QStringLiteral("when"));
        v.reason = r.string(vo, QStringLiteral("reason"), true);
        v.blockers = r.stringList(vo, QStringLiteral("blockers"));
        review.overrides.append(v);
    }
}

void read(JsonReader &r, const QJsonArray &a, const QSet<QString> &metricIds,
          QList<Evidence> &evidence)
{
    QSet<QString> ids;
    qint64 total = 0;
    for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
        auto si = r.index(i);
        const QJsonObject o = r.asObject(a.at(i));
        Evidence e;
        e.id = r.string(o, QStringLiteral("id"), true);
        e.metricId = r.string(o, QStringLiteral("metricId"), true);
        e.fileName = r.string(o, QStringLiteral("name"), true);
        e.mimeType = r.string(o, QStringLiteral("mimeType"));
        e.sha256 = r.string(o, QStringLiteral("sha256"), true).toLower();
        e.addedBy = r.string(o, QStringLiteral("addedBy"));
        e.addedAt = r.dateTime(o, QStringLiteral("addedAt"));
        const QString data = r.string(o, QStringLiteral("data"), true);
        if (r.failed())
            return;
        if (ids.contains(e.id)) {
            auto f = r.field(QStringLiteral("id"));
            r.fail(ReadErrorKind::DuplicateId,
                   Tr::tr("the evidence id \"%1\" is used twice.").arg(e.id));
            return;
        }
        ids.insert(e.id);
        if (!metricIds.contains(e.metricId)) {
            auto f = r.field(QStringLiteral("metricId"));
            r.fail(ReadErrorKind::UnknownReference,
                   Tr::tr("the evidence file \"%1\" belongs to the metric \"%2\", which the "
                          "document does not define.")
                       .arg(e.fileName, e.metricId));
            return;
        }
        // Checked before decoding: base64 of more than the limit is refused unread.
        if (data.size() / 4 * 3 > EvidenceLimits::MaxFileBytes + 3) {
            auto f = r.field(QStringLiteral("data"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the evidence file \"%1\" is larger than the %2 an evidence file may "
                          "be.")
                       .arg(e.fileName, formatByteSize(EvidenceLimits::MaxFileBytes)));
            return;
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            auto f = r.field(QStringLiteral("data"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the evidence file \"%1\" is damaged (not base64).").arg(e.fileName));
            return;
        }
        e.data = decoded.decoded;
        total += e.data.size();
        if (e.data.size() > EvidenceLimits::MaxFileBytes || total > EvidenceLimits::MaxTotalBytes) {
            auto f = r.field(QStringLiteral("data"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the evidence files are larger than the %1 a report keeps in all.")
                       .arg(formatByteSize(EvidenceLimits::MaxTotalBytes)));
            return;
        }
        if (sha256Hex(e.data) != e.sha256) {
            auto f = r.field(QStringLiteral("sha256"));
            r.fail(ReadErrorKind::InvalidValue,
                   Tr::tr("the evidence file \"%1\" does not match its SHA-256: it was changed "
                          "or damaged after it was attached.")
                       .arg(e.fileName));
            return;
        }
        evidence.append(e);
    }
}

} // namespace csr::ReviewFormat
