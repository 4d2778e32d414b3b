// The published attacks on PDF signatures (PDF-Insecurity: incremental saving, signature
// wrapping, universal signature forgery; the shadow and overlay attacks), each built here from
// a signed sample, and what `verify` answers. Every one must be "not valid" with the change
// named, and none may crash or hang.
#include "ForgedUpdate.h"
#include "PdfNesting.h"
#include "PdfSignatures.h"
#include "PdfVerifier.h"
#include "SignFixture.h"

#include "CliRun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <sys/stat.h>

using namespace csr;
using namespace csr::sign;
using csr::test::TestPki;

namespace {

// One sample signed by the project's signer (visible field on page 2), shared by the tests.
const QByteArray &signedSample()
{
    static const QByteArray pdf = [] {
        test::SignFixture f;
        REQUIRE(f.sign().ok());
        return test::readFile(f.output);
    }();
    return pdf;
}

VerificationReport verified(const QByteArray &pdf)
{
    return test::trustingTestCa().verify(pdf);
}

QString problemsOf(const VerificationReport &report)
{
    return report.problems.join(QLatin1Char('\n'));
}

// pdfsig's words on a file, without trust settings: only its coverage line is compared.
QString pdfsig(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attack.pdf"));
    test::writeFile(path, pdf);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("pdfsig"), {path});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAll());
}

test::CliRun cli(const QString &command, const QByteArray &pdf, QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("in.pdf"));
    test::writeFile(path, pdf);
    if (command == QLatin1String("verify"))
        return test::runCsrstudio({command, path, QStringLiteral("--trust"), TestPki::get().caPem});
    const QString password = dir.filePath(QStringLiteral("pw"));
    test::writeFile(password, TestPki::password() + '\n');
    return test::runCsrstudio({command, path, QStringLiteral("-o"),
                               dir.filePath(QStringLiteral("out.pdf")), QStringLiteral("--sign"),
                               TestPki::get().signerP12, QStringLiteral("--password-file"),
                               password});
}

// Replaces `from` by `to` padded with spaces to the same length, so no offset moves.
QByteArray replacedInPlace(QByteArray pdf, qsizetype at, qsizetype length, const QByteArray &to)
{
    REQUIRE(to.size() <= length);
    pdf.replace(at, length, to.leftJustified(length, ' '));
    return pdf;
}

qsizetype lastContentsAt(const QByteArray &pdf)
{
    return pdf.indexOf('<', pdf.lastIndexOf("/Contents"));
}

qsizetype hexLength(const QByteArray &pdf, qsizetype open)
{
    return pdf.indexOf('>', open) + 1 - open;
}

} // namespace

TEST_CASE("The signed sample verifies, so each attack below is what breaks it", "[sign][attack]")
{
    const VerificationReport report = verified(signedSample());
    INFO(problemsOf(report).toStdString());
    CHECK(report.valid());
}

TEST_CASE("Incremental saving attack: a page changed in an update after signing", "[sign][attack]")
{
    const QByteArray forged = test::changePageContent(signedSample(), 0);
    const VerificationReport report = verified(forged);
    INFO(problemsOf(report).toStdString());
    CHECK(report.status == VerificationReport::Status::Invalid);
    CHECK(report.modifiedAfterLastSignature());
    CHECK(problemsOf(report).contains(QLatin1String("modified after signing")));
    CHECK(problemsOf(report).contains(QLatin1String("The content of page 1")));
    CHECK(pdfsig(forged).contains(QLatin1String("Not total document signed")));
}

TEST_CASE("Signature wrapping: the signed tail moved, the gap widened to hold new objects",
          "[sign][attack]")
{
    const QByteArray injected = "\n999 0 obj\n(a page the signer never saw)\nendobj\n"
                                "xref\n999 1\n0000000000 00000 n \n";
    const QByteArray forged = test::wrapSignature(signedSample(), injected,
                                                  TestPki::get().signerP12, TestPki::password());
    REQUIRE(forged.size() == signedSample().size() + injected.size());
    const VerificationReport report = verified(forged);
    INFO(problemsOf(report).toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK_FALSE(report.signatures[0].rangeWellFormed);
    CHECK(report.status == VerificationReport::Status::Invalid);
    CHECK(problemsOf(report).contains(QLatin1String("the gap holds something else")));
    // The moved bytes hash as signed (poppler finds the signature itself valid): only the gap
    // tells, which poppler reports as partial coverage.
    const QString poppler = pdfsig(forged);
    INFO(poppler.toStdString());
    CHECK(poppler.contains(QLatin1String("Signature is Valid")));
    CHECK(poppler.contains(QLatin1String("Not total document signed")));

    QTemporaryDir dir;
    const test::CliRun r = cli(QStringLiteral("verify"), forged, dir);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.out.contains(QLatin1String("byte range is malformed")));
}

