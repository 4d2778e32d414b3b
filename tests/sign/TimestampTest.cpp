// Long-term signatures: no CMS signing-time attribute (PAdES B-B), an RFC 3161 signature time
// stamp from a TSA running inside the test (B-T), and a /DSS of validation data (B-LT), checked
// with pdfsig, `openssl ts -verify` and `csrstudio verify`.
#include "SignFixture.h"
#include "TestTsa.h"

#include "CliRun.h"
#include "PdfSignatures.h"
#include "TsaClient.h"

#include <QProcess>
#include <QRegularExpression>

#include <openssl/cms.h>

#include <memory>

using namespace csr;
using csr::test::SignFixture;
using csr::test::TestPki;
using csr::test::TestTsa;
using csr::test::toolOutput;

namespace {

struct CmsDeleter
{
    void operator()(CMS_ContentInfo *cms) const { CMS_ContentInfo_free(cms); }
};
using Cms = std::unique_ptr<CMS_ContentInfo, CmsDeleter>;

// The CMS of the file's last signature, parsed.
Cms lastSignatureCms(const QString &pdfPath)
{
    const sign::SignatureScan scan = sign::findSignatures(test::readFile(pdfPath));
    REQUIRE_FALSE(scan.signatures.isEmpty());
    const QByteArray &der = scan.signatures.last().contents;
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    Cms cms(d2i_CMS_ContentInfo(nullptr, &cursor, long(der.size())));
    REQUIRE(cms);
    return cms;
}

CMS_SignerInfo *signerOf(const Cms &cms)
{
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    REQUIRE(sk_CMS_SignerInfo_num(infos) == 1);
    return sk_CMS_SignerInfo_value(infos, 0);
}

QByteArray bytesOf(const ASN1_STRING *s)
{
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                      ASN1_STRING_length(s));
}

QByteArray passwordFileIn(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("pw"));
    test::writeFile(path, TestPki::password() + "\n");
    return path.toUtf8();
}

} // namespace

TEST_CASE("a signature carries no CMS signing-time attribute (the time is in /M)",
          "[sign][timestamp]")
{
    SignFixture f;
    REQUIRE(f.sign().ok());
    const Cms cms = lastSignatureCms(f.output);
    CMS_SignerInfo *si = signerOf(cms);
    CHECK(CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) < 0);
    CHECK(CMS_signed_get_attr_by_NID(si, NID_pkcs9_contentType, -1) >= 0);
    CHECK(CMS_signed_get_attr_by_NID(si, NID_pkcs9_messageDigest, -1) >= 0);
    CHECK(CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0);
    // Re-signed attributes must still verify, for us and for poppler.
    const sign::VerificationReport report = test::trustingTestCa().verifyFile(f.output);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.valid());
    CHECK(report.signatures.first().signingTime.isValid());
    CHECK_FALSE(report.signatures.first().timestamp.present);
    const QString pdfsig = toolOutput(QStringLiteral("pdfsig"), {f.output});
    INFO(pdfsig.toStdString());
    CHECK(pdfsig.contains(QLatin1String("Signature is Valid.")));
    CHECK(pdfsig.contains(QLatin1String("Total document signed")));
}

