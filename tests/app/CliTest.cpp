// The csrstudio command line, run as a user or a server script would: the real executable,
// with no display at all (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM).
#include "CliRun.h"
#include "DocumentFile.h"
#include "LocationText.h"
#include "PageBudget.h"
#include "Template.h"
#include "TestSupport.h"
#include "Validator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace csr;

namespace {

using Run = test::CliRun;

Run csrstudio(const QStringList &args, const QString &templatePath = QString())
{
    return test::runCsrstudioInEnglish(args, templatePath);
}

const QString Sample = QStringLiteral(CSR_SAMPLE);

} // namespace

TEST_CASE("validate exits 0 for the sample and lists its warnings")
{
    const Run r = csrstudio({QStringLiteral("validate"), Sample});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    // As many warnings as the validator finds in the sample (its undisclosed ** figures and
    // the undated statement), every one of them printed with its code.
    // The length the report notes promise is checked too, against the laid-out pages.
    const Document sample = test::loadSample();
    auto findings =
        validate(sample, TemplateRegistry::loadDefault().find(sample.metadata.templateId));
    if (const auto promise = print::PageBudget::layOutAndCheck(sample))
        findings << *promise;
    REQUIRE_FALSE(hasErrors(findings));
    CHECK(r.out.contains(QStringLiteral("0 error(s), %1 warning(s)").arg(findings.size())));
    for (const Finding &f : findings)
        CHECK(r.out.contains(QLatin1Char('[') + f.code + QLatin1Char(']')));
    // Where, in the editor's words: the figure by its name, not "metrics.revenue.total".
    CHECK(r.out.contains(describeLocation({.metricId = QStringLiteral("revenue.total")}, sample) +
                         QStringLiteral(": ")));
    CHECK_FALSE(r.out.contains(QStringLiteral("metrics.revenue.total")));
    CHECK(r.out.contains(QStringLiteral("signatory-date-missing")));
}

TEST_CASE("validate exits 1 for a report with errors and names where they are")
{
    QTemporaryDir dir;
    Document doc = test::loadSample();
    doc.signatory.name.clear();
    const QString path = dir.filePath(QStringLiteral("unsigned.csreport"));
    REQUIRE(DocumentFile::save(doc, path).isEmpty());
    const Run r = csrstudio({QStringLiteral("validate"), path});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("error: Signatory › name")));
}

TEST_CASE("validate holds the report to the length its notes promise")
{
    QTemporaryDir dir;
    Document doc = test::loadSample();
    doc.metadata.pageBudget = 3; // far fewer pages than the sample prints
    const QString path = dir.filePath(QStringLiteral("short.csreport"));
    REQUIRE(DocumentFile::save(doc, path).isEmpty());
    const Run r = csrstudio({QStringLiteral("validate"), path});
    INFO(r.out.toStdString());
    CHECK(r.code == 0); // a warning, as at export
    CHECK(r.out.contains(QStringLiteral("warning: Report details › promised pages: The report "
                                        "notes promise 3 pages; the printed report has")));
    CHECK(r.out.contains(QStringLiteral("[page-budget-differs]")));
}

TEST_CASE("validate says when a report names no template to check its chapters against")
{
    QTemporaryDir dir;
    Document doc = test::loadSample();
    doc.metadata.templateId.clear();
    const QString path = dir.filePath(QStringLiteral("frameless.csreport"));
    REQUIRE(DocumentFile::save(doc, path).isEmpty());
    const Run r = csrstudio({QStringLiteral("validate"), path});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("names no template")));
}

TEST_CASE("validate exits 2 for a truncated file and leaves it as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.csreport"));
    const QByteArray whole = test::readFile(Sample);
    test::writeFile(path, whole.left(whole.size() / 3));
    const Run r = csrstudio({QStringLiteral("validate"), path});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("cut.csreport")));
    CHECK(r.err.contains(QStringLiteral("syntax error")));
    CHECK((test::readFile(path) == whole.left(whole.size() / 3)));
}

