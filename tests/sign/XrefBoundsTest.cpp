// PoDoFo sizes its object table by what a PDF's cross-reference data claims; XrefBounds refuses
// claims beyond what the file's size allows before PoDoFo parses it, and must let every real
// file through.
#include "XrefBounds.h"
#include "PdfVerifier.h"
#include "RevisionDiff.h"
#include "SignFixture.h"

#include "CliRun.h"

using namespace csr;
using namespace csr::sign;

namespace {

// A one-page PDF written by hand, its offsets right: `sizeKey` is its trailer's /Size entry
// and `header` its xref subsection header; `extra` goes into the page's dictionary.
QByteArray tinyPdf(const QByteArray &sizeKey = "/Size 4", const QByteArray &header = "0 4",
                   const QByteArray &extra = {})
{
    const QList<QByteArray> bodies = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] " + extra + " >>"};
    QByteArray pdf = "%PDF-1.7\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + bodies[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n" + header + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    return pdf + "trailer\n<< " + sizeKey + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
}

VerificationReport verified(const QByteArray &pdf)
{
    return test::trustingTestCa().verify(pdf);
}

QString problemsOf(const VerificationReport &report)
{
    return report.problems.join(QLatin1Char('\n'));
}

const QString corpus = QStringLiteral(CSR_SOURCE_DIR "/tests/fuzz/corpus/verifier/");

} // namespace

TEST_CASE("A small file whose xref claims millions of objects is refused before PoDoFo reads it",
          "[sign][attack]")
{
    const QByteArray plain = tinyPdf();
    REQUIRE(XrefBounds::problem(plain).isEmpty());
    REQUIRE(verified(plain).status == VerificationReport::Status::NotSigned); // PoDoFo reads it

    // The trailer's /Size (its name escaped, as PoDoFo decodes it), or a subsection header.
    const QByteArray claims[] = {tinyPdf("/Size 3000000"), tinyPdf("/S#69ze 3000000"),
                                 tinyPdf("/Size 4", "0 3000000"), tinyPdf("/Size 4", "2999996 4"),
                                 tinyPdf("/Size 4", "0 4", "/Index [0 4 10 2999990]")};
    for (const QByteArray &pdf : claims) {
        CAPTURE(pdf.toStdString());
        CHECK(XrefBounds::problem(pdf).startsWith(
            QLatin1String("the file's cross-reference table claims 3000000 objects, more than "
                          "a file of this size can hold")));
        const VerificationReport report = verified(pdf);
        CHECK(report.status == VerificationReport::Status::TooMuchWork);
        CHECK(problemsOf(report).contains(
            QLatin1String("The file cannot be read safely: the file's cross-reference table "
                          "claims 3000000 objects")));
    }
    // A number PoDoFo would split in two is not guessed at.
    CHECK(XrefBounds::problem(tinyPdf("/Size 4", "0 " + QByteArray(300, '0') + "4"))
              .contains(QLatin1String("a number more than 255 characters long where an object")));
    // What is not a PDF to PoDoFo is left to the verifier's "not a PDF".
    CHECK(XrefBounds::problem(tinyPdf("/Size 3000000").mid(1)).isEmpty());
}

TEST_CASE("A file built to make the check itself slow is refused, not walked for ever",
          "[sign][attack]")
{
    // Each "/Size" in a comment asks for the number after it, past all the comments below
    // it: walked once per line, 200,000 lines would be 10^11 bytes. The walk is bounded.
    const QByteArray pdf =
        tinyPdf().replace("%PDF-1.7\n", "%PDF-1.7\n" + QByteArray("%/Size\n").repeated(200000));
    CHECK(XrefBounds::problem(pdf) ==
          QLatin1String("checking the file's cross-reference data would take too long: it "
                        "repeats keywords and comments as no real PDF does"));
    // The same comments a few times are no trouble.
    CHECK(XrefBounds::problem(
              tinyPdf().replace("%PDF-1.7\n", "%PDF-1.7\n" + QByteArray("%/Size\n").repeated(50)))
              .isEmpty());
}

