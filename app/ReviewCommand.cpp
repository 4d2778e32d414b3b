#include "ReviewCommand.h"

#include "CommentAnchoring.h"
#include "Plausibility.h"
#include "ReportSource.h"
#include "ReviewWorkflow.h"
#include "SignOffGate.h"

namespace csr::cli {

namespace {

QString stamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm 'UTC'"))
                          : QString();
}

// "approved by 李审核, 2024-03-01 09:00 UTC" — the newest step that explains the status.
QString statusLine(const Document &doc, const Chapter &chapter)
{
    const ChapterStatus status = ReviewWorkflow::effectiveStatus(doc, chapter);
    QString line = ReviewWorkflow::statusText(status);
    if (status != chapter.status)
        return line + Tr::tr(" (edited after approval)");
    const ReviewStep *step = doc.review.lastStep(chapter.id);
    if (!step || step->status != status)
        return status == ChapterStatus::Approved && !step ? line + Tr::tr(" (no record)") : line;
    line += Tr::tr(" by %1, %2").arg(step->who, stamp(step->when));
    if (!step->reason.isEmpty())
        line += QStringLiteral(": ") + step->reason;
    return line;
}

int run(QCommandLineParser &, const QStringList &positional)
{
    if (positional.size() != 1) {
        err() << Tr::tr("review: give exactly one report file or SERVER#REPORT.") << Qt::endl;
        return Unreadable;
    }
    const auto read = loadReport(positional.first());
    if (!read.ok()) {
        err() << read.error.message << Qt::endl;
        return Unreadable;
    }
    const Document &doc = read.document;

    int chapters = 0, approved = 0, required = 0, requiredApproved = 0;
    out() << Tr::tr("Chapters:") << Qt::endl;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        const bool isApproved =
            ReviewWorkflow::effectiveStatus(doc, v.chapter) == ChapterStatus::Approved;
        ++chapters;
        approved += isApproved;
        required += v.chapter.required;
        requiredApproved += v.chapter.required && isApproved;
        out() << QString(2 * (v.depth + 1), QLatin1Char(' ')) << v.number << v.chapter.title
              << (v.chapter.required ? Tr::tr(" [required]") : QString()) << ": "
              << statusLine(doc, v.chapter) << Qt::endl;
    });

    int open = 0;
    for (const CommentThread &t : doc.review.threads) {
        if (t.resolved)
            continue;
        if (!open++)
            out() << Tr::tr("Open comments:") << Qt::endl;
        out() << "  " << t.id << "  " << CommentAnchoring::describe(doc, t.anchor) << Qt::endl;
        for (const Comment &c : t.comments)
            out() << "      " << c.author << " (" << stamp(c.when) << "): " << c.text << Qt::endl;
    }

    int unexplained = 0;
    for (const ImplausibleFigure &f : implausibleFigures(doc)) {
        if (f.explained)
            continue;
        if (!unexplained++)
            out() << Tr::tr("Unexplained figures (beyond the tolerated change from last year):")
                  << Qt::endl;
        const Metric *m = doc.findMetric(f.metricId);
        out() << "  " << f.metricId << "  " << m->label << ": " << formatChange(f) << " "
              << (f.points ? Tr::tr("(tolerated ±%1 pp)") : Tr::tr("(tolerated ±%1%)"))
                     .arg(f.tolerance)
              << Qt::endl;
    }

    out() << Tr::tr("%1: %2 of %3 required chapters approved (%4 of %5 chapters), %6 open "
                    "comment(s), %7 unexplained figure(s).")
                 .arg(positional.first())
                 .arg(requiredApproved)
                 .arg(required)
                 .arg(approved)
                 .arg(chapters)
                 .arg(open)
                 .arg(unexplained)
          << Qt::endl;
    if (!SignOffGate::applies(doc)) {
        out() << Tr::tr("The report is not under review (no reviewers, steps or comments), so "
                        "signing is not held back.")
              << Qt::endl;
        return Ok;
    }
    const auto blockers = SignOffGate::blockers(doc);
    if (blockers.isEmpty()) {
        out() << Tr::tr("Ready for sign-off.") << Qt::endl;
        return Ok;
    }
    out() << Tr::tr("Sign-off is blocked by %1 open point(s).").arg(blockers.size()) << Qt::endl;
    return Problems;
}

} // namespace

Command reviewCommand()
{
    return {QStringLiteral("review"), false,
            Tr::tr("Print the review state; exit 0 when the report may be signed, 1 while "
                   "anything blocks sign-off."),
            run, [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("FILE"),
                                        Tr::tr("The report: a file or SERVER#REPORT."));
            }};
}

} // namespace csr::cli
