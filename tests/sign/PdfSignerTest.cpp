#include "PdfVerifier.h"
#include "SignFixture.h"

#include "Secret.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <openssl/cms.h>
#include <openssl/objects.h>

#include <algorithm>

using namespace csr;
using namespace csr::sign;
using csr::test::SignFixture;
using csr::test::TestPki;

TEST_CASE("Signing appends an update that keeps the original bytes and verifies", "[sign]")
{
    SignFixture f;
    const QByteArray original = test::readFile(f.input);
    const SignOutcome outcome = f.sign();
    INFO(outcome.message.toStdString() << " " << outcome.detail.toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.signerName == TestPki::get().signerCommonName);

    const QByteArray signedPdf = test::readFile(f.output);
    CHECK(signedPdf.size() > original.size());
    CHECK(signedPdf.startsWith(original));
    CHECK(test::readFile(f.input) == original);

    const VerificationReport report = test::trustingTestCa().verify(signedPdf);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.valid());
    REQUIRE(report.signatures.size() == 1);
    const SignatureCheck &s = report.signatures.first();
    CHECK(s.signerCommonName == TestPki::get().signerCommonName);
    CHECK(s.issuerCommonName == TestPki::get().caCommonName);
    CHECK(s.subFilter == QLatin1String("ETSI.CAdES.detached"));
    CHECK(s.reason == QStringLiteral("公开披露"));
    CHECK(s.location == QStringLiteral("上海"));
    CHECK(s.digestMatches);
    CHECK(s.certificateTrusted);
    CHECK(s.coversWholeFile);
    CHECK(qAbs(s.signingTime.secsTo(outcome.signingTime)) <= 1);
}

TEST_CASE("The CMS is CAdES: SHA-256, signing-certificate-v2 and the chain", "[sign]")
{
    SignFixture f;
    REQUIRE(f.sign().ok());
    const QByteArray signedPdf = test::readFile(f.output);
    const int at = signedPdf.lastIndexOf("/Contents");
    REQUIRE(at > 0);
    const int open = signedPdf.indexOf('<', at), close = signedPdf.indexOf('>', open);
    const QByteArray der = QByteArray::fromHex(signedPdf.mid(open + 1, close - open - 1));
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &cursor, long(der.size()));
    REQUIRE(cms);
    STACK_OF(X509) *certs = CMS_get1_certs(cms);
    CHECK(sk_X509_num(certs) == 2); // signer + CA from the .p12
    sk_X509_pop_free(certs, X509_free);
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    X509_ALGOR *digest = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digest, nullptr);
    const ASN1_OBJECT *oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, digest);
    CHECK(OBJ_obj2nid(oid) == NID_sha256);
    CHECK(CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0);
    CHECK(CMS_is_detached(cms) == 1);
    CMS_ContentInfo_free(cms);
}

TEST_CASE("A signed PDF can be signed again and both signatures hold", "[sign]")
{
    SignFixture f;
    REQUIRE(f.sign().ok());
    SignFixture second;
    second.request.inputPath = f.output;
    second.request.outputPath = f.dir.filePath(QStringLiteral("twice.pdf"));
    second.request.reason = QStringLiteral("复核");
    const SignOutcome outcome = second.sign();
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.ok());
    const QByteArray once = test::readFile(f.output),
                     twice = test::readFile(second.request.outputPath);
    CHECK(twice.startsWith(once));
    const VerificationReport report = test::trustingTestCa().verify(twice);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.signatures.size() == 2);
    CHECK_FALSE(report.signatures[0].coversWholeFile);
    CHECK(report.signatures[1].coversWholeFile);
    CHECK(report.signatures[1].reason == QStringLiteral("复核"));
    CHECK(report.signatures[0].fieldName == QLatin1String("Signature1"));
    CHECK(report.signatures[1].fieldName == QLatin1String("Signature2"));
    CHECK(report.valid());
}

TEST_CASE("Signing over the input replaces it only when done", "[sign]")
{
    SignFixture f;
    f.request.outputPath = f.input;
    const QByteArray original = test::readFile(f.input);
    REQUIRE(f.sign().ok());
    CHECK(test::readFile(f.input).startsWith(original));
    CHECK(test::trustingTestCa().verifyFile(f.input).valid());
}

