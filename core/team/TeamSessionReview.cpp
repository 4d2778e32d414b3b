// TeamSession's review operations (issue 11), apart from its row editing. Each is one short
// transaction; the server checks the person's role and the chapter's status again and stamps
// who and when (schema version 3), so what is checked here only lets a refusal say why.
#include "TeamSession.h"

#include "CommentAnchoring.h"
#include "ReviewWorkflow.h"
#include "TeamConnection.h"
#include "TeamReviewPolicy.h"
#include "TeamReviewStore.h"
#include "TeamStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace csr::team {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::team::TeamSession)
};

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// The statement just run changed a row, or the server's policies hid it from this person.
QString changedOne(QSqlQuery &q, const QString &person)
{
    if (q.numRowsAffected() > 0)
        return {};
    return Tr::tr("The server does not let %1 change this.").arg(person);
}

const Row *threadRow(const ReviewRows &review, const QString &threadId)
{
    for (const Row &t : review.threads)
        if (t.docId == threadId)
            return &t;
    return nullptr;
}

// The server's refusals (no right, a rule of the workflow or a limit) as opposed to failures.
bool isRefusal(const QSqlQuery &q)
{
    const QString code = q.lastError().nativeErrorCode();
    return code == QLatin1String("42501") || code == QLatin1String("23514") ||
           code == QLatin1String("40001");
}

} // namespace

EditOutcome TeamSession::reviewEdit(RowKind kind, qint64 chapterRow, bool evidence,
                                    const std::function<QString(QSqlQuery &)> &work)
{
    if (!online_)
        return EditOutcome::of(
            EditStatus::Failed, kind, 0,
            Tr::tr("Review steps, comments and evidence need the server, which is "
                   "away."));
    if (!db_.transaction())
        return EditOutcome::of(EditStatus::Failed, kind, 0, db_.lastError().text());
    QSqlQuery q(db_);
    QString error = work(q);
    // A refusal: the server's (no right, a rule of the workflow, a limit) or no row changed.
    const bool refused = !error.isEmpty() && (isRefusal(q) || !q.lastError().isValid());
    if (error.isEmpty() && !db_.commit())
        error = db_.lastError().text();
    if (!error.isEmpty()) {
        db_.rollback();
        if (TeamConnection::isLost(db_))
            goOffline();
        return EditOutcome::of(refused ? EditStatus::Refused : EditStatus::Failed, kind, 0, error);
    }
    EditOutcome o = EditOutcome::of(EditStatus::Saved, kind);
    QString problem = refreshReview(evidence);
    if (problem.isEmpty() && chapterRow)
        problem = rereadRow(RowKind::Chapter, chapterRow);
    if (!problem.isEmpty())
        return EditOutcome::of(EditStatus::Failed, kind, 0, problem);
    rebuild();
    return o;
}

QString TeamSession::refreshReview(bool evidence)
{
    // One snapshot: a reply is never read without its thread.
    if (!db_.transaction())
        return db_.lastError().text();
    QSqlQuery q(db_);
    QString error;
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        error = TeamStore::errorText(q);
    else
        error = TeamReviewStore::read(q, rows_.reportId, rows_.review, evidence);
    if (error.isEmpty() && !db_.commit())
        error = db_.lastError().text();
    if (!error.isEmpty())
        db_.rollback();
    return error;
}

QString TeamSession::rereadRow(RowKind kind, qint64 id)
{
    Row *row = rows_.find(kind, id);
    if (!row)
        return {};
    QSqlQuery q(db_);
    if (!run(q,
             QStringLiteral("SELECT jsonb_build_array(data)::text, version FROM %1 WHERE id = ?")
                 .arg(tableName(kind)),
             {id}))
        return TeamStore::errorText(q);
    if (q.next()) {
        row->data = TeamStore::jsonColumn(q.value(0));
        row->version = q.value(1).toInt();
    }
    return {};
}

