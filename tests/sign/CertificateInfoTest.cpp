#include "CertificateInfo.h"
#include "TestPki.h"
#include "TestSupport.h"

using namespace csr::sign;
using csr::test::TestPki;

TEST_CASE("readCertificate describes the signer's certificate", "[sign][certificate]")
{
    const TestPki &pki = TestPki::get();
    const CertificateInfo info = readCertificate(pki.signerP12, TestPki::password());
    INFO(info.message.toStdString());
    CHECK(info.result == SignResult::Ok);
    CHECK(info.subjectCommonName == pki.signerCommonName);
    CHECK(info.subjectOrganization == QStringLiteral("CSR Report Studio 测试"));
    CHECK(info.issuerCommonName == pki.caCommonName);
    CHECK(info.subject.contains(pki.signerCommonName));
    CHECK(info.notBefore < QDateTime::currentDateTimeUtc());
    CHECK(info.notAfter > QDateTime::currentDateTimeUtc().addDays(300));
    CHECK(info.hasKeyUsage);
    CHECK(info.keyUsage ==
          QStringList{QStringLiteral("digitalSignature"), QStringLiteral("nonRepudiation")});
    CHECK(info.chainLength == 1);
    CHECK_FALSE(info.serialNumber.isEmpty());
}

TEST_CASE("readCertificate says why a certificate cannot sign, and still describes it",
          "[sign][certificate]")
{
    const TestPki &pki = TestPki::get();
    const CertificateInfo expired = readCertificate(pki.expiredP12, TestPki::password());
    CHECK(expired.result == SignResult::CertificateExpired);
    CHECK(expired.opened());
    CHECK(expired.notAfter < QDateTime::currentDateTimeUtc());

    const CertificateInfo usage = readCertificate(pki.noSigningUsageP12, TestPki::password());
    CHECK(usage.result == SignResult::NoSigningKeyUsage);
    CHECK(usage.keyUsage == QStringList{QStringLiteral("keyEncipherment")});

    // The same certificate is fine at a time inside its validity.
    const CertificateInfo earlier = readCertificate(pki.expiredP12, TestPki::password(),
                                                    QDateTime::currentDateTimeUtc().addDays(-100));
    CHECK(earlier.result == SignResult::Ok);

    const CertificateInfo wrong = readCertificate(pki.signerP12, "not the password");
    CHECK(wrong.result == SignResult::WrongPassword);
    CHECK_FALSE(wrong.opened());
    CHECK(wrong.message.contains(pki.signerP12));
}
