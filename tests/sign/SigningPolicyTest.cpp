// The policy for a document signer's certificate, as the signer and the verifier apply it, and
// a damaged certificate file told from a wrong password.
#include "CertificateInfo.h"
#include "ForgedUpdate.h"
#include "Pkcs12Bundle.h"
#include "SignFixture.h"

#include "CliRun.h"

using namespace csr;
using namespace csr::sign;
using csr::test::SignFixture;
using csr::test::TestPki;

TEST_CASE("Signing refuses a TLS-server certificate and a 1024-bit RSA key, naming the rule",
          "[sign][policy]")
{
    const TestPki &pki = TestPki::get();
    struct Case
    {
        QString p12;
        SignResult expected;
        const char *rule;
    };
    const Case cases[] = {
        {pki.serverAuthOnlyP12, SignResult::NoDocumentSigningPurpose,
         "extended key usage is serverAuth only"},
        {pki.rsa1024P12, SignResult::WeakKey, "RSA of 1024 bits"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.p12);
        SignFixture f;
        f.request.certificatePath = c.p12;
        const SignOutcome outcome = f.sign();
        CHECK(outcome.result == c.expected);
        CHECK(outcome.message.contains(QLatin1String(c.rule)));
        CHECK_FALSE(QFileInfo::exists(f.output)); // refused before anything was written
        CHECK(readCertificate(c.p12, TestPki::password()).result == c.expected);
    }
    CHECK(
        describe(SignResult::NoDocumentSigningPurpose).contains(QLatin1String("documentSigning")));
    CHECK(describe(SignResult::WeakKey).contains(QLatin1String("2048")));
}

TEST_CASE("A certificate for document signing (extended key usage 1.3.6.1.5.5.7.3.36) signs",
          "[sign][policy]")
{
    SignFixture f;
    f.request.certificatePath = TestPki::get().documentSigningP12;
    const SignOutcome outcome = f.sign();
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.ok());
    const VerificationReport report = test::trustingTestCa().verify(test::readFile(f.output));
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.valid());
}

TEST_CASE("The verifier refuses signatures by certificates the signer would refuse",
          "[sign][policy][verify]")
{
    const QByteArray pdf = test::makeChinesePdf(1);
    for (const auto &[p12, rule] :
         {std::pair{TestPki::get().serverAuthOnlyP12, "extended key usage is serverAuth only"},
          std::pair{TestPki::get().rsa1024P12, "RSA of 1024 bits"}}) {
        CAPTURE(p12);
        const VerificationReport report =
            test::trustingTestCa().verify(test::signUnchecked(pdf, p12, TestPki::password()));
        INFO(report.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.signatures.size() == 1);
        CHECK(report.signatures[0].digestMatches);
        CHECK_FALSE(report.signatures[0].certificateMeantForSigning);
        CHECK_FALSE(report.valid());
        CHECK(report.problems.join(QLatin1Char(' ')).contains(QLatin1String(rule)));
    }
}

TEST_CASE("A damaged certificate file has its own message and exit code, not 'wrong password'",
          "[sign][policy][p12]")
{
    QTemporaryDir dir;
    const QByteArray good = test::readFile(TestPki::get().signerP12);
    const QString truncated = dir.filePath(QStringLiteral("truncated.p12"));
    test::writeFile(truncated, good.left(good.size() / 2));
    // The MAC's digest sits 20 bytes before the end (then the salt and the iteration count).
    QByteArray altered = good;
    altered[altered.size() - 20] = char(altered[altered.size() - 20] ^ 0x55);
    const QString tampered = dir.filePath(QStringLiteral("tampered.p12"));
    test::writeFile(tampered, altered);

    Pkcs12Bundle bundle;
    CHECK(Pkcs12Bundle::load(truncated, TestPki::password(), bundle) ==
          SignResult::CertificateFileDamaged);
    CHECK(Pkcs12Bundle::load(tampered, TestPki::password(), bundle) ==
          SignResult::CertificateFileDamaged);
    // The intact file with a wrong password is still just that.
    CHECK(Pkcs12Bundle::load(TestPki::get().signerP12, "not the password", bundle) ==
          SignResult::WrongPassword);
    CHECK(
        describe(SignResult::CertificateFileDamaged, truncated).contains(QLatin1String("damaged")));

    SignFixture f;
    const QString password = dir.filePath(QStringLiteral("pw"));
    test::writeFile(password, TestPki::password() + '\n');
    for (const QString &p12 : {truncated, tampered}) {
        CAPTURE(p12);
        const test::CliRun r = test::runCsrstudio(
            {QStringLiteral("sign"), f.input, QStringLiteral("-o"), f.output,
             QStringLiteral("--sign"), p12, QStringLiteral("--password-file"), password});
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(QLatin1String("damaged")));
        CHECK_FALSE(r.err.contains(QLatin1String("password does not open")));
        CHECK_FALSE(QFileInfo::exists(f.output));
    }
}