TEST_CASE("Each certificate problem has its own result and writes nothing", "[sign]")
{
    const TestPki &pki = TestPki::get();
    SignFixture f;
    QFile text(f.dir.filePath(QStringLiteral("not-a-certificate.p12")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("this is no PKCS#12 file\n");
    text.close();

    struct Row
    {
        QString certificate;
        QByteArray password;
        SignResult expected;
    };
    const Row rows[] = {
        {pki.signerP12, "wrong password", SignResult::WrongPassword},
        {pki.signerP12, "", SignResult::WrongPassword},
        {pki.expiredP12, TestPki::password(), SignResult::CertificateExpired},
        {pki.notYetValidP12, TestPki::password(), SignResult::CertificateNotYetValid},
        {pki.noSigningUsageP12, TestPki::password(), SignResult::NoSigningKeyUsage},
        {pki.certificateOnlyP12, TestPki::password(), SignResult::MissingPrivateKey},
        {text.fileName(), TestPki::password(), SignResult::NotPkcs12},
        {pki.caPem, TestPki::password(), SignResult::NotPkcs12}, // PEM, not PKCS#12
        {f.dir.filePath(QStringLiteral("missing.p12")), TestPki::password(),
         SignResult::CertificateUnreadable},
    };
    QStringList messages;
    for (const Row &row : rows) {
        f.request.certificatePath = row.certificate;
        const SignOutcome outcome = PdfSigner::sign(f.request, row.password);
        INFO(row.certificate.toStdString() << ": " << outcome.message.toStdString());
        CHECK(outcome.result == row.expected);
        CHECK_FALSE(outcome.message.isEmpty());
        if (!row.password.isEmpty())
            CHECK_FALSE(outcome.message.contains(QString::fromUtf8(row.password)));
        CHECK_FALSE(QFileInfo::exists(f.output));
        messages << describe(row.expected);
    }
    messages.removeDuplicates();
    CHECK(messages.size() == 7);                                  // one sentence per result
    CHECK(QDir(f.dir.path()).entryList(QDir::Files).size() == 2); // input + the text file
}

TEST_CASE("Bad inputs and outputs are named and leave nothing behind", "[sign]")
{
    SignFixture f;
    SECTION("missing input")
    {
        f.request.inputPath = f.dir.filePath(QStringLiteral("missing.pdf"));
        CHECK(f.sign().result == SignResult::InputUnreadable);
    }
    SECTION("not a PDF")
    {
        test::writeFile(f.input, "PK\x03\x04 a zip file, not a PDF");
        CHECK(f.sign().result == SignResult::InputNotPdf);
    }
    SECTION("a PDF header on rubbish")
    {
        test::writeFile(f.input, "%PDF-1.7\nnot really\n");
        CHECK(f.sign().result == SignResult::InputNotPdf);
    }
    SECTION("output folder missing")
    {
        f.request.outputPath = f.dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
        CHECK(f.sign().result == SignResult::OutputNotWritable);
    }
    SECTION("page out of range")
    {
        f.request.pageIndex = 2;
        CHECK(f.sign().result == SignResult::BadPlacement);
    }
    SECTION("rectangle off the page")
    {
        f.request.rect = QRectF(500, 800, 200, 60);
        CHECK(f.sign().result == SignResult::BadPlacement);
    }
    CHECK_FALSE(QFileInfo::exists(f.output));
}

TEST_CASE("A PDF whose signature no longer matches is not signed again", "[sign]")
{
    SignFixture f;
    REQUIRE(f.sign().ok());
    QByteArray signedPdf = test::readFile(f.output);
    SECTION("bytes appended after the signature")
    {
        signedPdf += "\n% appended after signing\n";
    }
    SECTION("one byte changed inside the signed range")
    {
        // In the original document's body: the signature's own /Contents padding is, by
        // design, outside the signed range.
        const qsizetype at = test::readFile(f.input).size() / 2;
        signedPdf[at] = char(signedPdf[at] ^ 0x01);
    }
    test::writeFile(f.output, signedPdf);
    SignFixture again;
    again.request.inputPath = f.output;
    const SignOutcome outcome = again.sign();
    CHECK(outcome.result == SignResult::InputAlreadyModified);
    CHECK_FALSE(QFileInfo::exists(again.output));
}

TEST_CASE("An invisible signature is made from an empty rectangle", "[sign]")
{
    SignFixture f;
    f.request.rect = QRectF();
    f.request.pageIndex = 0;
    REQUIRE(f.sign().ok());
    CHECK(test::trustingTestCa().verifyFile(f.output).valid());
}

TEST_CASE("wipe clears a password in every shared copy", "[sign]")
{
    QByteArray password("geheim 密码");
    const QByteArray shared = password; // implicitly shared, same buffer
    const char *bytes = shared.constData();
    const qsizetype size = shared.size();
    wipe(password);
    CHECK(password.isEmpty());
    CHECK(std::all_of(bytes, bytes + size, [](char c) { return c == 0; }));
}

TEST_CASE("A legacy PKCS#12 (RC2, as older Windows exports) still signs", "[sign]")
{
    // Made by the openssl tool in another process, so this process loads OpenSSL's legacy
    // provider itself, as it must for such files from a certification authority.
    SignFixture f;
    const QString legacy = f.dir.filePath(QStringLiteral("legacy.p12"));
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("P12_PASS"), QString::fromUtf8(TestPki::password()));
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("set -e; openssl pkcs12 -in '%1' -passin env:P12_PASS -nodes "
                                "-out '%2.pem'; openssl pkcs12 -export -legacy -in '%2.pem' "
                                "-passout env:P12_PASS -out '%2'; rm '%2.pem'")
                     .arg(TestPki::get().signerP12, legacy)});
    REQUIRE(shell.waitForFinished(60000));
    INFO(shell.readAllStandardError().toStdString());
    REQUIRE(shell.exitCode() == 0);
    REQUIRE(test::readFile(legacy).size() > 0);

    f.request.certificatePath = legacy;
    const SignOutcome outcome = f.sign();
    INFO(outcome.message.toStdString());
    CHECK(outcome.ok());
    CHECK(test::trustingTestCa().verifyFile(f.output).valid());
}
