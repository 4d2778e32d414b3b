#include "PrintCommand.h"

#include "ExportCommand.h"
#include "ReportPrinter.h"

#include <QPrinter>

namespace csr::cli {

namespace {

int run(QCommandLineParser &p, const QStringList &positional)
{
    if (positional.size() != 1) {
        err() << Tr::tr("print: give exactly one report file.") << Qt::endl;
        return Unreadable;
    }
    const auto edition = editionFromName(p.value(QStringLiteral("edition")));
    if (!edition) {
        err() << Tr::tr("print: the edition is \"public\" or \"internal\", not \"%1\".")
                     .arg(p.value(QStringLiteral("edition")))
              << Qt::endl;
        return Unreadable;
    }
    // Find the printer before reading anything: no printer, no point.
    QPrinter printer(QPrinter::HighResolution);
    QString error;
    if (!print::ReportPrinter::usePrinter(printer, p.value(QStringLiteral("printer")), &error)) {
        err() << Tr::tr("print: %1").arg(error) << Qt::endl;
        return Unreadable;
    }
    Document doc;
    if (const int code = loadForPrinting(QStringLiteral("print"), positional.first(),
                                         p.isSet(QStringLiteral("force")), doc);
        code >= 0)
        return code;
    error = print::ReportPrinter::print(doc, *edition, printer);
    if (!error.isEmpty()) {
        err() << Tr::tr("print: %1").arg(error) << Qt::endl;
        return Unreadable;
    }
    out() << Tr::tr("Sent %1 to the printer \"%2\".").arg(positional.first(), printer.printerName())
          << Qt::endl;
    return Ok;
}

} // namespace

Command printCommand()
{
    return {QStringLiteral("print"), true, Tr::tr("Print the report on a printer."), run,
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The report."));
                p.addOption({QStringLiteral("printer"),
                             Tr::tr("The printer (default: the system's)."), Tr::tr("NAME")});
                p.addOption(
                    {QStringLiteral("edition"),
                     Tr::tr("public (confidential figures as **, the default) or internal."),
                     Tr::tr("EDITION")});
                p.addOption(
                    {QStringLiteral("force"), Tr::tr("Print even when the report has errors.")});
            }};
}

} // namespace csr::cli