TEST_CASE("Universal signature forgery: /Contents emptied, nulled or zeroed, /ByteRange "
          "removed or degenerate",
          "[sign][attack]")
{
    const QByteArray &pdf = signedSample();
    const qsizetype open = lastContentsAt(pdf);
    const qsizetype length = hexLength(pdf, open);
    const qsizetype rangeKey = pdf.lastIndexOf("/ByteRange");
    const qsizetype rangeLength = pdf.indexOf(']', rangeKey) + 1 - rangeKey;
    struct Variant
    {
        const char *name;
        QByteArray forged;
        const char *expected;
    };
    const Variant variants[] = {
        {"empty /Contents", replacedInPlace(pdf, open, length, "<>"), "the gap holds"},
        {"null /Contents", replacedInPlace(pdf, open, length, " null"),
         "no single /Contents hex string"},
        {"zero /Contents",
         replacedInPlace(pdf, open, length, '<' + QByteArray(length - 2, '0') + '>'),
         "holds no signature"},
        {"no /ByteRange", replacedInPlace(pdf, rangeKey, rangeLength, ""),
         "not four non-negative integers"},
        {"/ByteRange [0 0 0 0]",
         replacedInPlace(pdf, rangeKey, rangeLength, "/ByteRange [0 0 0 0]"), "the gap holds"},
        {"/ByteRange with a real number",
         replacedInPlace(pdf, rangeKey, rangeLength, "/ByteRange [0 1.5 2 3]"),
         "not four non-negative integers"},
    };
    for (const Variant &v : variants) {
        CAPTURE(v.name);
        const VerificationReport report = verified(v.forged);
        INFO(problemsOf(report).toStdString());
        CHECK(report.status == VerificationReport::Status::Invalid);
        REQUIRE(report.signatures.size() == 1);
        CHECK_FALSE(report.signatures[0].valid());
        CHECK(problemsOf(report).contains(QLatin1String("Signature 1:")));
        CHECK(problemsOf(report).contains(QLatin1String(v.expected)));
    }
}

TEST_CASE("Overlay: a later signature whose widget paints over the whole page", "[sign][attack]")
{
    test::ForgeOptions overlay;
    overlay.width = 595;
    overlay.height = 842;
    const QByteArray forged =
        test::signUnchecked(signedSample(), TestPki::get().signerP12, TestPki::password(), overlay);
    const VerificationReport report = verified(forged);
    INFO(problemsOf(report).toStdString());
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures[1].valid()); // the second signature itself holds
    CHECK(report.status == VerificationReport::Status::Invalid);
    CHECK(problemsOf(report).contains(QLatin1String("Signature 1: the document was changed")));
    CHECK(problemsOf(report).contains(QLatin1String("Page 1: a signature widget")));
    CHECK(problemsOf(report).contains(QLatin1String("(an overlay)")));

    SECTION("a later signature whose visible field is the size of a signature block is fine")
    {
        test::ForgeOptions block;
        block.x = 72;
        block.y = 72;
        block.width = 200;
        block.height = 60;
        const VerificationReport fine = verified(test::signUnchecked(
            signedSample(), TestPki::get().signerP12, TestPki::password(), block));
        INFO(problemsOf(fine).toStdString());
        CHECK(fine.valid());
    }
}

