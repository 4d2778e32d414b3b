#include "SignOffCheck.h"

#include "DocumentFile.h"
#include "ReportSession.h"
#include "SignOffGate.h"

namespace csr::cli {

namespace {
const QString OverrideOption = QStringLiteral("override-review");
const QString AsOption = QStringLiteral("as");
} // namespace

void declareSignOffOptions(QCommandLineParser &p)
{
    p.addOption({OverrideOption,
                 Tr::tr("Sign although the review is not finished (the report's owner only); the "
                        "reason is recorded in the report and on the internal sign-off record."),
                 Tr::tr("REASON")});
    p.addOption({AsOption,
                 Tr::tr("Who you are for the review record (default: the name in Preferences, "
                        "else the login name)."),
                 Tr::tr("NAME")});
}

int checkSignOff(const QCommandLineParser &p, Document &doc, bool &overridden)
{
    overridden = false;
    if (!p.isSet(QStringLiteral("sign"))) {
        if (p.isSet(OverrideOption)) {
            err() << Tr::tr("export: --override-review is for signing; without --sign there is "
                            "nothing to override.")
                  << Qt::endl;
            return Unreadable;
        }
        return -1;
    }
    const QList<SignOffBlocker> blockers = SignOffGate::blockers(doc);
    if (blockers.isEmpty())
        return -1;
    if (!p.isSet(OverrideOption)) {
        err() << Tr::tr("export: the report is not ready for sign-off, so it was not signed:")
              << Qt::endl;
        for (const SignOffBlocker &b : blockers)
            err() << "  - " << b.message << Qt::endl;
        err() << Tr::tr("Finish the review (csrstudio review lists it), or, as the report's "
                        "owner, sign anyway with --override-review REASON.")
              << Qt::endl;
        return Problems;
    }
    const QString who =
        p.isSet(AsOption) ? p.value(AsOption).trimmed() : ui::ReportSession::authorName();
    const ReviewOutcome outcome = SignOffGate::recordOverride(doc, FileReviewPolicy(doc.review),
                                                              who, QDateTime::currentDateTimeUtc(),
                                                              p.value(OverrideOption), blockers);
    if (!outcome.ok()) {
        err() << "export: " << outcome.error << Qt::endl;
        return Problems;
    }
    err() << Tr::tr("export: %1 signs despite %2 open review point(s): %3")
                 .arg(who)
                 .arg(blockers.size())
                 .arg(p.value(OverrideOption))
          << Qt::endl;
    overridden = true;
    return -1;
}

int recordOverride(const QString &reportPath, const Document &doc)
{
    const QString error = DocumentFile::save(doc, reportPath);
    if (!error.isEmpty()) {
        err() << Tr::tr("export: the PDF is signed, but the override could not be recorded in "
                        "the report: %1")
                     .arg(error)
              << Qt::endl;
        return Problems;
    }
    out() << Tr::tr("The override is recorded in %1.").arg(reportPath) << Qt::endl;
    return Ok;
}

} // namespace csr::cli
