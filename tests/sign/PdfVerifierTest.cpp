#include "PdfVerifier.h"
#include "PdfSignatures.h"
#include "SignFixture.h"

using namespace csr;
using namespace csr::sign;
using csr::test::SignFixture;
using csr::test::TestPki;

namespace {

PdfVerifier trusting(const QString &pem)
{
    PdfVerifier verifier(false);
    REQUIRE(verifier.addTrustedCertificates(pem));
    return verifier;
}

struct Signed
{
    SignFixture fixture;
    QByteArray original;
    QByteArray pdf;
    Signed()
    {
        original = test::readFile(fixture.input);
        REQUIRE(fixture.sign().ok());
        pdf = test::readFile(fixture.output);
    }
};

} // namespace

TEST_CASE("A PDF without signature is reported as not signed", "[sign][verify]")
{
    const VerificationReport report = PdfVerifier(false).verify(test::makeChinesePdf(1));
    CHECK(report.status == VerificationReport::Status::NotSigned);
    CHECK_FALSE(report.valid());
    CHECK(report.problems == QStringList{QStringLiteral("The file is not signed.")});
}

TEST_CASE("Something that is not a PDF is reported as such", "[sign][verify]")
{
    CHECK(PdfVerifier(false).verify("hello").status == VerificationReport::Status::NotPdf);
    CHECK(PdfVerifier(false).verifyFile(QStringLiteral("/no/such/file.pdf")).status ==
          VerificationReport::Status::Unreadable);
}

TEST_CASE("One flipped byte inside the signed range is a digest mismatch", "[sign][verify]")
{
    Signed s;
    QByteArray pdf = s.pdf;
    const qsizetype at = s.original.size() / 2;
    pdf[at] = char(pdf[at] ^ 0x01);
    const VerificationReport report = trusting(TestPki::get().caPem).verify(pdf);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.status == VerificationReport::Status::Invalid);
    CHECK_FALSE(report.signatures[0].digestMatches);
    CHECK(report.signatures[0].coversWholeFile); // same size, but not the same bytes
    CHECK(report.problems.join(QLatin1Char(' ')).contains(QLatin1String("digest mismatch")));
}

TEST_CASE("Bytes appended after the signature are reported as a modification", "[sign][verify]")
{
    Signed s;
    const VerificationReport report =
        trusting(TestPki::get().caPem).verify(s.pdf + "\n% a line added later\n");
    REQUIRE(report.signatures.size() == 1);
    // The signed revision itself still verifies, exactly as poppler says "Valid": only the
    // coverage tells the change.
    CHECK(report.signatures[0].digestMatches);
    CHECK(report.signatures[0].certificateTrusted);
    CHECK_FALSE(report.signatures[0].coversWholeFile);
    CHECK(report.modifiedAfterLastSignature());
    CHECK(report.status == VerificationReport::Status::Invalid);
    CHECK(report.problems.join(QLatin1Char(' ')).contains(QLatin1String("modified after signing")));
}

TEST_CASE("An appended incremental update that PoDoFo reads is still caught", "[sign][verify]")
{
    Signed s;
    // A real-looking update: a new object, xref and trailer after the signed revision.
    const qsizetype startxref = s.pdf.lastIndexOf("startxref");
    const QByteArray prev = s.pdf.mid(startxref + 9).trimmed().split('\n').first();
    QByteArray update = "\n999 0 obj\n(tampered)\nendobj\n";
    const qsizetype objAt = s.pdf.size() + 1;
    update += "xref\n999 1\n" + QByteArray::number(objAt).rightJustified(10, '0') +
              " 00000 n \ntrailer\n<< /Size 1000 /Prev " + prev + " >>\nstartxref\n" +
              QByteArray::number(s.pdf.size() + update.size()) + "\n%%EOF\n";
    const VerificationReport report = trusting(TestPki::get().caPem).verify(s.pdf + update);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.modifiedAfterLastSignature());
    CHECK_FALSE(report.valid());
}

