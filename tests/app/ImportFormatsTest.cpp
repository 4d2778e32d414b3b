// Importing last year's report from a Word document (one built by python-docx from the sample's
// published text: paragraphs, heading styles, a table of figures) measured against the
// hand-made report; damaged or hostile .docx files and texts in an unknown encoding refused
// with a message and nothing written; a GBK text read as such.
#include "CliRun.h"
#include "DocumentFile.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace csr;

namespace {

test::CliRun csrstudio(const QStringList &args)
{
    return test::runCsrstudioInEnglish(args);
}

QString python()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
               ? QStringLiteral("/usr/bin/python3")
               : QStringLiteral("python3");
}

// The sample's text as a Word document, written by python-docx (a foreign writer).
QString sampleDocx(const QTemporaryDir &dir)
{
    const QString docx = dir.filePath(QStringLiteral("sample.docx"));
    QProcess p;
    p.start(python(), {QStringLiteral(CSR_SOURCE_DIR "/tests/app/make-report-docx.py"),
                       QStringLiteral(CSR_SOURCE_DIR "/tests/core/data/west-district-2023.txt"),
                       docx, QStringLiteral("--table")});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return docx;
}

// `docx` rewritten with its word/document.xml replaced (python's zipfile).
QString withDocumentXml(const QString &docx, const QString &out, const QByteArray &xml)
{
    QProcess p;
    p.start(python(), {QStringLiteral("-c"),
                       QStringLiteral("import sys,zipfile\n"
                                      "src=zipfile.ZipFile(sys.argv[1])\n"
                                      "dst=zipfile.ZipFile(sys.argv[2],'w',zipfile.ZIP_DEFLATED)\n"
                                      "for i in src.infolist():\n"
                                      "  data=src.read(i.filename)\n"
                                      "  if i.filename=='word/document.xml':\n"
                                      "    data=sys.stdin.buffer.read()\n"
                                      "  dst.writestr(i.filename,data)\n"
                                      "dst.close()\n"),
                       docx, out});
    p.write(xml);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return out;
}

std::pair<int, int> count(const QString &report, const QString &what)
{
    const QRegularExpression re(what + QStringLiteral(": (\\d+)/(\\d+)"));
    const auto m = re.match(report);
    REQUIRE(m.hasMatch());
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

} // namespace

TEST_CASE("import reads a Word document made from the sample's text")
{
    QTemporaryDir dir;
    const QString docx = sampleDocx(dir);
    const QString out = dir.filePath(QStringLiteral("imported.csreport"));
    const auto made = csrstudio({QStringLiteral("import"), docx, QStringLiteral("-o"), out,
                                 QStringLiteral("--compare"), QStringLiteral(CSR_SAMPLE)});
    INFO(made.out.toStdString());
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    // Floors at what was measured: 37/37 chapters, 79/81 figures, 23/23 events, 5/5 notes.
    const auto chapters = count(made.out, QStringLiteral("chapters placed"));
    CHECK(chapters.first == chapters.second);
    const auto figures = count(made.out, QStringLiteral("figures recovered \\(value and unit\\)"));
    CHECK(figures.first >= 79);
    CHECK(figures.first * 10 >= figures.second * 9);
    const auto events =
        count(made.out, QStringLiteral("dated events recovered \\(date and text\\)"));
    CHECK(events.first == 23);
    CHECK(count(made.out, QStringLiteral("report notes fields")).first == 5);
    CHECK(made.out.contains(QStringLiteral("signatory: exact")));

    // The table of figures (label | value | unit) is a metric table of the profile chapter.
    const auto read = DocumentFile::load(out);
    REQUIRE(read.ok());
    const Document &doc = read.document;
    QStringList rows;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        for (const Block &b : v.chapter.blocks)
            if (const auto *t = std::get_if<MetricTable>(&b.content))
                for (const QString &id : t->metricIds)
                    if (const Metric *m = doc.findMetric(id); m && m->value)
                        rows << QStringLiteral("%1 %2 %3 %4")
                                    .arg(v.chapter.key, m->label, formatNumber(*m->value), m->unit);
    });
    CHECK(rows.contains(QStringLiteral("overview.profile 全口径员工 1184 人")));
    CHECK(rows.contains(QStringLiteral("overview.profile 服务总面积 92.5 平方公里")));
}

TEST_CASE("a damaged or hostile Word document is refused with a message and nothing written")
{
    QTemporaryDir dir;
    const QString docx = sampleDocx(dir);
    QFile whole(docx);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();

    const QString truncated = dir.filePath(QStringLiteral("truncated.docx"));
    QFile half(truncated);
    REQUIRE(half.open(QIODevice::WriteOnly));
    half.write(bytes.left(bytes.size() / 2));
    half.close();
    const QString doc97 = dir.filePath(QStringLiteral("old.docx"));
    QFile old(doc97);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write(QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) + QByteArray(4096, '\0'));
    old.close();
    const QString dtd = withDocumentXml(
        docx, dir.filePath(QStringLiteral("dtd.docx")),
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
        "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body>"
        "</w:document>");
    const QString broken = withDocumentXml(docx, dir.filePath(QStringLiteral("broken.docx")),
                                           "<w:document xmlns:w=\"x\"><w:body><w:p><w:r>");

    const std::pair<QString, QString> cases[] = {
        {truncated, QStringLiteral("ZIP structure is damaged")},
        {doc97, QStringLiteral("not a .docx")},
        {dtd, QStringLiteral("DTD")},
        {broken, QStringLiteral("XML is damaged")},
    };
    for (const auto &[input, message] : cases) {
        INFO(input.toStdString());
        const QString out = dir.filePath(QStringLiteral("out.csreport"));
        const auto run = csrstudio({QStringLiteral("import"), input, QStringLiteral("-o"), out});
        INFO(run.err.toStdString());
        CHECK(run.code == 2);
        CHECK(run.err.contains(QStringLiteral("Word document cannot be read")));
        CHECK(run.err.contains(message));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("a GBK text is read as GB18030, a text in no known encoding is refused, nothing written")
{
    QTemporaryDir dir;
    QFile source(QStringLiteral(CSR_SOURCE_DIR "/tests/core/data/west-district-2023.txt"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QStringEncoder gbk("GB18030");
    REQUIRE(gbk.isValid());
    const QString gbkText = dir.filePath(QStringLiteral("gbk.txt"));
    test::writeFile(gbkText, gbk(QString::fromUtf8(source.readAll())));
    const QString out = dir.filePath(QStringLiteral("gbk.csreport"));
    const auto made = csrstudio({QStringLiteral("import"), gbkText, QStringLiteral("-o"), out});
    INFO(made.err.toStdString());
    CHECK(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("read as GB18030")));
    const auto read = DocumentFile::load(out);
    REQUIRE(read.ok());
    CHECK(read.document.signatory.name == QStringLiteral("朱樱"));

    const QString unknown = dir.filePath(QStringLiteral("unknown.txt"));
    test::writeFile(unknown, QByteArray("\xff\xfe\xff\x80\x81 \x81\x30", 8));
    const QString none = dir.filePath(QStringLiteral("none.csreport"));
    const auto refused = csrstudio({QStringLiteral("import"), unknown, QStringLiteral("-o"), none});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(QStringLiteral("neither UTF-8 nor GBK")));
    CHECK_FALSE(QFile::exists(none));
}
