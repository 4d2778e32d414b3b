#include "TeamReviewStore.h"

#include "TeamStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>

namespace csr::team::TeamReviewStore {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::team::TeamReviewStore)
};

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// A text field of a file record for the server: never NULL (the columns are NOT NULL).
QString text(const QJsonObject &o, const char *key)
{
    const QString s = o.value(QLatin1String(key)).toString();
    return s.isNull() ? QStringLiteral("") : s;
}

void putText(QJsonObject &o, const QString &key, const QVariant &value)
{
    if (!value.isNull() && !value.toString().isEmpty())
        o.insert(key, value.toString());
}

// A time from a file (ISO 8601) for the server; null when the file has none.
QVariant fileTime(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QString utcText(const QString &column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
        .arg(column);
}

QString read(QSqlQuery &q, qint64 report, ReviewRows &out, bool withEvidence)
{
    ReviewRows rows;
    if (!exec(q,
              QStringLiteral("SELECT id, doc_id, jsonb_build_array(anchor)::text, created_by, "
                             "resolved, resolved_by, %1, version FROM csr_comment_threads WHERE "
                             "report_id = ? ORDER BY id")
                  .arg(utcText(QStringLiteral("resolved_at"))),
              {report}))
        return TeamStore::errorText(q);
    while (q.next()) {
        QJsonObject t;
        t.insert(QStringLiteral("id"), q.value(1).toString());
        t.insert(QStringLiteral("anchor"), TeamStore::jsonColumn(q.value(2)));
        if (q.value(4).toBool())
            t.insert(QStringLiteral("resolved"), true);
        putText(t, QStringLiteral("resolvedBy"), q.value(5));
        putText(t, QStringLiteral("resolvedAt"), q.value(6));
        putText(t, QStringLiteral("createdBy"), q.value(3));
        rows.threads.append(
            {q.value(0).toLongLong(), 0, 0, q.value(1).toString(), t, q.value(7).toInt()});
    }
    if (!exec(q,
              QStringLiteral("SELECT id, thread_id, author, %1, text, version FROM csr_comments "
                             "WHERE report_id = ? ORDER BY id")
                  .arg(utcText(QStringLiteral("at"))),
              {report}))
        return TeamStore::errorText(q);
    while (q.next()) {
        QJsonObject c;
        putText(c, QStringLiteral("author"), q.value(2));
        putText(c, QStringLiteral("when"), q.value(3));
        c.insert(QStringLiteral("text"), q.value(4).toString());
        rows.comments.append({q.value(0).toLongLong(), q.value(1).toLongLong(), 0, QString(), c,
                              q.value(5).toInt()});
    }
    if (!exec(q,
              QStringLiteral("SELECT s.id, s.chapter_id, c.doc_id, s.status, s.who, %1, s.reason, "
                             "s.fingerprint FROM csr_review_steps s JOIN csr_chapters c ON c.id = "
                             "s.chapter_id WHERE s.report_id = ? ORDER BY s.id")
                  .arg(utcText(QStringLiteral("s.at"))),
              {report}))
        return TeamStore::errorText(q);
    while (q.next()) {
        QJsonObject s;
        s.insert(QStringLiteral("chapterId"), q.value(2).toString());
        s.insert(QStringLiteral("status"), q.value(3).toString());
        putText(s, QStringLiteral("who"), q.value(4));
        putText(s, QStringLiteral("when"), q.value(5));
        putText(s, QStringLiteral("reason"), q.value(6));
        putText(s, QStringLiteral("fingerprint"), q.value(7));
        rows.steps.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), 0, q.value(2).toString(), s, 1});
    }
    if (!exec(q,
              QStringLiteral("SELECT e.metric_id, m.doc_id, e.text, e.who, %1, e.version FROM "
                             "csr_explanations e JOIN csr_metrics m ON m.id = e.metric_id WHERE "
                             "e.report_id = ? ORDER BY m.doc_id")
                  .arg(utcText(QStringLiteral("e.at"))),
              {report}))
        return TeamStore::errorText(q);
    while (q.next()) {
        QJsonObject e;
        e.insert(QStringLiteral("text"), q.value(2).toString());
        putText(e, QStringLiteral("who"), q.value(3));
        putText(e, QStringLiteral("when"), q.value(4));
        rows.explanations.append({q.value(0).toLongLong(), q.value(0).toLongLong(), 0,
                                  q.value(1).toString(), e, q.value(5).toInt()});
    }
    if (withEvidence) {
        if (!exec(q,
                  QStringLiteral("SELECT v.id, v.doc_id, m.doc_id, v.name, v.mime_type, v.data, "
                                 "v.sha256, v.added_by, %1 FROM csr_evidence v JOIN csr_metrics m "
                                 "ON m.id = v.metric_id WHERE v.report_id = ? ORDER BY v.id")
                      .arg(utcText(QStringLiteral("v.added_at"))),
                  {report}))
            return TeamStore::errorText(q);
        qint64 total = 0;
        while (q.next()) {
            Evidence e;
            e.id = q.value(1).toString();
            e.metricId = q.value(2).toString();
            e.fileName = q.value(3).toString();
            e.mimeType = q.value(4).toString();
            e.data = q.value(5).toByteArray();
            e.sha256 = q.value(6).toString();
            e.addedBy = q.value(7).toString();
            e.addedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
            total += e.data.size();
            // The server checks both too; a client does not take damaged proof on trust.
            if (e.data.size() > EvidenceLimits::MaxFileBytes ||
                total > EvidenceLimits::MaxTotalBytes || sha256Hex(e.data) != e.sha256)
                return Tr::tr("The evidence file \"%1\" on the server is damaged or too large.")
                    .arg(e.fileName);
            rows.evidence.append(e);
            rows.evidenceRows.append(q.value(0).toLongLong());
        }
    } else {
        rows.evidence = out.evidence;
        rows.evidenceRows = out.evidenceRows;
    }
    out = std::move(rows);
    return {};
}