TEST_CASE("Trust comes from the given roots only", "[sign][verify]")
{
    Signed s;
    const VerificationReport nobody = PdfVerifier(false).verify(s.pdf);
    REQUIRE(nobody.signatures.size() == 1);
    CHECK(nobody.signatures[0].digestMatches);
    CHECK_FALSE(nobody.signatures[0].certificateTrusted);
    CHECK_FALSE(nobody.signatures[0].trustProblem.isEmpty());
    CHECK_FALSE(nobody.valid());

    // The system store does not know the test CA either.
    CHECK_FALSE(PdfVerifier(true).verify(s.pdf).valid());

    const VerificationReport stranger = trusting(TestPki::get().strangerCaPem).verify(s.pdf);
    CHECK_FALSE(stranger.signatures[0].certificateTrusted);
    CHECK(stranger.problems.join(QLatin1Char(' ')).contains(QLatin1String("not trusted")));

    const VerificationReport ca = trusting(TestPki::get().caPem).verify(s.pdf);
    CHECK(ca.valid());
    CHECK(ca.problems.isEmpty());
}

TEST_CASE("A trust file that holds no certificate is refused with a reason", "[sign][verify]")
{
    PdfVerifier verifier(false);
    QString error;
    CHECK_FALSE(verifier.addTrustedCertificates(TestPki::get().signerP12, &error));
    CHECK(error.contains(QLatin1String("no PEM certificate")));
    CHECK_FALSE(verifier.addTrustedCertificates(QStringLiteral("/no/such.pem"), &error));
    CHECK(error.contains(QLatin1String("cannot be read")));
}

TEST_CASE("A signature whose /Contents is not CMS is invalid, not a crash", "[sign][verify]")
{
    Signed s;
    QByteArray pdf = s.pdf;
    const qsizetype open = pdf.indexOf('<', pdf.lastIndexOf("/Contents"));
    pdf.replace(open + 1, 8, "DEADBEEF");
    const VerificationReport report = trusting(TestPki::get().caPem).verify(pdf);
    REQUIRE(report.signatures.size() == 1);
    CHECK_FALSE(report.signatures[0].digestMatches);
    CHECK_FALSE(report.valid());
}

TEST_CASE("PDF dates are read with their time zone", "[sign][verify]")
{
    CHECK(parsePdfDate("D:20240115093000+08'00'") ==
          QDateTime(QDate(2024, 1, 15), QTime(1, 30), Qt::UTC));
    CHECK(parsePdfDate("D:20240115093000Z") ==
          QDateTime(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC));
    CHECK(parsePdfDate("D:2024") == QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    CHECK_FALSE(parsePdfDate("yesterday").isValid());
}

TEST_CASE("A signed file PoDoFo cannot read is reported invalid, not unsigned", "[sign][verify]")
{
    Signed s;
    REQUIRE(findSignatures(s.pdf).readByPoDoFo);
    QByteArray broken = s.pdf;
    broken.replace("startxref", "startxrex"); // no cross-reference table to be found
    const SignatureScan scan = findSignatures(broken);
    CHECK_FALSE(scan.readByPoDoFo);
    REQUIRE(scan.signatures.size() == 1);
    CHECK(scan.signatures[0].byteRange == findSignatures(s.pdf).signatures[0].byteRange);

    const VerificationReport report = trusting(TestPki::get().caPem).verify(broken);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.status == VerificationReport::Status::Invalid);
    CHECK_FALSE(report.signatures[0].digestMatches);
    CHECK(report.signatures[0].signerCommonName == TestPki::get().signerCommonName);
}

TEST_CASE("Text that merely mentions /ByteRange is not taken for a signature", "[sign][verify]")
{
    const QByteArray pdf = "%PDF-1.7\n1 0 obj\n(/ByteRange [0 10 20 30] /Contents <00>)\nendobj\n";
    const SignatureScan scan = findSignatures(pdf);
    CHECK(scan.isPdf);
    CHECK(scan.signatures.isEmpty());
}