TEST_CASE("Shadow attacks: objects of the signed revision redefined in a later update",
          "[sign][attack]")
{
    const QByteArray &pdf = signedSample();
    SECTION("replace: the page's font redefined")
    {
        const int font = test::fontObjectNumber(pdf, 0);
        const QByteArray forged = test::appendUpdate(
            pdf, {{font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}});
        const VerificationReport report = verified(forged);
        INFO(problemsOf(report).toStdString());
        CHECK(report.status == VerificationReport::Status::Invalid);
        CHECK(problemsOf(report).contains(QStringLiteral("(object %1 0) was redefined").arg(font)));
        CHECK(problemsOf(report).contains(QLatin1String("of page 1")));
    }
    SECTION("hide: the page's content swapped for a new stream, then signed again")
    {
        const int page = test::pageObjectNumber(pdf, 0);
        const int fresh = test::nextObjectNumber(pdf);
        QByteArray body = test::objectBody(pdf, page);
        const qsizetype contents = body.indexOf("/Contents");
        const qsizetype end = body.indexOf('R', contents);
        body.replace(contents, end + 1 - contents,
                     "/Contents " + QByteArray::number(fresh) + " 0 R");
        const QByteArray swapped = test::appendUpdate(
            pdf, {{fresh, "<< /Length 28 >>\nstream\nBT /F1 24 Tf (void) Tj ET\nendstream"},
                  {page, body}});
        const QByteArray forged =
            test::signUnchecked(swapped, TestPki::get().signerP12, TestPki::password());
        const VerificationReport report = verified(forged);
        INFO(problemsOf(report).toStdString());
        REQUIRE(report.signatures.size() == 2);
        CHECK(report.signatures[1].valid());
        CHECK(report.status == VerificationReport::Status::Invalid);
        CHECK(problemsOf(report).contains(
            QStringLiteral("Signature 1: the document was changed after it was signed: Page 1 "
                           "(object %1 0) changed: /Contents")
                .arg(page)));
    }
    SECTION("the catalog given an /OpenAction")
    {
        const int catalog = test::catalogObjectNumber(pdf);
        QByteArray body = test::objectBody(pdf, catalog);
        body.insert(body.lastIndexOf(">>"), " /OpenAction << /S /URI /URI (http://evil) >> ");
        const VerificationReport report = verified(test::appendUpdate(pdf, {{catalog, body}}));
        INFO(problemsOf(report).toStdString());
        CHECK(report.status == VerificationReport::Status::Invalid);
        CHECK(problemsOf(report).contains(QLatin1String("catalog changed: /OpenAction")));
    }
}

TEST_CASE("Long-term validation data after the last signature is allowed, and only that",
          "[sign][attack]")
{
    const QByteArray &pdf = signedSample();
    const int catalog = test::catalogObjectNumber(pdf);
    const int dss = test::nextObjectNumber(pdf);
    QByteArray body = test::objectBody(pdf, catalog);
    body.insert(body.lastIndexOf(">>"), " /DSS " + QByteArray::number(dss) + " 0 R ");
    const QByteArray dssDict = "<< /Certs [] /VRI << >> >>";

    const VerificationReport ltv =
        verified(test::appendUpdate(pdf, {{dss, dssDict}, {catalog, body}}));
    INFO(problemsOf(ltv).toStdString());
    CHECK(ltv.valid());
    CHECK(ltv.validationDataAdded);
    CHECK_FALSE(ltv.modifiedAfterLastSignature());

    // The same update that also redefines the page's font is a change.
    const int font = test::fontObjectNumber(pdf, 0);
    const VerificationReport hidden = verified(test::appendUpdate(
        pdf, {{dss, dssDict},
              {catalog, body},
              {font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}}));
    INFO(problemsOf(hidden).toStdString());
    CHECK(hidden.status == VerificationReport::Status::Invalid);
    CHECK(hidden.modifiedAfterLastSignature());
    CHECK(problemsOf(hidden).contains(QLatin1String("was redefined")));
}