TEST_CASE("signing with a TSA: a signature time stamp over the signature value (PAdES B-T)",
          "[sign][timestamp]")
{
    TestTsa tsa;
    SignFixture f;
    f.request.tsaUrl = tsa.url();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const sign::SignOutcome outcome = f.sign();
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.ok());
    CHECK(tsa.requests() == 1);
    CHECK(tsa.lastContentType() == "application/timestamp-query");
    CHECK(outcome.timestampAuthority == TestPki::get().tsaCommonName);
    CHECK(outcome.timestampTime >= before);
    CHECK(outcome.timestampTime <= QDateTime::currentDateTimeUtc().addSecs(2));

    SECTION("pdfsig: still valid and covering the whole document")
    {
        const QString pdfsig = toolOutput(QStringLiteral("pdfsig"), {f.output});
        INFO(pdfsig.toStdString());
        CHECK(pdfsig.contains(QLatin1String("Signature is Valid.")));
        CHECK(pdfsig.contains(QLatin1String("Total document signed")));
    }
    SECTION("openssl ts -verify accepts the token against the signature value")
    {
        const Cms cms = lastSignatureCms(f.output);
        CMS_SignerInfo *si = signerOf(cms);
        const int index = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
        REQUIRE(index >= 0);
        const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, index), 0);
        REQUIRE(value->type == V_ASN1_SEQUENCE);
        const QTemporaryDir dir;
        const QString token = dir.filePath(QStringLiteral("token.der"));
        const QString data = dir.filePath(QStringLiteral("signature-value.bin"));
        test::writeFile(token, bytesOf(value->value.sequence));
        test::writeFile(data, bytesOf(CMS_SignerInfo_get0_signature(si)));
        int code = -1;
        const QString verified =
            toolOutput(QStringLiteral("openssl"),
                       {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                        data, QStringLiteral("-in"), token, QStringLiteral("-token_in"),
                        QStringLiteral("-CAfile"), TestPki::get().caPem},
                       &code);
        INFO(verified.toStdString());
        CHECK(code == 0);
        CHECK(verified.contains(QLatin1String("Verification: OK")));
        // …and refuses it for other data: the token is bound to this signature.
        test::writeFile(data, "another signature value");
        CHECK(toolOutput(QStringLiteral("openssl"),
                         {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                          data, QStringLiteral("-in"), token, QStringLiteral("-token_in"),
                          QStringLiteral("-CAfile"), TestPki::get().caPem},
                         &code)
                  .contains(QLatin1String("Verification: FAILED")));
    }
    SECTION("the verifier reports the time stamp and trusts it through the test CA")
    {
        const sign::VerificationReport report = test::trustingTestCa().verifyFile(f.output);
        INFO(report.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(report.valid());
        const sign::TimestampCheck &ts = report.signatures.last().timestamp;
        CHECK(ts.present);
        CHECK(ts.matchesSignature);
        CHECK(ts.verifies);
        CHECK(ts.tsaName == TestPki::get().tsaCommonName);
        CHECK(ts.time == outcome.timestampTime);
        CHECK_FALSE(report.dss.present);
    }
    SECTION("a TSA the reader does not trust is reported as such")
    {
        sign::PdfVerifier stranger(false);
        REQUIRE(stranger.addTrustedCertificates(TestPki::get().strangerCaPem));
        const sign::VerificationReport report = stranger.verifyFile(f.output);
        const sign::TimestampCheck &ts = report.signatures.last().timestamp;
        CHECK(ts.present);
        CHECK(ts.matchesSignature);
        CHECK_FALSE(ts.verifies);
        CHECK_FALSE(report.valid());
        CHECK(report.problems.join(QLatin1Char(' ')).contains(QLatin1String("time stamp")));
    }
}

