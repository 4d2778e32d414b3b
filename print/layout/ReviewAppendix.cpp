#include "ReviewAppendix.h"

#include "Evidence.h"
#include "ReviewWorkflow.h"

namespace csr::print {

namespace {

QString stamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm 'UTC'"))
                          : QString();
}

const ReviewStep *lastStepWith(const Document &doc, const QString &chapterId, ChapterStatus s)
{
    for (auto it = doc.review.history.crbegin(); it != doc.review.history.crend(); ++it)
        if (it->chapterId == chapterId && it->status == s)
            return &*it;
    return nullptr;
}

} // namespace

QString ReviewAppendix::statusText(ChapterStatus status, const ReportWording &wording)
{
    switch (status) {
    case ChapterStatus::Draft:
        return wording.text(QStringLiteral("review.status.draft"));
    case ChapterStatus::Submitted:
        return wording.text(QStringLiteral("review.status.submitted"));
    case ChapterStatus::NeedsChanges:
        return wording.text(QStringLiteral("review.status.needsChanges"));
    case ChapterStatus::Approved:
        return wording.text(QStringLiteral("review.status.approved"));
    }
    return {};
}

QString ReviewAppendix::statusLine(const Document &doc, const Chapter &chapter,
                                   const ReportWording &wording)
{
    const ChapterStatus status = ReviewWorkflow::effectiveStatus(doc, chapter);
    QString line =
        wording.text(QStringLiteral("review.statusLine")).arg(statusText(status, wording));
    if (status != chapter.status)
        return wording.text(QStringLiteral("review.changedAfterApproval")).arg(line);
    if (const ReviewStep *step = doc.review.lastStep(chapter.id); step && step->status == status)
        line =
            wording.format(QStringLiteral("review.statusBy"), {line, step->who, stamp(step->when)});
    return line;
}

QList<FlowUnit> ReviewAppendix::signOffRecord(const Document &doc, BlockLayouter &blocks)
{
    const ReportWording &w = blocks.wording();
    const auto word = [&](const char *key) { return w.text(QLatin1String(key)); };
    QList<QStringList> rows;
    forEachChapter(doc, [&](const ChapterVisit &v) {
        const ChapterStatus status = ReviewWorkflow::effectiveStatus(doc, v.chapter);
        const ReviewStep *approval = status == ChapterStatus::Approved
                                         ? lastStepWith(doc, v.chapter.id, ChapterStatus::Approved)
                                         : nullptr;
        const ReviewStep *submitted = lastStepWith(doc, v.chapter.id, ChapterStatus::Submitted);
        rows << QStringList{
            v.number + v.chapter.title,
            status != v.chapter.status
                ? word("review.changedAfterApproval").arg(statusText(status, w))
                : statusText(status, w),
            submitted ? submitted->who : QString(),
            approval ? approval->who
                     : (status == ChapterStatus::Approved ? word("review.noRecord") : QString()),
            approval ? stamp(approval->when) : QString()};
    });
    QList<FlowUnit> units = blocks.table(word("review.chapterTable"),
                                         {{word("review.column.chapter"), 3},
                                          {word("review.column.status"), 1.4},
                                          {word("review.column.submitter"), 1.2},
                                          {word("review.column.approver"), 1.2},
                                          {word("review.column.approved"), 1.8}},
                                         rows);
    if (!doc.review.overrides.isEmpty()) {
        QList<QStringList> overrides;
        for (const SignOffOverride &o : doc.review.overrides)
            overrides << QStringList{o.who, stamp(o.when), o.reason,
                                     o.blockers.join(word("review.blockersJoin"))};
        units += blocks.table(word("review.overrideTable"),
                              {{word("review.column.owner"), 1},
                               {word("review.column.time"), 1.4},
                               {word("review.column.reason"), 2},
                               {word("review.column.blockers"), 3}},
                              overrides);
    } else {
        units += blocks.paragraph(word("review.noOverride"), false);
    }
    return units;
}

QList<FlowUnit> ReviewAppendix::evidenceIndex(const Document &doc, BlockLayouter &blocks)
{
    const ReportWording &w = blocks.wording();
    const auto word = [&](const char *key) { return w.text(QLatin1String(key)); };
    QList<QStringList> rows;
    for (const Evidence &e : doc.evidence) {
        const Metric *m = doc.findMetric(e.metricId);
        rows << QStringList{e.fileName, m ? m->label : e.metricId, formatByteSize(e.data.size()),
                            e.addedBy + QLatin1Char(' ') + stamp(e.addedAt),
                            // In groups of 16, so the narrow cell breaks it between groups.
                            QStringList{e.sha256.mid(0, 16), e.sha256.mid(16, 16),
                                        e.sha256.mid(32, 16), e.sha256.mid(48)}
                                .join(QLatin1Char(' '))};
    }
    QList<FlowUnit> units = blocks.paragraph(word("review.evidenceIntro"), false);
    units += blocks.table(QString(),
                          {{word("review.column.file"), 2},
                           {word("review.column.metric"), 1.6},
                           {word("review.column.size"), 0.8},
                           {word("review.column.added"), 1.6},
                           {QStringLiteral("SHA-256"), 2.6}},
                          rows);
    return units;
}

} // namespace csr::print