// An edit of an approved chapter's content made it a draft again on the server (a trigger, in
// this person's name); the session reads the chapter and its new review step back.
void TeamSession::settleApproval(RowKind kind, const Row &row)
{
    qint64 chapter = 0;
    switch (kind) {
    case RowKind::Chapter:
        chapter = row.id;
        break;
    case RowKind::Block:
    case RowKind::Metric:
        chapter = row.parent;
        break;
    case RowKind::TimelineEntry:
    case RowKind::ListItem:
        if (const Row *block = rows_.find(RowKind::Block, row.parent))
            chapter = block->parent;
        break;
    case RowKind::Report:
        break;
    }
    const Row *c = chapter ? rows_.find(RowKind::Chapter, chapter) : nullptr;
    if (!c ||
        c->data.toObject().value(QStringLiteral("status")).toString() != QLatin1String("approved"))
        return;
    if (std::none_of(rows_.review.steps.cbegin(), rows_.review.steps.cend(),
                     [&](const Row &s) { return s.parent == chapter; }))
        return; // approved without a record: the server leaves it so (csr_reopen)
    if (rereadRow(RowKind::Chapter, chapter).isEmpty() && refreshReview(false).isEmpty())
        rebuild();
}

EditOutcome TeamSession::submitChapter(const QString &chapterId)
{
    Document copy = document_;
    const auto r =
        ReviewWorkflow::submit(copy, chapterId, person_, QDateTime::currentDateTimeUtc());
    const Row *chapter = rows_.findDoc(RowKind::Chapter, chapterId);
    if (!r.ok() || !chapter)
        return EditOutcome::of(EditStatus::Refused, RowKind::Chapter, 0, r.error);
    const qint64 row = chapter->id;
    return reviewEdit(RowKind::Chapter, row, false, [&](QSqlQuery &q) -> QString {
        if (!run(q,
                 QStringLiteral("INSERT INTO csr_review_steps (chapter_id, status) VALUES (?, "
                                "'submitted')"),
                 {row}))
            return TeamStore::errorText(q);
        return {};
    });
}

EditOutcome TeamSession::approveChapter(const QString &chapterId)
{
    Document copy = document_;
    const auto r = ReviewWorkflow::approve(copy, chapterId, TeamReviewPolicy(person_, role()),
                                           person_, QDateTime::currentDateTimeUtc());
    const Row *chapter = rows_.findDoc(RowKind::Chapter, chapterId);
    if (!r.ok() || !chapter)
        return EditOutcome::of(EditStatus::Refused, RowKind::Chapter, 0, r.error);
    const qint64 row = chapter->id;
    const QString fingerprint = copy.review.history.last().fingerprint;
    return reviewEdit(RowKind::Chapter, row, false, [&](QSqlQuery &q) -> QString {
        if (!run(q,
                 QStringLiteral("INSERT INTO csr_review_steps (chapter_id, status, fingerprint) "
                                "VALUES (?, 'approved', ?)"),
                 {row, fingerprint}))
            return TeamStore::errorText(q);
        return {};
    });
}

EditOutcome TeamSession::returnChapter(const QString &chapterId, const QString &reason)
{
    Document copy = document_;
    const auto r =
        ReviewWorkflow::returnForChanges(copy, chapterId, TeamReviewPolicy(person_, role()),
                                         person_, QDateTime::currentDateTimeUtc(), reason);
    const Row *chapter = rows_.findDoc(RowKind::Chapter, chapterId);
    if (!r.ok() || !chapter)
        return EditOutcome::of(EditStatus::Refused, RowKind::Chapter, 0, r.error);
    const qint64 row = chapter->id;
    return reviewEdit(RowKind::Chapter, row, false, [&](QSqlQuery &q) -> QString {
        if (!run(q,
                 QStringLiteral("INSERT INTO csr_review_steps (chapter_id, status, reason) "
                                "VALUES (?, 'needsChanges', ?)"),
                 {row, reason.trimmed()}))
            return TeamStore::errorText(q);
        return {};
    });
}

