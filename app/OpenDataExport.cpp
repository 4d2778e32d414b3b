#include "OpenDataExport.h"

#include "Command.h"
#include "ExportCommand.h"
#include "OpenData.h"
#include "OpenDataFile.h"

namespace csr::cli {

int exportOpenData(const QCommandLineParser &p, const QString &report, const QString &output)
{
    if (data::openDataFileSuffix(output).isEmpty()) {
        err() << Tr::tr("export: --data writes .csv, .json or .xlsx; name the file so (not "
                        "\"%1\").")
                     .arg(output)
              << Qt::endl;
        return Unreadable;
    }
    for (const QString &option : {QStringLiteral("sign"), QStringLiteral("pdfa")}) {
        if (p.isSet(option)) {
            err() << Tr::tr("export: --%1 is for the PDF, not for --data.").arg(option) << Qt::endl;
            return Unreadable;
        }
    }
    const auto edition = editionFromName(p.value(QStringLiteral("edition")));
    if (!edition) {
        err() << Tr::tr("export: the data edition is \"public\" or \"internal\", not \"%1\".")
                     .arg(p.value(QStringLiteral("edition")))
              << Qt::endl;
        return Unreadable;
    }
    Document doc;
    if (const int code = loadForPrinting(QStringLiteral("export"), report,
                                         p.isSet(QStringLiteral("force")), doc);
        code >= 0)
        return code;
    const OpenDataSet data = openDataSet(doc, *edition);
    const QString error = data::writeOpenDataFile(data, output);
    if (!error.isEmpty()) {
        err() << Tr::tr("export: %1").arg(error) << Qt::endl;
        return Unreadable;
    }
    const auto withheld = std::count_if(data.rows.begin(), data.rows.end(),
                                        [](const OpenDataRow &r) { return r.withheld; });
    out() << Tr::tr("Wrote %1: %2 figures, %3 edition, %4 confidential value(s) withheld.")
                 .arg(output)
                 .arg(data.rows.size())
                 .arg(*edition == Edition::Internal ? Tr::tr("internal") : Tr::tr("public"))
                 .arg(withheld)
          << Qt::endl;
    return Ok;
}

} // namespace csr::cli
