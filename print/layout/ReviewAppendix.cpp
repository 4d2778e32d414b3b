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

QString ReviewAppendix::signOffTitle()
{
    return tr("签署记录（内部）");
}

QString ReviewAppendix::evidenceTitle()
{
    return tr("证明材料索引（内部）");
}

QString ReviewAppendix::statusLine(const Document &doc, const Chapter &chapter)
{
    const ChapterStatus status = ReviewWorkflow::effectiveStatus(doc, chapter);
    QString line = tr("审阅状态：%1").arg(ReviewWorkflow::statusText(status));
    if (status != chapter.status)
        return line + tr("（批准后已修改）");
    if (const ReviewStep *step = doc.review.lastStep(chapter.id); step && step->status == status)
        line += tr(" — %1，%2").arg(step->who, stamp(step->when));
    return line;
}

QList<FlowUnit> ReviewAppendix::signOffRecord(const Document &doc, BlockLayouter &blocks)
{
    QList<QStringList> rows;
    forEachChapter(doc, [&](const ChapterVisit &v) {
        const ChapterStatus status = ReviewWorkflow::effectiveStatus(doc, v.chapter);
        const ReviewStep *approval = status == ChapterStatus::Approved
                                         ? lastStepWith(doc, v.chapter.id, ChapterStatus::Approved)
                                         : nullptr;
        const ReviewStep *submitted = lastStepWith(doc, v.chapter.id, ChapterStatus::Submitted);
        rows << QStringList{
            v.number + v.chapter.title,
            ReviewWorkflow::statusText(status) +
                (status != v.chapter.status ? tr("（批准后已修改）") : QString()),
            submitted ? submitted->who : QString(),
            approval ? approval->who
                     : (status == ChapterStatus::Approved ? tr("（无记录）") : QString()),
            approval ? stamp(approval->when) : QString()};
    });
    QList<FlowUnit> units = blocks.table(tr("各章节审阅状态"),
                                         {{tr("章节"), 3},
                                          {tr("状态"), 1.4},
                                          {tr("提交人"), 1.2},
                                          {tr("批准人"), 1.2},
                                          {tr("批准时间"), 1.8}},
                                         rows);
    if (!doc.review.overrides.isEmpty()) {
        QList<QStringList> overrides;
        for (const SignOffOverride &o : doc.review.overrides)
            overrides << QStringList{o.who, stamp(o.when), o.reason,
                                     o.blockers.join(QStringLiteral("；"))};
        units += blocks.table(
            tr("未完成审阅即签署（负责人决定）"),
            {{tr("负责人"), 1}, {tr("时间"), 1.4}, {tr("理由"), 2}, {tr("当时未完成的事项"), 3}},
            overrides);
    } else {
        units += blocks.paragraph(tr("无越过审阅的签署。"), false);
    }
    return units;
}

QList<FlowUnit> ReviewAppendix::evidenceIndex(const Document &doc, BlockLayouter &blocks)
{
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
    QList<FlowUnit> units = blocks.paragraph(
        tr("以下文件作为本报告数据的证明材料，已嵌入本 PDF 的附件（可在阅读器的附件面板中打开）；"
           "SHA-256 用于核对文件未被改动。"),
        false);
    units += blocks.table(QString(),
                          {{tr("文件"), 2},
                           {tr("指标"), 1.6},
                           {tr("大小"), 0.8},
                           {tr("添加"), 1.6},
                           {QStringLiteral("SHA-256"), 2.6}},
                          rows);
    return units;
}

} // namespace csr::print
