#pragma once

#include "Evidence.h"
#include "Review.h"
#include "TeamRow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace csr::team {

// The review of a team report as the client holds its rows (schema version 3): comment threads
// and their comments, review steps, figure explanations and evidence files. Like the other
// rows, `data` is the piece of the .csreport JSON the row stands for, so the file reader checks
// what the server sent as strictly as a file. Evidence is kept as read (its hash checked once
// when read), not passed through JSON on every change.
struct ReviewRows
{
    QList<Row> threads;      // docId: thread id; data: the thread without its comments
    QList<Row> comments;     // parent: the thread's row; data: author, when, text
    QList<Row> steps;        // parent: the chapter's row; docId: the chapter's id
    QList<Row> explanations; // parent: the metric's row; docId: the metric's id
    QList<Evidence> evidence;
    QList<qint64> evidenceRows; // the row of each evidence file, same order

    // The comments of a thread, oldest first.
    QList<const Row *> commentsOf(qint64 threadRow) const;
};

// The review's settings without its records: reviewer names, owner, tolerances and sign-off
// overrides. They live in the report row (the owner's to change); the records are rows.
ReviewRecord reviewSettings(ReviewRecord review);
// The report row's data with `review`'s settings in place of the ones it had.
QJsonObject withReviewSettings(const QJsonObject &current, const ReviewRecord &review);

// Takes the threads, steps and explanations out of a file's "review" object and the
// "evidence" array out of `root`, as rows (ids 0; a comment's parent is its thread's index + 1).
ReviewRows splitReview(QJsonObject &root, const QList<Evidence> &evidence);
// Puts the rows back into `root`'s "review" object, in the file's form.
void mergeReview(QJsonObject &root, const ReviewRows &rows);

} // namespace csr::team
