// What the verifier asks of the signer's certificate and of the CMS, beyond the digest.
#include "ForgedUpdate.h"
#include "PdfVerifier.h"
#include "SignFixture.h"

using namespace csr;
using namespace csr::sign;
using csr::test::TestPki;

TEST_CASE("A certificate whose key usage does not allow signing is reported",
          "[sign][verify][certificate]")
{
    const QByteArray pdf = test::signUnchecked(
        test::makeChinesePdf(1), TestPki::get().noSigningUsageP12, TestPki::password());
    const VerificationReport report = test::trustingTestCa().verify(pdf);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].digestMatches);
    CHECK_FALSE(report.signatures[0].certificateMeantForSigning);
    CHECK_FALSE(report.signatures[0].certificateTrusted);
    CHECK(report.signatures[0].trustProblem.contains(QLatin1String("not meant for signing")));
    CHECK_FALSE(report.valid());
    CHECK(report.problems.join(QLatin1Char(' ')).contains(QLatin1String("not meant for signing")));
}

TEST_CASE("A signing certificate with digitalSignature passes the key usage check",
          "[sign][verify][certificate]")
{
    const QByteArray pdf =
        test::signUnchecked(test::makeChinesePdf(1), TestPki::get().signerP12, TestPki::password());
    const VerificationReport report = test::trustingTestCa().verify(pdf);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].certificateMeantForSigning);
    CHECK(report.valid());
}

TEST_CASE("A SHA-1 signature is rejected with the digest named", "[sign][verify][cms]")
{
    test::ForgeOptions sha1;
    sha1.digest = EVP_sha1();
    const QByteArray pdf = test::signUnchecked(test::makeChinesePdf(1), TestPki::get().signerP12,
                                               TestPki::password(), sha1);
    const VerificationReport report = test::trustingTestCa().verify(pdf);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].digestMatches);
    CHECK(report.signatures[0].digestAlgorithm == QLatin1String("SHA1"));
    CHECK_FALSE(report.signatures[0].valid());
    CHECK_FALSE(report.valid());
    CHECK(report.problems.join(QLatin1Char(' ')).contains(QLatin1String("SHA1 digest")));
}

TEST_CASE("A CAdES signature without signing-certificate attribute is rejected",
          "[sign][verify][cms]")
{
    test::ForgeOptions plain;
    plain.cades = false;
    const QByteArray cades = test::signUnchecked(test::makeChinesePdf(1), TestPki::get().signerP12,
                                                 TestPki::password(), plain);
    const VerificationReport report = test::trustingTestCa().verify(cades);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].digestMatches);
    CHECK_FALSE(report.valid());
    CHECK(report.problems.join(QLatin1Char(' '))
              .contains(QLatin1String("without the signing-certificate attribute")));

    // The older PKCS#7 profile does not ask for the attribute.
    plain.subFilter = "adbe.pkcs7.detached";
    const QByteArray pkcs7 = test::signUnchecked(test::makeChinesePdf(1), TestPki::get().signerP12,
                                                 TestPki::password(), plain);
    const VerificationReport old = test::trustingTestCa().verify(pkcs7);
    INFO(old.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(old.valid());
}

TEST_CASE("The project's own signature names SHA-256 and passes the CAdES checks",
          "[sign][verify][cms]")
{
    test::SignFixture f;
    REQUIRE(f.sign().ok());
    const VerificationReport report = test::trustingTestCa().verify(test::readFile(f.output));
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 1);
    INFO(report.signatures[0].digestProblem.toStdString());
    CHECK(report.signatures[0].digestAlgorithm == QLatin1String("SHA256"));
    CHECK(report.signatures[0].profileProblems.isEmpty());
    CHECK(report.valid());
}
