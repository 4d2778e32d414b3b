// What an imported report prints, read as a reader would: last year's published text imported,
// exported again, and its PDF's text (pdftotext) compared with the source's paragraphs (issue 13:
// "matches the source text's paragraphs, apart from layout").
#include "CliRun.h"
#include "Document.h"
#include "DocumentFile.h"
#include "References.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace csr;

namespace {

test::CliRun csrstudio(const QStringList &args)
{
    return test::runCsrstudioInEnglish(args);
}

QString squeezed(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

// The PDF's running text: pages joined without their running header (each page's first line
// from the second page on) and page numbers ("3 / 17"), which would otherwise stand inside a
// paragraph that a page break cuts.
QString bodyText(const QString &pdfText)
{
    const QStringList pages = pdfText.split(QLatin1Char('\f'));
    QString header;
    if (pages.size() > 1)
        for (const QString &line : pages.at(1).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty()) {
                header = line.trimmed();
                break;
            }
    const QRegularExpression pageNumber(QStringLiteral("^\\d+\\s*/\\s*\\d+$"));
    QString body;
    for (const QString &page : pages)
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (t != header && !pageNumber.match(t).hasMatch())
                body += t;
        }
    return squeezed(body);
}

} // namespace

TEST_CASE("an imported report prints its source's paragraphs (pdftotext of its export)")
{
    QTemporaryDir dir;
    const QString source = QStringLiteral(CSR_SOURCE_DIR "/tests/core/data/west-district-2023.txt");
    const QString report = dir.filePath(QStringLiteral("imported.csreport"));
    const QString pdf = dir.filePath(QStringLiteral("imported.pdf"));
    REQUIRE(csrstudio({QStringLiteral("import"), source, QStringLiteral("-o"), report}).code == 0);
    const test::CliRun exported =
        csrstudio({QStringLiteral("export"), report, QStringLiteral("-o"), pdf});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    int pdftotextCode = -1;
    const QString printed = bodyText(
        test::toolOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &pdftotextCode));
    REQUIRE(pdftotextCode == 0);

    QFile file(source);
    REQUIRE(file.open(QIODevice::ReadOnly));
    // Without the page number the text's extraction kept ("16 / 22"), which the import drops.
    const QString sourceText =
        squeezed(QString::fromUtf8(file.readAll())
                     .remove(QRegularExpression(QStringLiteral("(?m)^\\d+ / \\d+$"))));

    const auto loaded = DocumentFile::load(report);
    REQUIRE(loaded.ok());
    const Document &doc = loaded.document;
    int paragraphs = 0;
    QStringList notPrinted;
    forEachChapter(doc, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *p = std::get_if<Paragraph>(&b.content)) {
                const QString text =
                    squeezed(resolveReferences(p->text, doc, Edition::Public).text);
                if (text.isEmpty())
                    continue;
                ++paragraphs;
                // Each paragraph is a piece of the source (a masked "**" figure stays "**" in the
                // public edition) and stands in the PDF as it is.
                CHECK(sourceText.contains(text));
                if (!printed.contains(text))
                    notPrinted << text;
            }
    });
    INFO(notPrinted.join(QLatin1Char('\n')).toStdString());
    CHECK(paragraphs > 50);
    CHECK(notPrinted.isEmpty());
}
