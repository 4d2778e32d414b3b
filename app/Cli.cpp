#include "Cli.h"

#include "CollectCommand.h"
#include "Command.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ImportDataCommand.h"
#include "ManPage.h"
#include "PrintCommand.h"
#include "ReportSource.h"
#include "ReviewCommand.h"
#include "SignCommand.h"
#include "TeamCommand.h"
#include "TemplateFromCommand.h"
#include "VerifyCommand.h"

#include "DocumentFile.h"
#include "LocationText.h"
#include "PageBudget.h"
#include "RollForward.h"
#include "Template.h"
#include "Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>
#include <functional>

namespace csr::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printFinding(QTextStream &stream, const Finding &f, const Document &doc)
{
    const QString where = describeLocation(f.location, doc);
    stream << (f.severity == Finding::Severity::Error ? Tr::tr("error") : Tr::tr("warning")) << ": "
           << (where.isEmpty() ? QString() : where + QStringLiteral(": ")) << f.message << " ["
           << f.code << "]" << Qt::endl;
}

namespace {

int parseOrFail(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return Unreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    return -1;
}

// The --year option, or `fallback` when it is not given; 0 (after a message) when it is no year.
int yearOption(const QCommandLineParser &p, int fallback)
{
    if (!p.isSet(QStringLiteral("year")))
        return fallback;
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    if (ok && year >= 1990 && year <= 2200)
        return year;
    err() << Tr::tr("new: \"%1\" is not a year.").arg(p.value(QStringLiteral("year"))) << Qt::endl;
    return 0;
}

int cmdNew(QCommandLineParser &p, const QStringList &)
{
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err() << Tr::tr("new: give the file to create with -o FILE.") << Qt::endl;
        return Unreadable;
    }
    if (QFileInfo::exists(output)) {
        err() << Tr::tr("new: \"%1\" already exists; it was left as it is.").arg(output)
              << Qt::endl;
        return Problems;
    }
    Document doc;
    QString made;
    if (p.isSet(QStringLiteral("from"))) {
        if (p.isSet(QStringLiteral("template"))) {
            err() << Tr::tr("new: --from keeps last year's chapters, so it takes no --template.")
                  << Qt::endl;
            return Unreadable;
        }
        const QString from = p.value(QStringLiteral("from"));
        const auto last = DocumentFile::load(from);
        if (!last.ok()) {
            err() << last.error.message << Qt::endl;
            return Unreadable;
        }
        const int year = yearOption(p, last.document.metadata.year + 1);
        if (!year)
            return Unreadable;
        doc = rollForward(last.document, year);
        made = Tr::tr("Created %1 for %2 from %3: last year's figures are now the comparison "
                      "column, and events and honours are empty.")
                   .arg(output)
                   .arg(year)
                   .arg(from);
    } else {
        const auto registry = TemplateRegistry::loadDefault();
        const QString id = p.isSet(QStringLiteral("template")) ? p.value(QStringLiteral("template"))
                                                               : TemplateRegistry::DefaultId;
        const Template *tmpl = registry.find(id);
        if (!tmpl) {
            err() << Tr::tr("new: there is no template \"%1\"; `csrstudio templates` lists them.")
                         .arg(id)
                  << Qt::endl;
            return Problems;
        }
        const int year = yearOption(p, QDate::currentDate().year() - 1);
        if (!year)
            return Unreadable;
        doc = newDocument(*tmpl, QString(), year);
        made = Tr::tr("Created %1 from the template \"%2\".").arg(output, tmpl->name);
    }
    if (p.isSet(QStringLiteral("unit")))
        doc.metadata.unitName = p.value(QStringLiteral("unit"));
    const QString error = DocumentFile::save(doc, output);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return Problems;
    }
    out() << made << Qt::endl;
    return Ok;
}