TEST_CASE("a time stamp taken from another signature is reported, not trusted", "[sign][timestamp]")
{
    // Unsigned attributes are outside what the signature covers, and /Contents outside the
    // byte range: anyone can swap the token. It must then not match this signature's value.
    TestTsa tsa;
    SignFixture donor;
    donor.request.tsaUrl = tsa.url();
    // Another document: the same bytes signed in the same second would give the same RSA
    // signature value, and the token would rightly match.
    donor.request.reason = QStringLiteral("another signature");
    REQUIRE(donor.sign().ok());
    SignFixture f;
    f.request.tsaUrl = tsa.url();
    REQUIRE(f.sign().ok());

    const Cms donorCms = lastSignatureCms(donor.output);
    CMS_SignerInfo *donorSi = signerOf(donorCms);
    const ASN1_TYPE *donorToken = X509_ATTRIBUTE_get0_type(
        CMS_unsigned_get_attr(
            donorSi, CMS_unsigned_get_attr_by_NID(donorSi, NID_id_smime_aa_timeStampToken, -1)),
        0);
    REQUIRE(donorToken);
    const QByteArray token = bytesOf(donorToken->value.sequence);

    const Cms cms = lastSignatureCms(f.output);
    CMS_SignerInfo *si = signerOf(cms);
    X509_ATTRIBUTE_free(CMS_unsigned_delete_attr(
        si, CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1)));
    REQUIRE(CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                          token.constData(), int(token.size())) == 1);
    unsigned char *der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &der);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(der), length).toHex();
    OPENSSL_free(der);

    QByteArray pdf = test::readFile(f.output);
    const QList<qint64> range = sign::findSignatures(pdf).signatures.last().byteRange;
    const qint64 gap = range[2] - range[1] - 2; // inside < >
    REQUIRE(hex.size() <= gap);
    pdf.replace(range[1] + 1, gap, hex + QByteArray(gap - hex.size(), '0'));
    test::writeFile(f.output, pdf);

    const sign::VerificationReport report = test::trustingTestCa().verify(pdf);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.last().digestMatches); // the signature itself still holds
    const sign::TimestampCheck &ts = report.signatures.last().timestamp;
    CHECK(ts.present);
    CHECK(ts.verifies);               // a genuine token of a trusted TSA…
    CHECK_FALSE(ts.matchesSignature); // …but over another signature
    CHECK_FALSE(report.valid());
    CHECK(report.problems.join(QLatin1Char(' '))
              .contains(QLatin1String("not over this signature's value")));
}

TEST_CASE("a TSA that is down, answers garbage or stays silent: a message, no file",
          "[sign][timestamp]")
{
    SECTION("down")
    {
        SignFixture f;
        f.request.tsaUrl = TestTsa::downUrl();
        const sign::SignOutcome outcome = f.sign();
        CHECK(outcome.result == sign::SignResult::TimestampFailed);
        CHECK(outcome.message.contains(QLatin1String("could not be reached")));
        CHECK(outcome.message.contains(QLatin1String("nothing was written")));
        CHECK_FALSE(QFileInfo::exists(f.output));
    }
    SECTION("garbage")
    {
        TestTsa tsa(TestTsa::Mode::Garbage);
        SignFixture f;
        f.request.tsaUrl = tsa.url();
        const sign::SignOutcome outcome = f.sign();
        INFO(outcome.message.toStdString());
        CHECK(outcome.result == sign::SignResult::TimestampFailed);
        CHECK(outcome.message.contains(QLatin1String("not an RFC 3161 time-stamp reply")));
        CHECK_FALSE(QFileInfo::exists(f.output));
        CHECK(tsa.requests() == 1);
    }
    SECTION("silent: the client gives up at its time limit")
    {
        TestTsa tsa(TestTsa::Mode::Silent);
        const sign::TimestampReply reply =
            sign::TsaClient(tsa.url(), 300).timestamp(QByteArray("signature value"));
        CHECK_FALSE(reply.ok());
        CHECK(reply.error.contains(QLatin1String("did not answer")));
    }
}

TEST_CASE("signing with ltv: a /DSS with the chain in a further update (PAdES B-LT)",
          "[sign][timestamp]")
{
    TestTsa tsa;
    SignFixture f;
    f.request.tsaUrl = tsa.url();
    f.request.ltv = true;
    const sign::SignOutcome outcome = f.sign();
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.ltvEmbedded);
    // The test certificates name no OCSP responder or CRL: said, not fatal.
    CHECK(outcome.notes.join(QLatin1Char(' ')).contains(QLatin1String("no OCSP responder")));

    const QByteArray pdf = test::readFile(f.output);
    const sign::VerificationReport report = test::trustingTestCa().verify(pdf);
    CHECK(report.dss.present);
    CHECK(report.dss.certificates == 3); // signer, CA, TSA
    CHECK(report.signatures.last().timestamp.valid());
    CHECK(report.signatures.last().digestMatches);
    // The signed revision is a prefix of the file, untouched.
    CHECK(report.signatures.last().signedEnd < pdf.size());

    const QString pdfsig = toolOutput(QStringLiteral("pdfsig"), {f.output});
    INFO(pdfsig.toStdString());
    CHECK(pdfsig.contains(QLatin1String("Signature is Valid.")));
}