TEST_CASE("new writes a report from the guideline that validate holds to its chapters")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024.csreport"));
    const Run made =
        csrstudio({QStringLiteral("new"), QStringLiteral("-o"), path, QStringLiteral("--unit"),
                   QStringLiteral("测试单位"), QStringLiteral("--year"), QStringLiteral("2024")});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const auto read = DocumentFile::load(path);
    REQUIRE(read.ok());
    CHECK(read.document.metadata.unitName == QStringLiteral("测试单位"));
    CHECK(read.document.metadata.year == 2024);
    // An empty frame is not a report yet: the required chapters are reported empty.
    const Run checked = csrstudio({QStringLiteral("validate"), path});
    CHECK(checked.code == 1);
    CHECK(checked.out.contains(QStringLiteral("公开陈述")));
    // new never overwrites.
    const QByteArray before = test::readFile(path);
    CHECK(csrstudio({QStringLiteral("new"), QStringLiteral("-o"), path}).code != 0);
    CHECK((test::readFile(path) == before));
}

TEST_CASE("new --from starts next year's report from last year's")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024.csreport"));
    const Run made = csrstudio(
        {QStringLiteral("new"), QStringLiteral("-o"), path, QStringLiteral("--from"), Sample});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("2024")));
    const auto read = DocumentFile::load(path);
    REQUIRE(read.ok());
    CHECK(read.document.metadata.year == 2024);
    const Metric *staff = read.document.findMetric(QStringLiteral("staff.total"));
    REQUIRE(staff);
    CHECK(staff->previousValue == 1184);
    CHECK_FALSE(staff->value);

    const Run both = csrstudio(
        {QStringLiteral("new"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.csreport")),
         QStringLiteral("--from"), Sample, QStringLiteral("--template"), QStringLiteral("t")});
    CHECK(both.code == 2);
    const Run missing = csrstudio(
        {QStringLiteral("new"), QStringLiteral("-o"), dir.filePath(QStringLiteral("y.csreport")),
         QStringLiteral("--from"), dir.filePath(QStringLiteral("none.csreport"))});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("none.csreport")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("y.csreport"))));
}

TEST_CASE("A unit's own template is found without rebuilding")
{
    QTemporaryDir dir;
    QJsonObject root =
        QJsonDocument::fromJson(test::readFile(QStringLiteral(CSR_BUILTIN_TEMPLATE))).object();
    QJsonObject about = root[QStringLiteral("template")].toObject();
    about[QStringLiteral("id")] = QStringLiteral("school-six-dimensions");
    about[QStringLiteral("name")] = QStringLiteral("学校社会责任报告（六个维度）");
    root[QStringLiteral("template")] = about;
    test::writeFile(dir.filePath(QStringLiteral("school.json")), QJsonDocument(root).toJson());

    const Run listed = csrstudio({QStringLiteral("templates")}, dir.path());
    CHECK(listed.code == 0);
    CHECK(listed.out.contains(QStringLiteral("school-six-dimensions")));
    CHECK(listed.out.contains(QStringLiteral("shanghai-civilized-unit-2022-2023")));

    const QString path = dir.filePath(QStringLiteral("school.csreport"));
    const Run made =
        csrstudio({QStringLiteral("new"), QStringLiteral("-o"), path, QStringLiteral("--template"),
                   QStringLiteral("school-six-dimensions")},
                  dir.path());
    INFO(made.err.toStdString());
    CHECK(made.code == 0);
    CHECK(DocumentFile::load(path).document.metadata.templateId ==
          QStringLiteral("school-six-dimensions"));
}