QString publish(QSqlQuery &q, qint64 report, const ReviewRows &rows,
                const QHash<QString, qint64> &chapters, const QHash<QString, qint64> &metrics)
{
    // A thread's opener is the author of its first comment.
    QHash<qint64, QString> firstAuthor;
    for (const Row &c : rows.comments)
        if (!firstAuthor.contains(c.parent))
            firstAuthor.insert(c.parent, text(c.data.toObject(), "author"));
    QList<qint64> threadIds;
    for (const Row &t : rows.threads) {
        const QJsonObject o = t.data.toObject();
        if (!exec(q,
                  QStringLiteral("INSERT INTO csr_comment_threads (report_id, doc_id, anchor, "
                                 "created_by, resolved, resolved_by, resolved_at) VALUES (?, ?, "
                                 "CAST(? AS jsonb), ?, ?, ?, CAST(? AS timestamptz)) RETURNING id"),
                  {report, t.docId, TeamStore::jsonText(o.value(QStringLiteral("anchor"))),
                   firstAuthor.value(threadIds.size() + 1, QStringLiteral("")),
                   o.value(QStringLiteral("resolved")).toBool(), text(o, "resolvedBy"),
                   fileTime(o.value(QStringLiteral("resolvedAt")))}) ||
            !q.next())
            return TeamStore::errorText(q);
        threadIds.append(q.value(0).toLongLong());
    }
    for (const Row &c : rows.comments) {
        const QJsonObject o = c.data.toObject();
        if (!exec(q,
                  QStringLiteral("INSERT INTO csr_comments (report_id, thread_id, author, at, "
                                 "text) VALUES (?, ?, ?, CAST(? AS timestamptz), ?)"),
                  {report, threadIds.value(c.parent - 1), text(o, "author"),
                   fileTime(o.value(QStringLiteral("when"))), text(o, "text")}))
            return TeamStore::errorText(q);
    }
    for (const Row &s : rows.steps) {
        const QJsonObject o = s.data.toObject();
        if (!chapters.contains(s.docId))
            continue; // a step of a chapter the report no longer has: nothing to record it on
        if (!exec(q,
                  QStringLiteral("INSERT INTO csr_review_steps (report_id, chapter_id, status, "
                                 "who, at, reason, fingerprint) VALUES (?, ?, ?, ?, CAST(? AS "
                                 "timestamptz), ?, ?)"),
                  {report, chapters.value(s.docId), text(o, "status"), text(o, "who"),
                   fileTime(o.value(QStringLiteral("when"))), text(o, "reason"),
                   text(o, "fingerprint")}))
            return TeamStore::errorText(q);
    }
    for (const Row &e : rows.explanations) {
        const QJsonObject o = e.data.toObject();
        if (!metrics.contains(e.docId))
            continue;
        if (!exec(q,
                  QStringLiteral("INSERT INTO csr_explanations (metric_id, report_id, text, who, "
                                 "at) VALUES (?, ?, ?, ?, CAST(? AS timestamptz))"),
                  {metrics.value(e.docId), report, text(o, "text"), text(o, "who"),
                   fileTime(o.value(QStringLiteral("when")))}))
            return TeamStore::errorText(q);
    }
    for (const Evidence &e : rows.evidence)
        if (!exec(q,
                  QStringLiteral("INSERT INTO csr_evidence (report_id, doc_id, metric_id, name, "
                                 "mime_type, data, sha256, added_by, added_at) VALUES (?, ?, ?, ?, "
                                 "?, ?, ?, ?, CAST(? AS timestamptz))"),
                  {report, e.id, metrics.value(e.metricId), e.fileName,
                   e.mimeType.isNull() ? QStringLiteral("") : e.mimeType, e.data, e.sha256,
                   e.addedBy.isNull() ? QStringLiteral("") : e.addedBy,
                   e.addedAt.isValid() ? QVariant(e.addedAt.toUTC().toString(Qt::ISODate))
                                       : QVariant(QMetaType(QMetaType::QString))}))
            return TeamStore::errorText(q);
    return {};
}

} // namespace csr::team::TeamReviewStore