TEST_CASE("The bound grows with the file's size, up to a cap", "[sign]")
{
    CHECK(XrefBounds::maxObjects(0) == XrefBounds::MinObjects);
    CHECK(XrefBounds::maxObjects(1000) == XrefBounds::MinObjects + 1000);
    CHECK(XrefBounds::maxObjects(PdfVerifier::MaxFileBytes) == XrefBounds::MaxObjects);
    // A claim of exactly the bound passes; one more does not (the numbers written with the
    // same width, so the file's size stays the same).
    const qint64 bound = XrefBounds::maxObjects(tinyPdf("/Size 00000000").size());
    const auto sized = [](qint64 n) {
        return tinyPdf("/Size " + QByteArray::number(n).rightJustified(8, '0'));
    };
    CHECK(XrefBounds::problem(sized(bound)).isEmpty());
    CHECK_FALSE(XrefBounds::problem(sized(bound + 1)).isEmpty());
}

TEST_CASE("The fuzz-found file claiming three million objects is refused at once, with the "
          "reason",
          "[sign][attack]")
{
    // Its startxref points beyond the end: PoDoFo then reads the numbers after the "xref" of
    // "startxref" as a subsection header, and took 4.4 s and 374 MB (ASan) for this 2.7 KB.
    const QByteArray pdf = test::readFile(corpus + QLatin1String("slow-xref-size.pdf"));
    REQUIRE(pdf.size() < 4096);
    const VerificationReport report = verified(pdf);
    INFO(problemsOf(report).toStdString());
    CHECK(report.status == VerificationReport::Status::TooMuchWork);
    CHECK(report.signatures.isEmpty()); // nothing was parsed
    CHECK(problemsOf(report).contains(QLatin1String("cross-reference table claims 3108939 "
                                                    "objects, more than a file of this size "
                                                    "can hold")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slow.pdf"));
    test::writeFile(path, pdf);
    const test::CliRun v = test::runCsrstudio({QStringLiteral("verify"), path});
    CHECK(v.code == 2);
    CHECK(v.err.contains(QLatin1String("cross-reference table claims 3108939 objects")));

    // Signing verifies its input first, so PoDoFo does not load it there either.
    test::SignFixture f;
    f.request.inputPath = path;
    const SignOutcome outcome = f.sign();
    CHECK(outcome.result == SignResult::InputTooLarge);
    CHECK(outcome.message.contains(QLatin1String("cross-reference table claims 3108939")));
    CHECK_FALSE(QFileInfo::exists(f.output));
}

TEST_CASE("A revision whose xref claims too much is not compared", "[sign][attack]")
{
    const QStringList changes = RevisionDiff::changesAfterSigning(
        tinyPdf("/Size 4", "0 3000000"), tinyPdf("/Size 4", "0 4", "/Rotate 90"));
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().startsWith(QLatin1String(
        "The revisions could not be compared (the file's cross-reference table claims 3000000")));
}

TEST_CASE("Real files stay within the bounds: the app's own, signed, and the fuzz seeds", "[sign]")
{
    CHECK(XrefBounds::problem(test::makeChinesePdf(30)).isEmpty());
    test::SignFixture f;
    REQUIRE(f.sign().ok());
    CHECK(XrefBounds::problem(test::readFile(f.output)).isEmpty());
    for (const char *seed : {"unsigned.pdf", "signed.pdf", "signed-twice.pdf",
                             "changed-after-signing.pdf", "signed-doc-timestamp.pdf"}) {
        CAPTURE(seed);
        const QByteArray pdf = test::readFile(corpus + QLatin1String(seed));
        REQUIRE(!pdf.isEmpty());
        CHECK(XrefBounds::problem(pdf).isEmpty());
    }
}