EditOutcome TeamSession::addThread(const CommentAnchor &anchor, const QString &text)
{
    if (text.trimmed().isEmpty())
        return EditOutcome::of(EditStatus::Refused, RowKind::Report, 0,
                               Tr::tr("A comment needs a text."));
    if (!document_.findChapter(anchor.chapterId))
        return EditOutcome::of(EditStatus::Gone, RowKind::Chapter, 0,
                               Tr::tr("There is no such chapter."));
    // The anchor in the file's form: the one description of a place.
    Document probe;
    probe.review.threads = {{QStringLiteral("t"), anchor, {{}}, false, {}, {}}};
    const QJsonValue json = [&] {
        QJsonObject root = DocumentFormat::toJsonObject(probe);
        return root.value(QStringLiteral("review"))
            .toObject()
            .value(QStringLiteral("threads"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("anchor"));
    }();
    QString id;
    EditOutcome o = reviewEdit(RowKind::Report, 0, false, [&](QSqlQuery &q) -> QString {
        if (!run(q,
                 QStringLiteral("INSERT INTO csr_comment_threads (report_id, doc_id, anchor) "
                                "VALUES (?, '', CAST(? AS jsonb)) RETURNING id, doc_id"),
                 {rows_.reportId, TeamStore::jsonText(json)}) ||
            !q.next())
            return TeamStore::errorText(q);
        const qint64 thread = q.value(0).toLongLong();
        id = q.value(1).toString();
        if (!run(q, QStringLiteral("INSERT INTO csr_comments (thread_id, text) VALUES (?, ?)"),
                 {thread, text.trimmed()}))
            return TeamStore::errorText(q);
        return {};
    });
    if (o.ok())
        o.docId = id;
    return o;
}

EditOutcome TeamSession::reply(const QString &threadId, const QString &text)
{
    const Row *thread = threadRow(rows_.review, threadId);
    if (!thread)
        return EditOutcome::of(EditStatus::Gone, RowKind::Report, 0,
                               Tr::tr("There is no such comment."));
    if (text.trimmed().isEmpty())
        return EditOutcome::of(EditStatus::Refused, RowKind::Report, 0,
                               Tr::tr("A comment needs a text."));
    const qint64 row = thread->id;
    return reviewEdit(RowKind::Report, 0, false, [&](QSqlQuery &q) -> QString {
        if (!run(q, QStringLiteral("INSERT INTO csr_comments (thread_id, text) VALUES (?, ?)"),
                 {row, text.trimmed()}))
            return TeamStore::errorText(q);
        return {};
    });
}

EditOutcome TeamSession::setResolved(const QString &threadId, bool resolved)
{
    const Row *thread = threadRow(rows_.review, threadId);
    if (!thread)
        return EditOutcome::of(EditStatus::Gone, RowKind::Report, 0,
                               Tr::tr("There is no such comment."));
    const qint64 row = thread->id;
    return reviewEdit(RowKind::Report, 0, false, [&](QSqlQuery &q) -> QString {
        if (!run(q,
                 QStringLiteral("UPDATE csr_comment_threads SET resolved = ?, version = version "
                                "+ 1 WHERE id = ?"),
                 {resolved, row}))
            return TeamStore::errorText(q);
        return changedOne(q, person_);
    });
}

EditOutcome TeamSession::editComment(const QString &threadId, int index, const QString &text)
{
    const Row *thread = threadRow(rows_.review, threadId);
    const Row *comment = thread ? rows_.review.commentsOf(thread->id).value(index) : nullptr;
    if (!comment)
        return EditOutcome::of(EditStatus::Gone, RowKind::Report, 0,
                               Tr::tr("There is no such comment."));
    if (comment->data.toObject().value(QStringLiteral("author")).toString() != person_)
        return EditOutcome::of(EditStatus::Refused, RowKind::Report, 0,
                               Tr::tr("Only its author may change a comment."));
    if (text.trimmed().isEmpty())
        return EditOutcome::of(EditStatus::Refused, RowKind::Report, 0,
                               Tr::tr("A comment needs a text."));
    const qint64 row = comment->id;
    return reviewEdit(RowKind::Report, 0, false, [&](QSqlQuery &q) -> QString {
        if (!run(q,
                 QStringLiteral("UPDATE csr_comments SET text = ?, version = version + 1 WHERE "
                                "id = ?"),
                 {text.trimmed(), row}))
            return TeamStore::errorText(q);
        return changedOne(q, person_);
    });
}

EditOutcome TeamSession::deleteComment(const QString &threadId, int index)
{
    const Row *threadAt = threadRow(rows_.review, threadId);
    const auto comments = threadAt ? rows_.review.commentsOf(threadAt->id) : QList<const Row *>();
    const Row *comment = comments.value(index);
    const qsizetype count = comments.size();
    if (!comment)
        return EditOutcome::of(EditStatus::Gone, RowKind::Report, 0,
                               Tr::tr("There is no such comment."));
    if (comment->data.toObject().value(QStringLiteral("author")).toString() != person_)
        return EditOutcome::of(EditStatus::Refused, RowKind::Report, 0,
                               Tr::tr("Only its author may delete a comment."));
    const qint64 row = comment->id;
    const qint64 thread = threadAt->id;
    // The last comment of a thread takes the thread with it.
    return reviewEdit(RowKind::Report, 0, false, [&](QSqlQuery &q) -> QString {
        if (!run(q, QStringLiteral("DELETE FROM csr_comments WHERE id = ?"), {row}))
            return TeamStore::errorText(q);
        if (QString refused = changedOne(q, person_); !refused.isEmpty() || count > 1)
            return refused;
        if (!run(q, QStringLiteral("DELETE FROM csr_comment_threads WHERE id = ?"), {thread}))
            return TeamStore::errorText(q);
        return {};
    });
}

EditOutcome TeamSession::explainFigure(const QString &metricId, const QString &text)
{
    const Row *metric = rows_.findDoc(RowKind::Metric, metricId);
    if (!metric)
        return EditOutcome::of(EditStatus::Gone, RowKind::Metric, 0,
                               Tr::tr("There is no such figure."));
    const qint64 row = metric->id;
    return reviewEdit(RowKind::Metric, 0, false, [&](QSqlQuery &q) -> QString {
        const bool ok =
            text.trimmed().isEmpty()
                ? run(q, QStringLiteral("DELETE FROM csr_explanations WHERE metric_id = ?"), {row})
                : run(q,
                      QStringLiteral("INSERT INTO csr_explanations (metric_id, text) VALUES (?, "
                                     "?) ON CONFLICT (metric_id) DO UPDATE SET text = "
                                     "EXCLUDED.text, version = csr_explanations.version + 1"),
                      {row, text.trimmed()});
        return ok ? changedOne(q, person_) : TeamStore::errorText(q);
    });
}

EditOutcome TeamSession::attachEvidence(const QString &metricId, const QString &fileName,
                                        const QByteArray &data, const QString &mimeType)
{
    const Row *metric = rows_.findDoc(RowKind::Metric, metricId);
    if (!metric)
        return EditOutcome::of(EditStatus::Gone, RowKind::Metric, 0,
                               Tr::tr("There is no such figure."));
    qint64 attached = 0;
    for (const Evidence &e : document_.evidence)
        attached += e.data.size();
    EvidenceResult made = EvidenceFactory::make(metricId, fileName, data, person_,
                                                QDateTime::currentDateTimeUtc(), attached);
    if (!made.ok())
        return EditOutcome::of(EditStatus::Refused, RowKind::Metric, 0, made.error);
    if (!mimeType.isEmpty())
        made.evidence.mimeType = mimeType;
    const qint64 row = metric->id;
    const Evidence &e = made.evidence;
    QString id;
    EditOutcome o = reviewEdit(RowKind::Metric, 0, true, [&](QSqlQuery &q) -> QString {
        if (!run(q,
                 QStringLiteral("INSERT INTO csr_evidence (report_id, doc_id, metric_id, name, "
                                "mime_type, data, sha256) VALUES (?, '', ?, ?, ?, ?, ?) "
                                "RETURNING doc_id"),
                 {rows_.reportId, row, e.fileName, e.mimeType, e.data, e.sha256}) ||
            !q.next())
            return TeamStore::errorText(q);
        id = q.value(0).toString();
        return {};
    });
    if (o.ok())
        o.docId = id;
    return o;
}

EditOutcome TeamSession::removeEvidence(const QString &evidenceId)
{
    const qsizetype i = std::find_if(rows_.review.evidence.cbegin(), rows_.review.evidence.cend(),
                                     [&](const Evidence &e) { return e.id == evidenceId; }) -
                        rows_.review.evidence.cbegin();
    if (i >= rows_.review.evidenceRows.size())
        return EditOutcome::of(EditStatus::Gone, RowKind::Metric, 0,
                               Tr::tr("There is no such file."));
    const qint64 row = rows_.review.evidenceRows.at(i);
    return reviewEdit(RowKind::Metric, 0, true, [&](QSqlQuery &q) -> QString {
        if (!run(q, QStringLiteral("DELETE FROM csr_evidence WHERE id = ?"), {row}))
            return TeamStore::errorText(q);
        return changedOne(q, person_);
    });
}

EditOutcome TeamSession::updateReviewSettings(const ReviewRecord &review)
{
    EditOutcome o = write(RowKind::Report, &rows_.report,
                          withReviewSettings(rows_.report.data.toObject(), review));
    if (o.status == EditStatus::Saved)
        rebuild();
    return o;
}

} // namespace csr::team