int cmdValidate(QCommandLineParser &p, const QStringList &positional)
{
    Q_UNUSED(p);
    if (positional.size() != 1) {
        err() << Tr::tr("validate: give exactly one report file.") << Qt::endl;
        return Unreadable;
    }
    const auto read = loadReport(positional.first());
    if (!read.ok()) {
        err() << read.error.message << Qt::endl;
        return Unreadable;
    }
    const auto registry = TemplateRegistry::loadDefault();
    const QString templateId = read.document.metadata.templateId;
    const Template *tmpl = registry.find(templateId);
    // Never guess a frame: other sectors use other chapters. Say what was not checked.
    if (templateId.isEmpty())
        out() << Tr::tr("note: the report names no template (metadata.templateId), so no "
                        "required chapters were checked.")
              << Qt::endl;
    else if (!tmpl)
        out() << Tr::tr("note: the template \"%1\" is not installed, so its required chapters "
                        "were not checked.")
                     .arg(templateId)
              << Qt::endl;
    auto findings = validate(read.document, tmpl);
    // The promised length needs the layout: checked only when the notes promise one.
    if (const auto promise = print::PageBudget::layOutAndCheck(read.document))
        findings << *promise;
    int errors = 0, warnings = 0;
    for (const Finding &f : findings) {
        (f.severity == Finding::Severity::Error ? errors : warnings)++;
        printFinding(out(), f, read.document);
    }
    out() << Tr::tr("%1: %2 error(s), %3 warning(s).")
                 .arg(positional.first())
                 .arg(errors)
                 .arg(warnings)
          << Qt::endl;
    return errors ? Problems : Ok;
}

int cmdFormat(QCommandLineParser &, const QStringList &positional)
{
    if (positional.size() != 1) {
        err() << Tr::tr("format: give exactly one report file.") << Qt::endl;
        return Unreadable;
    }
    const auto read = DocumentFile::load(positional.first());
    if (!read.ok()) {
        err() << read.error.message << Qt::endl;
        return Unreadable;
    }
    const QString error = DocumentFile::save(read.document, positional.first());
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return Problems;
    }
    return Ok;
}

int cmdTemplates(QCommandLineParser &, const QStringList &)
{
    const auto registry = TemplateRegistry::loadDefault();
    for (const Template &t : registry.templates())
        out() << t.id << "\t" << t.name << "\t" << t.path << Qt::endl;
    for (const QString &problem : registry.problems())
        err() << Tr::tr("warning: %1").arg(problem) << Qt::endl;
    return Ok;
}

QList<Command> commands()
{
    return {
        {QStringLiteral("new"), false,
         Tr::tr("Create a new report from a template, or from last year's report."), cmdNew,
         [](QCommandLineParser &p) {
             p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          Tr::tr("The report file to create (.csreport)."),
                          Tr::tr("FILE")});
             p.addOption({QStringLiteral("template"),
                          Tr::tr("Template id (default: %1).").arg(TemplateRegistry::DefaultId),
                          Tr::tr("NAME")});
             p.addOption({QStringLiteral("unit"), Tr::tr("The unit's name."), Tr::tr("NAME")});
             p.addOption({QStringLiteral("year"),
                          Tr::tr("The report year (default: last year; with --from, the year "
                                 "after that report's)."),
                          Tr::tr("YYYY")});
             p.addOption({QStringLiteral("from"),
                          Tr::tr("Start from last year's report instead of a template: its "
                                 "chapters, prose and figures, with its figures as last year's."),
                          Tr::tr("FILE")});
         }},
        // Measures the pages when the notes promise a length: fonts need a GUI application.
        {QStringLiteral("validate"), true,
         Tr::tr("Check a report; exit 0 without errors, 1 with errors, 2 if unreadable."),
         cmdValidate,
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("FILE"),
                                     Tr::tr("The report: a file, or SERVER#REPORT for a team "
                                            "report."));
         }},
        {QStringLiteral("format"), false,
         Tr::tr("Rewrite a report file in its canonical form (stable for version control)."),
         cmdFormat,
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The report."));
         }},
        {QStringLiteral("templates"), false, Tr::tr("List the available templates."), cmdTemplates,
         [](QCommandLineParser &) {}},
        templateFromCommand(),
        exportCommand(),
        importCommand(),
        collectCommand(),
        importDataCommand(),
        printCommand(),
        signCommand(),
        verifyCommand(),
        teamCommand(),
        reviewCommand(),
    };
}

QString overview();

} // namespace

