#include "TeamStore.h"

#include "TeamReviewStore.h"
#include "TeamSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace csr::team::TeamStore {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::team::TeamStore)
};

QString quotedIdentifier(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + n + QLatin1Char('"');
}

// Runs `work` in a transaction: committed when it returns no message, rolled back otherwise.
QString inTransaction(QSqlDatabase db, const std::function<QString(QSqlQuery &)> &work)
{
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery q(db);
    QString error = work(q);
    if (error.isEmpty() && !db.commit())
        error = db.lastError().text();
    if (!error.isEmpty())
        db.rollback();
    return error;
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

qint64 reportId(QSqlQuery &q, const QString &name, QString *error)
{
    if (!exec(q, QStringLiteral("SELECT id FROM csr_reports WHERE name = ?"), {name})) {
        *error = errorText(q);
        return 0;
    }
    if (!q.next()) {
        *error = Tr::tr("There is no team report \"%1\" on this server, or you may not read it.")
                     .arg(name);
        return 0;
    }
    return q.value(0).toLongLong();
}

QList<Row> readRows(QSqlQuery &q, const QString &sql, qint64 report, QString *error)
{
    QList<Row> rows;
    if (!exec(q, sql, {report})) {
        *error = errorText(q);
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                     q.value(3).toString(), jsonColumn(q.value(4)), q.value(5).toInt()});
    return rows;
}

} // namespace

QString errorText(const QSqlQuery &q)
{
    const QString db = q.lastError().databaseText().trimmed();
    return db.isEmpty() ? q.lastError().text() : db;
}

QJsonValue jsonColumn(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array().first();
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QList<ReportInfo> list(QSqlDatabase db, QString *error)
{
    QList<ReportInfo> out;
    if (const QString problem = TeamSchema::check(db); !problem.isEmpty()) {
        *error = problem;
        return out;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT name, data->'metadata'->>'reportTitle', data->'metadata'->>'year', "
            "coalesce(csr_role(id, current_user), '') FROM csr_reports ORDER BY name"))) {
        *error = errorText(q);
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                    q.value(3).toString()});
    return out;
}

QString publish(QSqlDatabase db, const Document &doc, const QString &name)
{
    if (const QString problem = TeamSchema::check(db); !problem.isEmpty())
        return problem;
    if (name.trimmed().isEmpty() || name.size() > 200 || name.contains(QLatin1Char('#')))
        return Tr::tr("\"%1\" cannot name a team report: give 1 to 200 characters without '#'.")
            .arg(name);
    const ReportRows rows = splitDocument(doc);
    return inTransaction(db, [&](QSqlQuery &q) -> QString {
        if (!exec(q, QStringLiteral("SELECT 1 FROM csr_reports WHERE name = ?"), {name}))
            return errorText(q);
        if (q.next())
            return Tr::tr("There is already a team report \"%1\" on this server; choose another "
                          "name with --as.")
                .arg(name);
        // The id is taken first: the new row is not readable (RETURNING) until the trigger
        // has made its publisher the owner.
        if (!q.exec(QStringLiteral("SELECT nextval('csr_reports_id_seq')")) || !q.next())
            return errorText(q);
        const qint64 report = q.value(0).toLongLong();
        if (!exec(q,
                  QStringLiteral("INSERT INTO csr_reports (id, name, data) VALUES (?, ?, "
                                 "CAST(? AS jsonb))"),
                  {report, name, jsonText(rows.report.data)}))
            return errorText(q);
        QList<qint64> chapterIds, blockIds;
        for (const Row &c : rows.chapters) {
            if (!exec(q,
                      QStringLiteral("INSERT INTO csr_chapters (report_id, parent_id, position, "
                                     "doc_id, data) VALUES (?, ?, ?, ?, CAST(? AS jsonb)) "
                                     "RETURNING id"),
                      {report, c.parent ? QVariant(chapterIds.at(c.parent - 1)) : QVariant(),
                       c.position, c.docId, jsonText(c.data)}) ||
                !q.next())
                return errorText(q);
            chapterIds.append(q.value(0).toLongLong());
        }
        for (const Row &b : rows.blocks) {
            if (!exec(
                    q,
                    QStringLiteral("INSERT INTO csr_blocks (report_id, chapter_id, position, "
                                   "doc_id, data) VALUES (?, ?, ?, ?, CAST(? AS jsonb)) "
                                   "RETURNING id"),
                    {report, chapterIds.at(b.parent - 1), b.position, b.docId, jsonText(b.data)}) ||
                !q.next())
                return errorText(q);
            blockIds.append(q.value(0).toLongLong());
        }
        for (RowKind kind : {RowKind::TimelineEntry, RowKind::ListItem})
            for (const Row &e : rows.rows(kind))
                if (!exec(q,
                          QStringLiteral("INSERT INTO %1 (report_id, block_id, position, data) "
                                         "VALUES (?, ?, ?, CAST(? AS jsonb))")
                              .arg(tableName(kind)),
                          {report, blockIds.at(e.parent - 1), e.position, jsonText(e.data)}))
                    return errorText(q);
        QHash<QString, qint64> chapterRows, metricRows;
        for (int i = 0; i < rows.chapters.size(); ++i)
            chapterRows.insert(rows.chapters.at(i).docId, chapterIds.at(i));
        for (const Row &m : rows.metrics) {
            if (!exec(q,
                      QStringLiteral("INSERT INTO csr_metrics (report_id, chapter_id, position, "
                                     "doc_id, data) VALUES (?, ?, ?, ?, CAST(? AS jsonb)) "
                                     "RETURNING id"),
                      {report, m.parent ? QVariant(chapterIds.at(m.parent - 1)) : QVariant(),
                       m.position, m.docId, jsonText(m.data)}) ||
                !q.next())
                return errorText(q);
            metricRows.insert(m.docId, q.value(0).toLongLong());
        }
        if (const QString error =
                TeamReviewStore::publish(q, report, rows.review, chapterRows, metricRows);
            !error.isEmpty())
            return error;
        if (!rows.changeLog.isEmpty() &&
            !exec(q, QStringLiteral("SELECT csr_import_history(?, CAST(? AS jsonb))"),
                  {report, jsonText(rows.changeLog)}))
            return errorText(q);
        return {};
    });
}

