#include "CollectCommand.h"

#include "DocumentFile.h"
#include "RequestWorkbookWriter.h"

namespace csr::cli {

namespace {

int run(QCommandLineParser &p, const QStringList &positional)
{
    if (positional.size() != 1) {
        err() << Tr::tr("collect: give exactly one report file.") << Qt::endl;
        return Unreadable;
    }
    const QString folder = p.value(QStringLiteral("output"));
    if (folder.isEmpty()) {
        err() << Tr::tr("collect: give the folder for the workbooks with -o DIR.") << Qt::endl;
        return Unreadable;
    }
    const QString by = p.value(QStringLiteral("by"));
    if (by != QLatin1String("assignee") && by != QLatin1String("chapter")) {
        err() << Tr::tr("collect: --by takes \"assignee\" or \"chapter\", not \"%1\".").arg(by)
              << Qt::endl;
        return Unreadable;
    }
    const auto read = DocumentFile::load(positional.first());
    if (!read.ok()) {
        err() << read.error.message << Qt::endl;
        return Unreadable;
    }
    const auto result = data::writeDataRequest(
        read.document,
        by == QLatin1String("chapter") ? RequestGrouping::Chapter : RequestGrouping::Assignee,
        folder);
    for (const QString &file : result.files)
        out() << file << Qt::endl;
    if (!result.error.isEmpty()) {
        err() << Tr::tr("collect: %1").arg(result.error) << Qt::endl;
        return Problems;
    }
    if (result.files.isEmpty()) {
        out() << Tr::tr("The report has no metric tables with figures: no workbook written.")
              << Qt::endl;
        return Problems;
    }
    out() << Tr::tr("%1 workbook(s) written to %2. Fill in the yellow column, then read them back "
                    "with `csrstudio import-data`.")
                 .arg(result.files.size())
                 .arg(folder)
          << Qt::endl;
    return Ok;
}

} // namespace

Command collectCommand()
{
    return {QStringLiteral("collect"), false,
            Tr::tr("Write a spreadsheet (.xlsx) per person or chapter asking for this year's "
                   "figures."),
            run, [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The report."));
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                             Tr::tr("The folder for the workbooks (created if missing)."),
                             Tr::tr("DIR")});
                p.addOption({QStringLiteral("by"),
                             Tr::tr("One workbook per chapter assignee (default) or per "
                                    "chapter: assignee|chapter."),
                             Tr::tr("GROUPING"), QStringLiteral("assignee")});
            }};
}

} // namespace csr::cli
