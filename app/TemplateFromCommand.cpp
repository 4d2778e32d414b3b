#include "TemplateFromCommand.h"

#include "DocumentFile.h"
#include "TemplateWriter.h"

#include <QFileInfo>

namespace csr::cli {

namespace {
int run(QCommandLineParser &p, const QStringList &positional)
{
    const QString output = p.value(QStringLiteral("output"));
    if (positional.size() != 1 || output.isEmpty()) {
        err() << Tr::tr("template-from: give one report file and -o TEMPLATE.json.") << Qt::endl;
        return Unreadable;
    }
    const auto read = DocumentFile::load(positional.first());
    if (!read.ok()) {
        err() << read.error.message << Qt::endl;
        return Unreadable;
    }
    // By default the template is named for the file it is written to.
    const QString id = p.isSet(QStringLiteral("id")) ? p.value(QStringLiteral("id"))
                                                     : QFileInfo(output).completeBaseName();
    const QString name = p.isSet(QStringLiteral("name"))
                             ? p.value(QStringLiteral("name"))
                             : Tr::tr("Frame of %1").arg(QFileInfo(positional.first()).fileName());
    TemplateOptions options;
    options.keepProse = p.isSet(QStringLiteral("keep-prose"));
    const Template t = templateFromReport(read.document, id, name, {}, options);
    const QString error = saveTemplate(t, output);
    if (!error.isEmpty()) {
        err() << "template-from: " << error << Qt::endl;
        return Problems;
    }
    out() << Tr::tr("Wrote the template \"%1\" to %2.").arg(t.id, output) << Qt::endl;
    return Ok;
}
} // namespace

Command templateFromCommand()
{
    return {
        QStringLiteral("template-from"), false,
        Tr::tr("Make a template from a report: its chapters, hints, table and figure "
               "definitions, without its figures, events and prose."),
        run, [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The report."));
            p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                         Tr::tr("The template file to write (.json)."),
                         Tr::tr("FILE")});
            p.addOption({QStringLiteral("id"),
                         Tr::tr("The template's id (default: the output file's name)."),
                         Tr::tr("ID")});
            p.addOption({QStringLiteral("name"), Tr::tr("The template's name."), Tr::tr("NAME")});
            p.addOption({QStringLiteral("keep-prose"), Tr::tr("Keep the paragraphs' text.")});
        }};
}

} // namespace csr::cli