TEST_CASE("A mistyped command gets a message instead of an editor without a display")
{
    const Run typo = csrstudio({QStringLiteral("validat"), Sample});
    CHECK(typo.code == 2);
    CHECK(typo.err.contains(QStringLiteral("validat")));
    CHECK(typo.err.contains(QStringLiteral("validate"))); // the list of real commands

    const Run option = csrstudio({QStringLiteral("--frobnicate")});
    CHECK(option.code == 2);
    CHECK(option.err.contains(QStringLiteral("--frobnicate")));

    const Run window = csrstudio({Sample});
    CHECK(window.code == 2);
    CHECK(window.err.contains(QStringLiteral("no display")));

    // Qt's own options are QApplication's to take, not mistakes: the one problem left here is
    // the missing display.
    const Run styled = csrstudio({QStringLiteral("-style"), QStringLiteral("fusion"), Sample});
    CHECK(styled.code == 2);
    CHECK(styled.err.contains(QStringLiteral("no display")));

    const Run two = csrstudio({Sample, Sample});
    CHECK(two.code == 2);
    CHECK(two.err.contains(QStringLiteral("one report at a time")));
}

TEST_CASE("export paints the PDF with no display configured")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run r = csrstudio({QStringLiteral("export"), Sample, QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(test::readFile(pdf).startsWith("%PDF-"));
}

TEST_CASE("--help explains every command")
{
    const Run r = csrstudio({QStringLiteral("--help")});
    CHECK(r.code == 0);
    for (const char *command : {"new", "validate", "format", "templates", "template-from", "export",
                                "print", "sign", "verify"})
        CHECK(r.out.contains(QLatin1String("  ") + QLatin1String(command)));
}

namespace {
// The chapter frame as a person reads it: numbered titles, keys and required flags, in order.
QStringList frame(const Document &doc)
{
    QStringList out;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        QStringList kinds;
        for (const Block &b : v.chapter.blocks)
            kinds << blockKindName(b.kind()) + QLatin1Char(':') + b.hint;
        out << QStringLiteral("%1%2|%3|%4|%5")
                   .arg(v.number, v.chapter.title, v.chapter.key)
                   .arg(v.chapter.required)
                   .arg(kinds.join(QLatin1Char(',')));
    });
    return out;
}
} // namespace

TEST_CASE("template-from makes a template whose new reports have the sample's chapter frame")
{
    QTemporaryDir dir;
    const QString t = dir.filePath(QStringLiteral("west-frame.json"));
    const Run made = csrstudio({QStringLiteral("template-from"), Sample, QStringLiteral("-o"), t,
                                QStringLiteral("--name"), QStringLiteral("西区框架")});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);

    const QString report = dir.filePath(QStringLiteral("next.csreport"));
    const Run created = csrstudio({QStringLiteral("new"), QStringLiteral("--template"),
                                   QStringLiteral("west-frame"), QStringLiteral("--unit"),
                                   QStringLiteral("某某单位"), QStringLiteral("-o"), report},
                                  dir.path());
    INFO(created.err.toStdString());
    REQUIRE(created.code == 0);
    const Document sample = test::loadSample();
    const auto next = DocumentFile::load(report);
    REQUIRE(next.ok());
    CHECK(frame(next.document) == frame(sample));
    // Figure definitions stay, figures and events go.
    REQUIRE(next.document.metrics.size() == sample.metrics.size());
    for (qsizetype i = 0; i < sample.metrics.size(); ++i) {
        CHECK(next.document.metrics[i].label == sample.metrics[i].label);
        CHECK(next.document.metrics[i].unit == sample.metrics[i].unit);
        CHECK_FALSE(next.document.metrics[i].value);
    }
    forEachChapter(next.document.chapters, [](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks) {
            if (const auto *p = std::get_if<Paragraph>(&b.content))
                CHECK(p->text.isEmpty());
            if (const auto *tl = std::get_if<Timeline>(&b.content))
                CHECK(tl->entries.isEmpty());
        }
    });

    // validate holds the new report to the same required chapters: the empty ones are named.
    const Run checked = csrstudio({QStringLiteral("validate"), report}, dir.path());
    CHECK(checked.code == 1);
    CHECK(checked.out.contains(QStringLiteral("[required-chapter-empty]")));
    CHECK_FALSE(checked.out.contains(QStringLiteral("is not installed")));
}

