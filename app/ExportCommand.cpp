#include "ExportCommand.h"

#include "DocumentFile.h"
#include "OpenDataExport.h"
#include "PdfExporter.h"
#include "ReportSource.h"
#include "ReportWording.h"
#include "SignCommand.h"
#include "SignOffCheck.h"
#include "Template.h"
#include "Validator.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <optional>

namespace csr::cli {

std::optional<Edition> editionFromName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("public"))
        return Edition::Public;
    if (name == QLatin1String("internal"))
        return Edition::Internal;
    return std::nullopt;
}

int loadForPrinting(const QString &command, const QString &path, bool force, Document &doc)
{
    const auto read = loadReport(path);
    if (!read.ok()) {
        err() << read.error.message << Qt::endl;
        return Unreadable;
    }
    doc = read.document;
    const auto registry = TemplateRegistry::loadDefault();
    const auto findings = validate(doc, registry.find(doc.metadata.templateId));
    // Warnings too: an empty confidential figure, say, prints as a placeholder in the internal
    // edition, and whoever exports should hear of it before a reader does.
    for (const Finding &f : findings)
        printFinding(err(), f, doc);
    if (!hasErrors(findings))
        return -1;
    if (force) {
        err() << Tr::tr("%1: going on despite the errors above (--force).").arg(command)
              << Qt::endl;
        return -1;
    }
    err() << Tr::tr("%1: %2 has errors; fix them, or pass --force to print it anyway.")
                 .arg(command, path)
          << Qt::endl;
    return Problems;
}

namespace {

int run(QCommandLineParser &p, const QStringList &positional)
{
    if (positional.size() != 1) {
        err() << Tr::tr("export: give exactly one report file.") << Qt::endl;
        return Unreadable;
    }
    const QString output = p.value(QStringLiteral("output"));
    const bool data = p.isSet(QStringLiteral("data"));
    if (output.isEmpty()) {
        err() << (data ? Tr::tr("export: give the data file to write with -o FILE.csv, "
                                "FILE.json or FILE.xlsx.")
                       : Tr::tr("export: give the PDF to write with -o FILE.pdf."))
              << Qt::endl;
        return Unreadable;
    }
    if (QFileInfo(output).exists() && QFileInfo(output).canonicalFilePath() ==
                                          QFileInfo(positional.first()).canonicalFilePath()) {
        err() << Tr::tr(
                     "export: the PDF would overwrite the report itself (%1); choose another -o.")
                     .arg(output)
              << Qt::endl;
        return Unreadable;
    }
    if (data)
        return exportOpenData(p, positional.first(), output);
    if (const int code = refuseSigningOptionsWithoutSign(p); code >= 0)
        return code;
    // The review edition is the internal one with the comments as PDF annotations and each
    // chapter's review status; it is for reviewers, never for publication.
    const bool reviewEdition = p.value(QStringLiteral("edition")) == QLatin1String("review");
    const auto edition = reviewEdition ? std::optional(Edition::Internal)
                                       : editionFromName(p.value(QStringLiteral("edition")));
    if (!edition) {
        err() << Tr::tr("export: the edition is \"public\", \"internal\" or \"review\", not "
                        "\"%1\".")
                     .arg(p.value(QStringLiteral("edition")))
              << Qt::endl;
        return Unreadable;
    }
    if (reviewEdition && p.isSet(QStringLiteral("sign"))) {
        err() << Tr::tr("export: the review edition carries the reviewers' comments and is never "
                        "signed; sign the public or internal edition.")
              << Qt::endl;
        return Unreadable;
    }
    // The edition in another language (its fixed words, dates and numbers) for this export only;
    // the report file keeps its own.
    const QString language = p.value(QStringLiteral("language"));
    if (p.isSet(QStringLiteral("language")) && !reportLanguages().contains(language)) {
        err() << Tr::tr("export: the report language is one of %1, not \"%2\".")
                     .arg(reportLanguages().join(QStringLiteral(", ")), language)
              << Qt::endl;
        return Unreadable;
    }
    Document doc;
    if (const int code = loadForPrinting(QStringLiteral("export"), positional.first(),
                                         p.isSet(QStringLiteral("force")), doc);
        code >= 0)
        return code;
    if (p.isSet(QStringLiteral("language")))
        doc.metadata.language = language;

    // Checked before any work: a report still under review is not signed.
    bool overridden = false;
    if (const int code = checkSignOff(p, doc, overridden); code >= 0)
        return code;

    print::ExportOptions options;
    options.edition = *edition;
    options.review = reviewEdition;
    options.pdfa = p.isSet(QStringLiteral("pdfa"));
    if (const QString font = qEnvironmentVariable("CSR_REPORT_FONT"); !font.isEmpty())
        options.fontPath = font;
    options.style = p.value(QStringLiteral("style"));
    // A signed export is written unsigned to a temporary folder first, so that an unsigned PDF
    // never takes the output's place when signing fails.
    std::optional<QTemporaryDir> staging;
    if (p.isSet(QStringLiteral("sign")))
        staging.emplace();
    const QString written = staging ? staging->filePath(QStringLiteral("unsigned.pdf")) : output;
    const print::ExportResult result = print::PdfExporter::exportPdf(doc, written, options);
    if (!result.ok()) {
        err() << Tr::tr("export: %1").arg(result.error) << Qt::endl;
        return Unreadable;
    }
    for (const QString &w : result.warnings)
        err() << Tr::tr("warning: %1").arg(w) << Qt::endl;
    if (staging) {
        if (!result.signature)
            err() << Tr::tr("warning: the report has no signature block; the signature is "
                            "invisible.")
                  << Qt::endl;
        const int page = result.signature ? result.signature->page : 0;
        const QRectF rect = result.signature ? result.signature->rectPt : QRectF();
        if (const int code = signWithOptions(p, written, output, page, rect,
                                             print::ReportWording::builtIn(doc.metadata.language)
                                                 .text(QStringLiteral("sign.reason")));
            code != Ok)
            return code;
        if (overridden)
            if (const int code = recordOverride(positional.first(), doc); code != Ok)
                return code;
    }
    out() << Tr::tr("Wrote %1: %2 pages, %3 edition%4.")
                 .arg(output)
                 .arg(result.pageCount)
                 .arg(reviewEdition                   ? Tr::tr("review")
                      : *edition == Edition::Internal ? Tr::tr("internal")
                                                      : Tr::tr("public"),
                      options.pdfa ? Tr::tr(", PDF/A-1b") : QString())
          << Qt::endl;
    if (result.signature) {
        const QRectF r = result.signature->rectPt;
        out() << Tr::tr("Signature block: page %1, x %2 y %3 w %4 h %5 (PDF points, origin "
                        "bottom-left).")
                     .arg(result.signature->page + 1)
                     .arg(r.x(), 0, 'f', 1)
                     .arg(r.y(), 0, 'f', 1)
                     .arg(r.width(), 0, 'f', 1)
                     .arg(r.height(), 0, 'f', 1)
              << Qt::endl;
    }
    return Ok;
}

} // namespace