TEST_CASE("/ByteRange numbers near 2^63 are malformed, not a crash, in verify and sign",
          "[sign][attack]")
{
    const QByteArray &pdf = signedSample();
    const QByteArray forged = test::appendUpdate(
        pdf, {{test::nextObjectNumber(pdf),
               "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange "
               "[0 9223372036854775000 9223372036854775000 9223372036854775000] /Contents "
               "<3082> >>"}});
    const VerificationReport report = verified(forged);
    INFO(problemsOf(report).toStdString());
    CHECK(report.status == VerificationReport::Status::Invalid);
    CHECK(problemsOf(report).contains(QLatin1String("reaches beyond the end of the file")));

    QTemporaryDir dir;
    const test::CliRun v = cli(QStringLiteral("verify"), forged, dir);
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.code == 1);
    CHECK(v.out.contains(QLatin1String("reaches beyond the end of the file")));
    const test::CliRun s = cli(QStringLiteral("sign"), forged, dir);
    INFO(s.out.toStdString() << s.err.toStdString());
    CHECK(s.code == 1);
    CHECK(s.err.contains(QLatin1String("no longer matches")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.pdf"))));
}

TEST_CASE("A signed revision whose page tree says more pages than it has", "[sign][attack]")
{
    // QPdfWriter writes "/Count 2"; a tree that lies about it, signed, then changed.
    QByteArray lying = test::makeChinesePdf(2);
    const qsizetype count = lying.indexOf("/Count 2");
    REQUIRE(count > 0);
    lying[count + 7] = '9';
    const QByteArray signedLie =
        test::signUnchecked(lying, TestPki::get().signerP12, TestPki::password());
    REQUIRE(verified(signedLie).valid());
    const QByteArray forged = test::changePageContent(signedLie, 0);
    const VerificationReport report = verified(forged);
    INFO(problemsOf(report).toStdString());
    CHECK(report.status == VerificationReport::Status::Invalid);
    CHECK(problemsOf(report).contains(QLatin1String("The content of page 1")));

    QTemporaryDir dir;
    const test::CliRun s = cli(QStringLiteral("sign"), forged, dir);
    INFO(s.out.toStdString() << s.err.toStdString());
    CHECK(s.code == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.pdf"))));
}

TEST_CASE("Thousands of signature dictionaries are each reported, in linear time", "[sign][attack]")
{
    const QByteArray &pdf = signedSample();
    const QList<SignatureRecord> found = findSignatures(pdf).signatures;
    REQUIRE(found.size() == 1);
    // The signature dictionary itself, copied 2,000 times (the bench does 5,000).
    const qsizetype key = pdf.lastIndexOf("/ByteRange");
    const qsizetype start = pdf.lastIndexOf("<<", key);
    const qsizetype end = pdf.indexOf(">>", lastContentsAt(pdf)) + 2;
    const QByteArray dict = pdf.mid(start, end - start);
    QList<std::pair<int, QByteArray>> copies;
    const int first = test::nextObjectNumber(pdf);
    for (int i = 0; i < 2000; ++i)
        copies.append({first + i, dict});
    const QByteArray forged = test::appendUpdate(pdf, copies);
    const VerificationReport report = verified(forged);
    REQUIRE(report.signatures.size() == 2001);
    CHECK(report.status == VerificationReport::Status::Invalid);
    // The copies sign nothing of their own: their gap is the first one's /Contents.
    CHECK(std::count_if(report.signatures.begin(), report.signatures.end(),
                        [](const SignatureCheck &s) { return s.rangeWellFormed; }) == 1);
    CHECK(problemsOf(report).contains(QLatin1String("Signature 2000: its byte range is "
                                                    "malformed")));
    CHECK(problemsOf(report).contains(QLatin1String("modified after signing")));
}

TEST_CASE("Dictionaries nested 100,000 deep are refused before PoDoFo recurses into them",
          "[sign][attack]")
{
    const QByteArray &pdf = signedSample();
    const QByteArray deep = test::appendUpdate(
        pdf, {{test::nextObjectNumber(pdf),
               QByteArray("<< /A ").repeated(100000) + QByteArray(">> ").repeated(100000)}});
    const VerificationReport report = verified(deep);
    CHECK(report.status == VerificationReport::Status::TooMuchWork);
    CHECK(problemsOf(report).contains(QLatin1String("nests dictionaries or arrays")));

    QTemporaryDir dir;
    const test::CliRun s = cli(QStringLiteral("sign"), deep, dir);
    INFO(s.out.toStdString() << s.err.toStdString());
    CHECK(s.code == 2);
    CHECK(s.err.contains(QLatin1String("nests dictionaries or arrays")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.pdf"))));
    // Real files nest a few levels.
    CHECK(pdfNestingDepth(pdf, MaxPdfNesting) < 10);
}

TEST_CASE("Devices, pipes and folders are refused before reading", "[sign][attack]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo.pdf"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {QStringLiteral("/dev/zero"), fifo, dir.path()}) {
        CAPTURE(path);
        const VerificationReport report = PdfVerifier(false).verifyFile(path);
        CHECK(report.status == VerificationReport::Status::Unreadable);
        CHECK(problemsOf(report).contains(QLatin1String("not a regular file")));
    }
    const test::CliRun v =
        test::runCsrstudio({QStringLiteral("verify"), QStringLiteral("/dev/zero")});
    CHECK(v.code == 2);
    CHECK(v.err.contains(QLatin1String("not a regular file")));

    test::SignFixture f;
    f.request.inputPath = fifo;
    const SignOutcome outcome = f.sign();
    CHECK(outcome.result == SignResult::InputTooLarge);
    CHECK_FALSE(QFileInfo::exists(f.output));
}

TEST_CASE("verify answers at once beyond its limits, with the reason", "[sign][attack]")
{
    const VerificationReport big =
        PdfVerifier(false).verify(QByteArray(PdfVerifier::MaxFileBytes + 1, ' '));
    CHECK(big.status == VerificationReport::Status::TooMuchWork);
    CHECK(problemsOf(big).contains(QLatin1String("too large to verify")));
}