TEST_CASE("template-from refuses a template id that cannot name a file, and writes nothing")
{
    QTemporaryDir dir;
    const QString t = dir.filePath(QStringLiteral("bad.json"));
    const Run r = csrstudio({QStringLiteral("template-from"), Sample, QStringLiteral("-o"), t,
                             QStringLiteral("--id"), QStringLiteral("a/b")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Template › id")));
    CHECK_FALSE(QFile::exists(t));
}

TEST_CASE("the manual page (--help-man) is every command's --help, as roff")
{
    const Run man = csrstudio({QStringLiteral("--help-man")});
    REQUIRE(man.code == 0);
    CHECK(man.out.startsWith(QStringLiteral(".TH CSRSTUDIO 1 ")));
    CHECK_FALSE(man.out.contains(QStringLiteral("/csrstudio"))); // the name, not the build path
    const QStringList commands = {QStringLiteral("new"),    QStringLiteral("validate"),
                                  QStringLiteral("format"), QStringLiteral("templates"),
                                  QStringLiteral("export"), QStringLiteral("print"),
                                  QStringLiteral("sign"),   QStringLiteral("verify")};
    // Each option as --help lists it ("  -o, --output <FILE>   The report…") is a tagged
    // paragraph of the page, its dashes written as roff's minus signs.
    static const QRegularExpression option(QStringLiteral("^  (-\\S.*?)\\s{2,}(\\S.*)$"),
                                           QRegularExpression::MultilineOption);
    for (const QString &command : commands) {
        INFO(command.toStdString());
        CHECK(man.out.contains(QStringLiteral(".SS %1\n").arg(command)));
        const Run help = csrstudio({command, QStringLiteral("--help")});
        int options = 0;
        for (auto it = option.globalMatch(help.out); it.hasNext(); ++options) {
            const auto m = it.next();
            QString names = m.captured(1);
            names.replace(QLatin1Char('-'), QStringLiteral("\\-"));
            CHECK(
                man.out.contains(QStringLiteral(".TP\n\\fB%1\\fR\n%2").arg(names, m.captured(2))));
        }
        CHECK(options >= 2); // at least --help and --help-all
    }
}

TEST_CASE("import turns the published text into a report and never overwrites a file")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral(CSR_SOURCE_DIR "/tests/core/data/west-district-2023.txt");
    const QString out = dir.filePath(QStringLiteral("imported.csreport"));
    const Run made = csrstudio({QStringLiteral("import"), text, QStringLiteral("-o"), out,
                                QStringLiteral("--compare"), Sample});
    INFO(made.err.toStdString());
    CHECK(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("signatory: exact")));
    const auto read = DocumentFile::load(out);
    REQUIRE(read.ok());
    CHECK(read.document.signatory.name == QStringLiteral("朱樱"));
    // The import is a valid report: no dangling quotes, no duplicate ids.
    const Run checked = csrstudio({QStringLiteral("validate"), out});
    INFO(checked.out.toStdString());
    CHECK(checked.code == 0);

    // An existing file is left as it is without --force, and replaced with it.
    QFile existing(out);
    REQUIRE(existing.open(QIODevice::WriteOnly | QIODevice::Truncate));
    existing.write("keep me");
    existing.close();
    const Run refused = csrstudio({QStringLiteral("import"), text, QStringLiteral("-o"), out});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    REQUIRE(existing.open(QIODevice::ReadOnly));
    CHECK(existing.readAll() == QByteArray("keep me"));
    existing.close();
    CHECK(csrstudio({QStringLiteral("import"), text, QStringLiteral("-o"), out,
                     QStringLiteral("--force")})
              .code == 0);
    CHECK(DocumentFile::load(out).ok());

    // A binary input: a message, exit 2, nothing written.
    const QString binary = dir.filePath(QStringLiteral("scan.pdf"));
    QFile bin(binary);
    REQUIRE(bin.open(QIODevice::WriteOnly));
    bin.write(QByteArray("%PDF-1.4\n\0\0\x01", 12));
    bin.close();
    const QString none = dir.filePath(QStringLiteral("none.csreport"));
    const Run bad = csrstudio({QStringLiteral("import"), binary, QStringLiteral("-o"), none});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("damaged")));
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("import reads a report's PDF: the sample's own export")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
    REQUIRE(csrstudio({QStringLiteral("export"), Sample, QStringLiteral("-o"), pdf}).code == 0);
    const QString imported = dir.filePath(QStringLiteral("imported.csreport"));
    const Run made = csrstudio({QStringLiteral("import"), pdf, QStringLiteral("--compare"), Sample,
                                QStringLiteral("-o"), imported});
    INFO(made.out.toStdString());
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    // Floors at what was measured: 37/37 chapters, 80/81 figures, 23/23 events, 5/5 notes,
    // signatory exact. Since the print work of issue 14 a table's column is as wide as its
    // widest text, so a timeline's widest dates stand closer to their events than a column gap
    // used to be; the reader parts them (and leaves the not-charted notes under charts out).
    // The notes' length is what the sample prints (24 pages; its promise follows it).
    auto count = [&](const QString &what) {
        const QRegularExpression re(what + QStringLiteral(": (\\d+)/(\\d+)"));
        const auto m = re.match(made.out);
        REQUIRE(m.hasMatch());
        return std::pair(m.captured(1).toInt(), m.captured(2).toInt());
    };
    const auto chapters = count(QStringLiteral("chapters placed"));
    CHECK(chapters.first == chapters.second);
    CHECK(count(QStringLiteral("figures recovered \\(value and unit\\)")).first >= 80);
    const auto events = count(QStringLiteral("dated events recovered \\(date and text\\)"));
    CHECK(events.second == 23);
    CHECK(events.first >= 23);
    const auto notes = count(QStringLiteral("report notes fields"));
    CHECK(notes.first == notes.second);
    // The notes under the sample's confidential tables' charts are not the report's text.
    const QByteArray written = test::readFile(imported);
    REQUIRE_FALSE(written.isEmpty());
    CHECK_FALSE(written.contains("未绘制"));
    CHECK_FALSE(written.contains("占比完成值、项目型应收")); // the note's wrapped line
    CHECK(made.out.contains(QStringLiteral("signatory: exact")));
}

