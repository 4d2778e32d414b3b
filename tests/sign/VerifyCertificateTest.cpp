// What the verifier asks of the signer's certificate and of the CMS, beyond the digest.
#include "ForgedUpdate.h"
#include "PdfVerifier.h"
#include "SignFixture.h"

using namespace csr;
using namespace csr::sign;
using csr::test::TestPki;

namespace {

PdfVerifier trusting()
{
    PdfVerifier verifier(false);
    REQUIRE(verifier.addTrustedCertificates(TestPki::get().caPem));
    return verifier;
}

} // namespace

TEST_CASE("A certificate whose key usage does not allow signing is reported",
          "[sign][verify][certificate]")
{
    const QByteArray pdf = test::signUnchecked(
        test::makeChinesePdf(1), TestPki::get().noSigningUsageP12, TestPki::password());
    const VerificationReport report = trusting().verify(pdf);
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
    const VerificationReport report = trusting().verify(pdf);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].certificateMeantForSigning);
    CHECK(report.valid());
}
