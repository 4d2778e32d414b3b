#include "ReviewWorkflow.h"

#include "DocumentFormat.h"
#include "Plausibility.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace csr {

namespace {

const ReviewStep *lastApproval(const Document &doc, const QString &chapterId)
{
    const ReviewStep *step = doc.review.lastStep(chapterId);
    return step && step->status == ChapterStatus::Approved ? step : nullptr;
}

QString needName()
{
    return ReviewWorkflow::tr("Enter your name in Preferences first: every review step records "
                              "who took it.");
}

} // namespace

QString ReviewWorkflow::statusText(ChapterStatus status)
{
    switch (status) {
    case ChapterStatus::Draft:
        return tr("draft");
    case ChapterStatus::Submitted:
        return tr("submitted");
    case ChapterStatus::NeedsChanges:
        return tr("needs changes");
    case ChapterStatus::Approved:
        return tr("approved");
    }
    return {};
}

QString ReviewWorkflow::fingerprint(const Document &doc, const Chapter &chapter)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), chapter.title);
    o.insert(QStringLiteral("key"), chapter.key);
    o.insert(QStringLiteral("required"), chapter.required);
    QJsonArray blocks;
    for (const Block &b : chapter.blocks)
        blocks.append(DocumentFormat::blockToJson(b));
    o.insert(QStringLiteral("blocks"), blocks);
    QJsonArray metrics;
    for (const QString &id : metricsShownIn(chapter))
        if (const Metric *m = doc.findMetric(id))
            metrics.append(DocumentFormat::metricToJson(*m));
    o.insert(QStringLiteral("metrics"), metrics);
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ReviewWorkflow::blockFingerprint(const Document &doc, const Block &block)
{
    QJsonObject o;
    o.insert(QStringLiteral("block"), DocumentFormat::blockToJson(block));
    QJsonArray metrics;
    for (const QString &id : metricsShownIn(block))
        if (const Metric *m = doc.findMetric(id))
            metrics.append(DocumentFormat::metricToJson(*m));
    o.insert(QStringLiteral("metrics"), metrics);
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QMap<QString, QString> ReviewWorkflow::blockFingerprints(const Document &doc,
                                                         const Chapter &chapter)
{
    QMap<QString, QString> out;
    for (const Block &b : chapter.blocks)
        out.insert(b.id, blockFingerprint(doc, b));
    return out;
}

QStringList ReviewWorkflow::blocksChangedSinceApproval(const Document &doc, const Chapter &chapter)
{
    const ReviewStep *approval = lastApproval(doc, chapter.id);
    if (!approval || approval->blockFingerprints.isEmpty())
        return {};
    QStringList changed;
    for (const Block &b : chapter.blocks)
        if (approval->blockFingerprints.value(b.id) != blockFingerprint(doc, b))
            changed << b.id;
    return changed;
}

bool ReviewWorkflow::editedSinceApproval(const Document &doc, const Chapter &chapter)
{
    const ReviewStep *approval = lastApproval(doc, chapter.id);
    return approval && !approval->fingerprint.isEmpty() &&
           approval->fingerprint != fingerprint(doc, chapter);
}

ChapterStatus ReviewWorkflow::effectiveStatus(const Document &doc, const Chapter &chapter)
{
    if (chapter.status == ChapterStatus::Approved && editedSinceApproval(doc, chapter))
        return ChapterStatus::Draft;
    return chapter.status;
}

ReviewOutcome ReviewWorkflow::submit(Document &doc, const QString &chapterId, const QString &who,
                                     const QDateTime &when)
{
    Chapter *c = doc.findChapter(chapterId);
    if (!c)
        return {tr("There is no chapter \"%1\".").arg(chapterId)};
    if (who.trimmed().isEmpty())
        return {needName()};
    const ChapterStatus now = effectiveStatus(doc, *c);
    if (now == ChapterStatus::Submitted)
        return {tr("\"%1\" is already submitted and waits for a reviewer.").arg(c->title)};
    if (now == ChapterStatus::Approved)
        return {tr("\"%1\" is approved; a change to it makes it a draft to submit again.")
                    .arg(c->title)};
    c->status = ChapterStatus::Submitted;
    doc.review.history.append({chapterId,
                               ChapterStatus::Submitted,
                               who.trimmed(),
                               when.toUTC(),
                               QString(),
                               QString(),
                               {}});
    return {};
}

ReviewOutcome ReviewWorkflow::approve(Document &doc, const QString &chapterId,
                                      const ReviewPolicy &policy, const QString &who,
                                      const QDateTime &when)
{
    Chapter *c = doc.findChapter(chapterId);
    if (!c)
        return {tr("There is no chapter \"%1\".").arg(chapterId)};
    if (who.trimmed().isEmpty())
        return {needName()};
    if (!policy.mayReview(who))
        return {tr("Only a reviewer may approve \"%1\"; %2 is not one of the report's reviewers.")
                    .arg(c->title, who)};
    if (effectiveStatus(doc, *c) != ChapterStatus::Submitted)
        return {tr("\"%1\" is %2: only a submitted chapter can be approved.")
                    .arg(c->title, statusText(effectiveStatus(doc, *c)))};
    const ReviewStep *submitted = doc.review.lastStep(chapterId);
    if (submitted && submitted->status == ChapterStatus::Submitted &&
        submitted->who.trimmed().compare(who.trimmed(), Qt::CaseInsensitive) == 0)
        return {tr("%1 submitted \"%2\"; another reviewer must approve it.").arg(who, c->title)};
    const QStringList unexplained = unexplainedFiguresIn(doc, *c);
    if (!unexplained.isEmpty())
        return {tr("\"%1\" shows figures that changed more than tolerated from last year without "
                   "an explanation: %2. Explain them first (Review panel › Explain…).")
                    .arg(c->title, unexplained.join(QStringLiteral(", ")))};
    c->status = ChapterStatus::Approved;
    doc.review.history.append({chapterId, ChapterStatus::Approved, who.trimmed(), when.toUTC(),
                               QString(), fingerprint(doc, *c), blockFingerprints(doc, *c)});
    return {};
}

ReviewOutcome ReviewWorkflow::returnForChanges(Document &doc, const QString &chapterId,
                                               const ReviewPolicy &policy, const QString &who,
                                               const QDateTime &when, const QString &reason)
{
    Chapter *c = doc.findChapter(chapterId);
    if (!c)
        return {tr("There is no chapter \"%1\".").arg(chapterId)};
    if (who.trimmed().isEmpty())
        return {needName()};
    if (!policy.mayReview(who))
        return {tr("Only a reviewer may return \"%1\"; %2 is not one of the report's reviewers.")
                    .arg(c->title, who)};
    const ChapterStatus now = effectiveStatus(doc, *c);
    if (now != ChapterStatus::Submitted && now != ChapterStatus::Approved)
        return {tr("\"%1\" is %2: only a submitted or approved chapter can be returned.")
                    .arg(c->title, statusText(now))};
    c->status = ChapterStatus::NeedsChanges;
    doc.review.history.append({chapterId,
                               ChapterStatus::NeedsChanges,
                               who.trimmed(),
                               when.toUTC(),
                               reason.trimmed(),
                               QString(),
                               {}});
    return {};
}

QStringList ReviewWorkflow::settleEdits(Document &doc, const QString &who, const QDateTime &when)
{
    QStringList reopened;
    QStringList ids;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        if (v.chapter.status == ChapterStatus::Approved && editedSinceApproval(doc, v.chapter))
            ids << v.chapter.id;
    });
    for (const QString &id : ids) {
        Chapter *c = doc.findChapter(id);
        c->status = ChapterStatus::Draft;
        doc.review.history.append({id,
                                   ChapterStatus::Draft,
                                   who.trimmed(),
                                   when.toUTC(),
                                   tr("edited after approval"),
                                   QString(),
                                   {}});
        reopened << c->title;
    }
    return reopened;
}

} // namespace csr
