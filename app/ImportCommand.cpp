#include "ImportCommand.h"

#include "DocumentFile.h"
#include "ReportFileImport.h"
#include "Template.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace csr::cli {

namespace {

int cmdImport(QCommandLineParser &p, const QStringList &positional)
{
    if (positional.size() != 1) {
        err() << Tr::tr("import: give exactly one report to import.") << Qt::endl;
        return Unreadable;
    }
    const QString input = positional.first();
    const QString output = p.value(QStringLiteral("output"));
    const QString compare = p.value(QStringLiteral("compare"));
    if (output.isEmpty() && compare.isEmpty()) {
        err() << Tr::tr("import: give the file to create with -o FILE.") << Qt::endl;
        return Unreadable;
    }
    if (!output.isEmpty() && QFileInfo::exists(output) && !p.isSet(QStringLiteral("force"))) {
        err() << Tr::tr("import: \"%1\" already exists; it was left as it is (--force replaces "
                        "it).")
                     .arg(output)
              << Qt::endl;
        return Problems;
    }
    int year = 0;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1990 || year > 2200) {
            err() << Tr::tr("import: \"%1\" is not a year.").arg(p.value(QStringLiteral("year")))
                  << Qt::endl;
            return Unreadable;
        }
    }
    const auto registry = TemplateRegistry::loadDefault();
    const QString id = p.isSet(QStringLiteral("template")) ? p.value(QStringLiteral("template"))
                                                           : TemplateRegistry::DefaultId;
    const Template *tmpl = registry.find(id);
    if (!tmpl) {
        err() << Tr::tr("import: there is no template \"%1\"; `csrstudio templates` lists them.")
                     .arg(id)
              << Qt::endl;
        return Unreadable;
    }
    const ImportResult result = print::importReportFile(input, *tmpl, year);
    if (!result.ok()) {
        err() << Tr::tr("import: %1").arg(result.error) << Qt::endl;
        return Unreadable;
    }
    if (!result.review.isEmpty()) {
        QMap<int, int> byKind;
        for (const ImportReviewItem &item : result.review)
            ++byKind[int(item.kind)];
        QStringList counts;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            counts << QStringLiteral("%1: %2")
                          .arg(importReviewKindTitle(ImportReviewItem::Kind(it.key())))
                          .arg(it.value());
        err() << Tr::tr("note: %n decision(s) to review in the editor (%1).", nullptr,
                        int(result.review.size()))
                     .arg(counts.join(QStringLiteral("; ")))
              << Qt::endl;
    }
    for (const QString &title : result.unmatched)
        err() << Tr::tr("note: the heading \"%1\" fits no chapter of the template; it was kept "
                        "as an extra chapter.")
                     .arg(title)
              << Qt::endl;
    if (!compare.isEmpty()) {
        const auto handMade = DocumentFile::load(compare);
        if (!handMade.ok()) {
            err() << handMade.error.message << Qt::endl;
            return Unreadable;
        }
        out() << compareImport(*result.document, handMade.document).summary();
    }
    if (!output.isEmpty()) {
        const QString error = DocumentFile::save(*result.document, output);
        if (!error.isEmpty()) {
            err() << error << Qt::endl;
            return Problems;
        }
        out() << Tr::tr("Imported %1 into %2 (%3 chapters, %4 figures; read as %5).")
                     .arg(input, output)
                     .arg(result.document->chapters.size())
                     .arg(result.document->metrics.size())
                     .arg(result.encoding)
              << Qt::endl;
    }
    return Ok;
}

} // namespace

Command importCommand()
{
    return {
        QStringLiteral("import"), false,
        Tr::tr("Turn last year's published report (text, PDF or Word) into a structured report."),
        cmdImport, [](QCommandLineParser &p) {
            p.addPositionalArgument(
                QStringLiteral("REPORT"),
                Tr::tr("The published report: text (UTF-8 or GBK), PDF or Word (.docx)."));
            p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                         Tr::tr("The report file to create (.csreport)."),
                         Tr::tr("FILE")});
            p.addOption({QStringLiteral("template"),
                         Tr::tr("Template whose chapters the headings are matched to "
                                "(default: %1).")
                             .arg(TemplateRegistry::DefaultId),
                         Tr::tr("NAME")});
            p.addOption({QStringLiteral("year"),
                         Tr::tr("The report year (default: read from the report notes)."),
                         Tr::tr("YYYY")});
            p.addOption({QStringLiteral("force"), Tr::tr("Replace an existing output file.")});
            p.addOption({QStringLiteral("compare"),
                         Tr::tr("Compare the import with a hand-made report of the same "
                                "year and print how much was recovered."),
                         Tr::tr("FILE")});
        }};
}

} // namespace csr::cli