Command exportCommand()
{
    return {QStringLiteral("export"), true,
            Tr::tr("Write the report as a PDF (public or internal edition, optionally PDF/A-1b)."),
            run, [](QCommandLineParser &p) {
                p.addPositionalArgument(
                    QStringLiteral("FILE"),
                    Tr::tr("The report: a file, or SERVER#REPORT for a team report."));
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                             Tr::tr("The PDF to write."),
                             Tr::tr("FILE.pdf")});
                p.addOption(
                    {QStringLiteral("edition"),
                     Tr::tr("public (confidential figures as **, the default), internal, or "
                            "review (internal with the comments and review status)."),
                     Tr::tr("EDITION")});
                p.addOption({QStringLiteral("pdfa"), Tr::tr("Write PDF/A-1b, for archiving.")});
                p.addOption({QStringLiteral("language"),
                             Tr::tr("The language of the printed report's fixed words, dates and "
                                    "numbers: zh_CN or en (default: the report's own setting)."),
                             Tr::tr("LANGUAGE")});
                p.addOption({QStringLiteral("style"),
                             Tr::tr("The print style: a style id (default, civic-blue, or one in "
                                    "the user's style folder) or a style file; instead of the "
                                    "report's own."),
                             Tr::tr("ID|FILE")});
                p.addOption({QStringLiteral("data"),
                             Tr::tr("Write the report's figures as open data instead of the PDF: "
                                    "-o FILE.csv, FILE.json or FILE.xlsx. The public edition "
                                    "leaves confidential values out.")});
                p.addOption(
                    {QStringLiteral("force"), Tr::tr("Export even when the report has errors.")});
                declareSigningOptions(p); // --sign CERT.p12 [--password-file|--password-env] …
                declareSignOffOptions(p); // --override-review REASON [--as NAME]
            }};
}

} // namespace csr::cli
