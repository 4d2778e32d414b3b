#include "ImportDataCommand.h"

#include "DocumentFile.h"
#include "FigureImport.h"
#include "ReportSession.h"
#include "WorkbookReader.h"

#include <QDateTime>

namespace csr::cli {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? formatNumber(*v) : QStringLiteral("—");
}

QString severityWord(ImportProblem::Severity s)
{
    switch (s) {
    case ImportProblem::Severity::Error:
        return Tr::tr("error");
    case ImportProblem::Severity::Warning:
        return Tr::tr("warning");
    case ImportProblem::Severity::Confirm:
        return Tr::tr("confirm");
    }
    return {};
}

// The problems under their workbook's name, in the order found.
void printProblems(const ImportPlan &plan)
{
    QString book;
    for (const ImportProblem &p : plan.problems) {
        if (p.workbook != book)
            out() << (book = p.workbook) << ":" << Qt::endl;
        out() << "  " << severityWord(p.severity) << ": " << p.text() << Qt::endl;
    }
}

// Columns as a terminal shows them: Chinese characters take two cells.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 && (c.script() == QChar::Script_Han ||
                                           (c.unicode() >= 0x3000 && c.unicode() <= 0x30FF) ||
                                           (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60))
                     ? 2
                     : 1;
    return width;
}

// The before/after table: one line per figure the workbooks change.
void printTable(const ImportPlan &plan, int reportYear, bool acceptLabelMatches)
{
    if (plan.updates.isEmpty())
        return;
    QList<QStringList> rows{
        {Tr::tr("Figure"), Tr::tr("Unit"), Tr::tr("Before"), Tr::tr("After"), Tr::tr("From")}};
    for (const FigureUpdate &u : plan.updates) {
        QString from = u.workbook + QLatin1Char(' ') + u.place();
        if (!isApplied(u, acceptLabelMatches))
            from += Tr::tr(" (matched by label: not applied without --accept-label-matches)");
        else if (u.sourceAfter != u.sourceBefore)
            from += Tr::tr(" (new source: %1)").arg(u.sourceAfter);
        rows.append({QStringLiteral("%1 [%2]").arg(u.title(reportYear), u.metricId), u.unit,
                     number(u.before), number(u.after), from});
    }
    QList<int> widths(4, 0);
    for (const QStringList &r : rows)
        for (int c = 0; c < 4; ++c)
            widths[c] = std::max(widths[c], displayWidth(r.at(c)));
    for (const QStringList &r : rows) {
        QString line;
        for (int c = 0; c < 4; ++c)
            line += r.at(c) + QString(widths[c] + 2 - displayWidth(r.at(c)), QLatin1Char(' '));
        out() << line << r.at(4) << Qt::endl;
    }
}

int run(QCommandLineParser &p, const QStringList &positional)
{
    if (positional.size() < 2) {
        err() << Tr::tr("import-data: give the report and at least one workbook (.xlsx or .csv).")
              << Qt::endl;
        return Unreadable;
    }
    const QString reportPath = positional.first();
    const auto read = DocumentFile::load(reportPath);
    if (!read.ok()) {
        err() << read.error.message << Qt::endl;
        return Unreadable;
    }
    QList<Workbook> books;
    for (const QString &path : positional.mid(1))
        books << data::readWorkbook(path);
    const ImportPlan plan = planFigureImport(read.document, books);
    const bool accept = p.isSet(QStringLiteral("accept-label-matches"));
    printProblems(plan);
    printTable(plan, read.document.metadata.year, accept);
    if (plan.blocked()) {
        out() << Tr::tr("Nothing was applied: %1 error(s) to correct in the workbooks first.")
                     .arg(plan.errorCount())
              << Qt::endl;
        return Problems;
    }
    const int applied =
        int(std::count_if(plan.updates.begin(), plan.updates.end(),
                          [&](const FigureUpdate &u) { return isApplied(u, accept); }));
    if (p.isSet(QStringLiteral("dry-run"))) {
        out() << Tr::tr("Dry run: %1 figure(s) would change; %2 was left as it is.")
                     .arg(applied)
                     .arg(reportPath)
              << Qt::endl;
        return Ok;
    }
    if (!applied) {
        out() << Tr::tr("Nothing to apply: the workbooks give no new figures.") << Qt::endl;
        return Ok;
    }
    Document doc = read.document;
    const ImportedValues imported = applyFigureImport(doc, plan, accept);
    QList<ChangeRecord> records = metricChanges(read.document, doc, ui::ReportSession::authorName(),
                                                QDateTime::currentDateTimeUtc());
    nameSources(records, imported);
    doc.changeLog += records;
    const QString error = DocumentFile::save(doc, reportPath);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return Problems;
    }
    out() << Tr::tr("Applied %1 figure(s) to %2.").arg(applied).arg(reportPath) << Qt::endl;
    return Ok;
}

} // namespace

Command importDataCommand()
{
    return {QStringLiteral("import-data"), false,
            Tr::tr("Read figures from filled-in workbooks (.xlsx, .csv) into the report, checked "
                   "and all at once."),
            run, [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The report."));
                p.addPositionalArgument(
                    QStringLiteral("WORKBOOK"),
                    Tr::tr("Workbooks written by collect (or any table with a metric id or "
                           "label column and a value column)."),
                    QStringLiteral("WORKBOOK…"));
                p.addOption({QStringLiteral("dry-run"),
                             Tr::tr("Check and show the changes, write nothing.")});
                p.addOption({QStringLiteral("accept-label-matches"),
                             Tr::tr("Also apply rows matched by label and unit (they have no "
                                    "metric id).")});
            }};
}

} // namespace csr::cli