TEST_CASE("csrstudio export --sign --tsa --ltv and what verify reports", "[sign][timestamp][cli]")
{
    TestTsa tsa;
    QTemporaryDir dir;
    const QString pw = QString::fromUtf8(passwordFileIn(dir));
    const QString bt = dir.filePath(QStringLiteral("b-t.pdf"));
    const test::CliRun exported = test::runCsrstudio(
        {QStringLiteral("export"), QStringLiteral(CSR_SAMPLE), QStringLiteral("-o"), bt,
         QStringLiteral("--force"), QStringLiteral("--sign"), TestPki::get().signerP12,
         QStringLiteral("--password-file"), pw, QStringLiteral("--tsa"), tsa.url().toString()});
    INFO(exported.out.toStdString() << exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.out.contains(QLatin1String("Time-stamped by CSR Test TSA")));

    const QStringList verify = {QStringLiteral("verify"), bt, QStringLiteral("--trust"),
                                TestPki::get().caPem};
    const test::CliRun verified = test::runCsrstudio(verify);
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.code == 0);
    CHECK(verified.out.contains(QRegularExpression(
        QStringLiteral("Time stamp: +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC by CSR Test "
                       "TSA, verifies, matches the signature"))));
    CHECK(verified.out.contains(QRegularExpression(QStringLiteral("Long-term validation: +no"))));

    SECTION("sign --ltv adds the DSS, and verify says so")
    {
        const QString lt = dir.filePath(QStringLiteral("b-lt.pdf"));
        const QString unsignedPdf = dir.filePath(QStringLiteral("plain.pdf"));
        test::writeChinesePdf(unsignedPdf);
        const test::CliRun signedRun = test::runCsrstudio(
            {QStringLiteral("sign"), unsignedPdf, QStringLiteral("-o"), lt,
             QStringLiteral("--sign"), TestPki::get().signerP12, QStringLiteral("--password-file"),
             pw, QStringLiteral("--tsa"), tsa.url().toString(), QStringLiteral("--ltv")});
        INFO(signedRun.out.toStdString() << signedRun.err.toStdString());
        REQUIRE(signedRun.code == 0);
        CHECK(signedRun.out.contains(QLatin1String("Long-term validation data embedded")));
        CHECK(signedRun.err.contains(QLatin1String("no OCSP responder")));
        const test::CliRun v = test::runCsrstudio(
            {QStringLiteral("verify"), lt, QStringLiteral("--trust"), TestPki::get().caPem});
        INFO(v.out.toStdString() << v.err.toStdString());
        CHECK(v.out.contains(QRegularExpression(
            QStringLiteral("Long-term validation: +yes \\(3 certificates, 0 OCSP responses, 0 "
                           "CRLs, 1 VRI entries\\)"))));
    }
    SECTION("a TSA that is down: exit 1, a message, no file")
    {
        const QString out = dir.filePath(QStringLiteral("never.pdf"));
        const test::CliRun failed = test::runCsrstudio(
            {QStringLiteral("export"), QStringLiteral(CSR_SAMPLE), QStringLiteral("-o"), out,
             QStringLiteral("--force"), QStringLiteral("--sign"), TestPki::get().signerP12,
             QStringLiteral("--password-file"), pw, QStringLiteral("--tsa"),
             TestTsa::downUrl().toString()});
        CHECK(failed.code == 1);
        CHECK(failed.err.contains(QLatin1String("could not be reached")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    SECTION("--ltv without --tsa is refused")
    {
        const QString out = dir.filePath(QStringLiteral("never.pdf"));
        const test::CliRun refused = test::runCsrstudio(
            {QStringLiteral("export"), QStringLiteral(CSR_SAMPLE), QStringLiteral("-o"), out,
             QStringLiteral("--force"), QStringLiteral("--sign"), TestPki::get().signerP12,
             QStringLiteral("--password-file"), pw, QStringLiteral("--ltv")});
        CHECK(refused.code == 2);
        CHECK(refused.err.contains(QLatin1String("--ltv needs --tsa")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}