Loaded load(QSqlDatabase db, const QString &name)
{
    Loaded out;
    if (const QString problem = TeamSchema::check(db); !problem.isEmpty()) {
        out.error = problem;
        return out;
    }
    out.error = inTransaction(db, [&](QSqlQuery &q) -> QString {
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return errorText(q);
        QString error;
        ReportRows &rows = out.rows;
        rows.name = name;
        rows.reportId = reportId(q, name, &error);
        if (!rows.reportId)
            return error;
        const qint64 id = rows.reportId;
        if (!exec(q, QStringLiteral("SELECT coalesce(csr_role(?, current_user), '')"), {id}) ||
            !q.next())
            return errorText(q);
        rows.role = q.value(0).toString();
        const QList<Row> report = readRows(
            q,
            QStringLiteral("SELECT id, 0, 0, '', jsonb_build_array(data)::text, version FROM "
                           "csr_reports WHERE id = ?"),
            id, &error);
        if (report.size() != 1)
            return error;
        rows.report = report.first();
        const QString select =
            QStringLiteral("SELECT id, coalesce(%1, 0), position, %2, jsonb_build_array(data)::"
                           "text, version FROM %3 WHERE report_id = ? ORDER BY id");
        rows.chapters = readRows(q,
                                 select.arg(QStringLiteral("parent_id"), QStringLiteral("doc_id"),
                                            QStringLiteral("csr_chapters")),
                                 id, &error);
        rows.blocks = readRows(q,
                               select.arg(QStringLiteral("chapter_id"), QStringLiteral("doc_id"),
                                          QStringLiteral("csr_blocks")),
                               id, &error);
        rows.metrics = readRows(q,
                                select.arg(QStringLiteral("chapter_id"), QStringLiteral("doc_id"),
                                           QStringLiteral("csr_metrics")),
                                id, &error);
        rows.entries = readRows(q,
                                select.arg(QStringLiteral("block_id"), QStringLiteral("''"),
                                           QStringLiteral("csr_timeline_entries")),
                                id, &error);
        rows.items = readRows(q,
                              select.arg(QStringLiteral("block_id"), QStringLiteral("''"),
                                         QStringLiteral("csr_list_items")),
                              id, &error);
        if (!error.isEmpty())
            return error;
        if (!exec(q,
                  QStringLiteral("SELECT to_char(at AT TIME ZONE 'UTC', "
                                 "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), who, "
                                 "jsonb_build_array(data)::text FROM csr_change_log WHERE "
                                 "report_id = ? ORDER BY id"),
                  {id}))
            return errorText(q);
        while (q.next()) {
            QJsonObject record = jsonColumn(q.value(2)).toObject();
            record.insert(QStringLiteral("when"), q.value(0).toString());
            if (!q.value(1).toString().isEmpty())
                record.insert(QStringLiteral("who"), q.value(1).toString());
            rows.changeLog.append(record);
        }
        return TeamReviewStore::read(q, id, rows.review, true);
    });
    if (!out.ok())
        return out;
    const auto read = assembleDocument(out.rows);
    if (!read.ok()) {
        out.error = Tr::tr("The team report \"%1\" on the server cannot be read: %2")
                        .arg(name, read.error.message);
        return out;
    }
    out.document = read.document;
    return out;
}