bool needsGuiApplication(const QString &word)
{
    const auto all = commands();
    return std::any_of(all.begin(), all.end(),
                       [&](const Command &c) { return c.name == word && c.needsGui; });
}

bool isCommand(const QString &word)
{
    const auto all = commands();
    return std::any_of(all.begin(), all.end(), [&](const Command &c) { return c.name == word; });
}

namespace {
QString overview()
{
    QString text = Tr::tr("Usage: csrstudio [FILE]            open the editor\n"
                          "       csrstudio COMMAND [options]  run a command without a display\n\n"
                          "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name, -12).arg(c.summary);
    text += Tr::tr("\n`csrstudio COMMAND --help` explains a command's options.\n"
                   "Exit status: 0 done, 1 problems found in the input, 2 the input or the call "
                   "could not be used.\n");
    return text;
}

// A command's parser with its options declared, as `csrstudio COMMAND --help` shows it.
void declare(QCommandLineParser &parser, const Command &c)
{
    parser.setApplicationDescription(c.summary);
    parser.addHelpOption();
    parser.addPositionalArgument(c.name, c.summary, c.name);
    c.declare(parser);
}

// `csrstudio --help-man`: the build turns it into csrstudio(1).
QString manual()
{
    QList<CommandHelp> helps;
    for (const Command &c : commands()) {
        QCommandLineParser parser;
        declare(parser, c);
        helps.append({c.name, parser.helpText()});
    }
    return manPage(
        QCoreApplication::applicationVersion(),
        Tr::tr("write, check, export and sign the yearly CSR report of a civilized unit"),
        overview(), helps);
}
} // namespace

int checkEditorStart(const QStringList &args)
{
    // QApplication takes its own single-dash options (-platform xcb, -style fusion, -reverse,
    // …), so those are left to it; the rest must be at most one report file.
    static const QStringList qtOptionsWithValue{
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"),    QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),      QStringLiteral("-session"),
        QStringLiteral("-display"),         QStringLiteral("-geometry")};
    QStringList files;
    bool platformGiven = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &word = args.at(i);
        if (word.startsWith(QLatin1String("--"))) {
            err() << Tr::tr("Unknown command or option \"%1\".\n").arg(word) << overview();
            return Unreadable;
        }
        if (word.startsWith(QLatin1Char('-'))) {
            platformGiven |= word == QLatin1String("-platform");
            if (qtOptionsWithValue.contains(word))
                ++i;
            continue;
        }
        files << word;
    }
    if (files.size() > 1) {
        err() << Tr::tr("The editor opens one report at a time; commands are listed below.\n")
              << overview();
        return Unreadable;
    }
    if (files.size() == 1) {
        const QString &word = files.first();
        // A word that is no file and does not look like a path is a mistyped command.
        const bool looksLikePath = word.contains(QLatin1Char('/')) ||
                                   word.contains(QLatin1Char('.')) || QFileInfo::exists(word);
        if (!looksLikePath) {
            err() << Tr::tr("Unknown command or option \"%1\".\n").arg(word) << overview();
            return Unreadable;
        }
    }
#ifdef Q_OS_LINUX
    if (!platformGiven && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        err() << Tr::tr("There is no display to open the editor window on (DISPLAY is not set). "
                        "The commands run without one:\n")
              << overview();
        return Unreadable;
    }
#endif
    return -1;
}

int run(const QStringList &args)
{
    if (args.size() < 2)
        return -1;
    const QString word = args.at(1);
    if (word == QLatin1String("--help") || word == QLatin1String("-h") ||
        word == QLatin1String("help")) {
        out() << overview();
        return Ok;
    }
    if (word == QLatin1String("--help-man")) {
        out() << manual();
        return Ok;
    }
    if (word == QLatin1String("--version")) {
        out() << QCoreApplication::applicationName() << " "
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    for (const Command &c : commands()) {
        if (c.name != word)
            continue;
        QCommandLineParser parser;
        declare(parser, c);
        QStringList rest = args;
        rest.removeAt(1);
        if (const int code = parseOrFail(parser, rest); code >= 0)
            return code;
        return c.run(parser, parser.positionalArguments());
    }
    return -1;
}

} // namespace csr::cli
