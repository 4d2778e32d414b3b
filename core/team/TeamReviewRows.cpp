#include "TeamReviewRows.h"

#include "TeamJson.h"

#include "DocumentFormat.h"

namespace csr::team {

namespace {

const QString Review = QStringLiteral("review");
const QString Threads = QStringLiteral("threads");
const QString History = QStringLiteral("history");
const QString Explanations = QStringLiteral("explanations");
const QString Comments = QStringLiteral("comments");
const QString EvidenceKey = QStringLiteral("evidence");

} // namespace

QList<const Row *> ReviewRows::commentsOf(qint64 threadRow) const
{
    QList<const Row *> out;
    for (const Row &c : comments) // rows arrive ordered by id: the order they were written
        if (c.parent == threadRow)
            out.append(&c);
    return out;
}

ReviewRecord reviewSettings(ReviewRecord review)
{
    review.history.clear();
    review.threads.clear();
    review.explanations.clear();
    return review;
}

QJsonObject withReviewSettings(const QJsonObject &current, const ReviewRecord &review)
{
    Document d;
    d.review = reviewSettings(review);
    const QJsonObject root = DocumentFormat::toJsonObject(d);
    QJsonObject out = current;
    if (root.contains(Review))
        out.insert(Review, root.value(Review));
    else
        out.remove(Review);
    return out;
}

ReviewRows splitReview(QJsonObject &root, const QList<Evidence> &evidence)
{
    ReviewRows out;
    root.remove(EvidenceKey);
    out.evidence = evidence;
    if (!root.contains(Review))
        return out;
    QJsonObject review = root.value(Review).toObject();
    const QJsonArray threads = review.take(Threads).toArray();
    for (const QJsonValue &v : threads) {
        QJsonObject t = v.toObject();
        const QJsonArray comments = t.take(Comments).toArray();
        out.threads.append({0, 0, 0, t.value(QStringLiteral("id")).toString(), t, 1});
        const qint64 self = out.threads.size();
        for (int i = 0; i < comments.size(); ++i)
            out.comments.append({0, self, i, QString(), comments.at(i), 1});
    }
    for (const QJsonValue &v : review.take(History).toArray())
        out.steps.append(
            {0, 0, 0, v.toObject().value(QStringLiteral("chapterId")).toString(), v, 1});
    const QJsonObject explanations = review.take(Explanations).toObject();
    for (auto it = explanations.constBegin(); it != explanations.constEnd(); ++it)
        out.explanations.append({0, 0, 0, it.key(), it.value(), 1});
    root.insert(Review, review);
    return out;
}

void mergeReview(QJsonObject &root, const ReviewRows &rows)
{
    QJsonObject review = root.value(Review).toObject();
    // Whatever the report row says about these, the tables are the record.
    for (const QString &key : {Threads, History, Explanations})
        review.remove(key);
    root.remove(EvidenceKey);
    QJsonArray threads;
    for (const Row &t : rows.threads) {
        QJsonObject o = t.data.toObject();
        o.remove(QStringLiteral("createdBy")); // the server's, for its rights; not in the file
        QJsonArray comments;
        for (const Row *c : rows.commentsOf(t.id))
            comments.append(c->data);
        o.insert(Comments, comments);
        threads.append(o);
    }
    if (!threads.isEmpty())
        review.insert(Threads, threads);
    QJsonArray history;
    for (const Row &s : rows.steps)
        history.append(s.data);
    if (!history.isEmpty())
        review.insert(History, history);
    QJsonObject explanations;
    for (const Row &e : rows.explanations)
        explanations.insert(e.docId, e.data);
    if (!explanations.isEmpty())
        review.insert(Explanations, explanations);
    if (!review.isEmpty() || root.contains(Review))
        root.insert(Review, review);
}

} // namespace csr::team