QString grant(QSqlDatabase db, const QString &report, const QString &role, const QString &person,
              const QStringList &chapterKeys)
{
    if (const QString problem = TeamSchema::check(db); !problem.isEmpty())
        return problem;
    if (!Roles.contains(role))
        return Tr::tr("\"%1\" is no role; the roles are owner, editor, reviewer and reader.")
            .arg(role);
    if (!chapterKeys.isEmpty() && role != QLatin1String("editor"))
        return Tr::tr("Only an editor is given chapters (--chapter); an %1 may %2 all of them.")
            .arg(role, role == QLatin1String("owner") ? Tr::tr("edit") : Tr::tr("read"));
    return inTransaction(db, [&](QSqlQuery &q) -> QString {
        QString error;
        const qint64 id = reportId(q, report, &error);
        if (!id)
            return error;
        if (!exec(q,
                  QStringLiteral("SELECT pg_has_role(rolname, 'csr_member', 'MEMBER') FROM "
                                 "pg_roles WHERE rolname = ?"),
                  {person}))
            return errorText(q);
        if (!q.next())
            return Tr::tr("There is no login \"%1\" on the server; create it first (createuser "
                          "%1).")
                .arg(person);
        if (!q.value(0).toBool() &&
            !q.exec(QStringLiteral("GRANT csr_member TO %1").arg(quotedIdentifier(person))))
            return Tr::tr("%1 cannot be made a member of csr_member (ask the database "
                          "administrator): %2")
                .arg(person, errorText(q));
        if (!exec(q,
                  QStringLiteral("INSERT INTO csr_members (report_id, person, role) VALUES (?, "
                                 "?, ?) ON CONFLICT (report_id, person) DO UPDATE SET role = "
                                 "EXCLUDED.role"),
                  {id, person, role}))
            return errorText(q);
        for (const QString &key : chapterKeys) {
            if (!exec(q,
                      QStringLiteral(
                          "UPDATE csr_chapters SET data = jsonb_set(data, '{assignee}', "
                          "to_jsonb(CAST(? AS text))), version = version + 1 WHERE report_id = ? "
                          "AND (doc_id = ? OR data->>'key' = ?) RETURNING id"),
                      {person, id, key, key}))
                return errorText(q);
            if (!q.next())
                return Tr::tr("The report \"%1\" has no chapter \"%2\" (give a chapter's id or "
                              "guideline key).")
                    .arg(report, key);
            if (!exec(q,
                      QStringLiteral(
                          "WITH RECURSIVE sub AS (SELECT id FROM csr_chapters WHERE report_id = ? "
                          "AND (doc_id = ? OR data->>'key' = ?) UNION SELECT c.id FROM "
                          "csr_chapters c JOIN sub ON c.parent_id = sub.id) INSERT INTO "
                          "csr_assignments (report_id, chapter_id, person) SELECT ?, id, ? FROM "
                          "sub ON CONFLICT DO NOTHING"),
                      {id, key, key, id, person}))
                return errorText(q);
        }
        return {};
    });
}

} // namespace csr::team::TeamStore