TEST_CASE("import refuses a scanned or an encrypted PDF with a message and writes nothing")
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(scan); // a page with a picture and no text, as a scanner makes
        QPainter painter(&writer);
        painter.fillRect(QRect(100, 100, 2000, 2000), Qt::gray);
    }
    const QString out = dir.filePath(QStringLiteral("out.csreport"));
    const Run scanned = csrstudio({QStringLiteral("import"), scan, QStringLiteral("-o"), out});
    CHECK(scanned.code == 2);
    CHECK(scanned.err.contains(QStringLiteral("no text")));
    CHECK_FALSE(QFile::exists(out));

    const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
    REQUIRE(csrstudio({QStringLiteral("export"), Sample, QStringLiteral("-o"), pdf}).code == 0);
    const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
    REQUIRE(QProcess::execute(QStringLiteral("qpdf"),
                              {QStringLiteral("--encrypt"), QStringLiteral("user"),
                               QStringLiteral("owner"), QStringLiteral("256"), QStringLiteral("--"),
                               pdf, locked}) == 0);
    const Run encrypted = csrstudio({QStringLiteral("import"), locked, QStringLiteral("-o"), out});
    CHECK(encrypted.code == 2);
    CHECK(encrypted.err.contains(QStringLiteral("encrypted")));
    CHECK_FALSE(QFile::exists(out));
}
