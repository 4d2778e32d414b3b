// Document time stamps (PAdES B-LTA): an RFC 3161 token over the whole file in a /DocTimeStamp
// dictionary, appended by `sign --doc-timestamp` from a TSA running inside the test; checked as
// a token (not as a CMS signature) by the verifier, by pdfsig, qpdf and `openssl ts -verify`.
// Also: the TSA's chain checked at the token's own time, and the DSS's /VRI entry.
#include "BackdatedStamp.h"
#include "ForgedUpdate.h"
#include "SignFixture.h"
#include "TestTsa.h"

#include "CadesSignature.h"
#include "CliRun.h"
#include "DocumentTimestamper.h"
#include "Pkcs12Bundle.h"
#include "TsaClient.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>

#include <openssl/pem.h>
#include <podofo/podofo.h>

using namespace csr;
using csr::test::SignFixture;
using csr::test::TestPki;
using csr::test::TestTsa;
using csr::test::toolOutput;

namespace {

// The byte range of the `index`-th /ByteRange written in the file (-1: the last), read from
// the bytes here rather than through the code under test.
QList<qint64> byteRange(const QByteArray &pdf, int index = -1)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\])"));
    QList<QList<qint64>> ranges;
    for (auto it = pattern.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        ranges << QList<qint64>{m.captured(1).toLongLong(), m.captured(2).toLongLong(),
                                m.captured(3).toLongLong(), m.captured(4).toLongLong()};
    }
    REQUIRE_FALSE(ranges.isEmpty());
    return index < 0 ? ranges.last() : ranges.at(index);
}

// The bytes a range covers, and the decoded /Contents string in its gap (padding included).
QByteArray coveredBytes(const QByteArray &pdf, const QList<qint64> &r)
{
    return pdf.mid(r[0], r[1]) + pdf.mid(r[2], r[3]);
}

QByteArray gapContents(const QByteArray &pdf, const QList<qint64> &r)
{
    return QByteArray::fromHex(pdf.mid(r[1] + 1, r[2] - r[1] - 2));
}

// The file with the last /Contents string replaced by `der` and zero padding, same length.
QByteArray withLastContents(const QByteArray &pdf, const QByteArray &der)
{
    const QList<qint64> r = byteRange(pdf);
    const qint64 hexLength = r[2] - r[1] - 2;
    QByteArray hex = der.toHex();
    REQUIRE(hex.size() <= hexLength);
    hex.append(QByteArray(hexLength - hex.size(), '0'));
    QByteArray out = pdf;
    out.replace(r[1] + 1, hexLength, hex);
    return out;
}

// A report signed with a time stamp, long-term data and a document time stamp (B-LTA).
QByteArray makeBlta(TestTsa &tsa, SignFixture &f, bool ltv = true)
{
    f.request.tsaUrl = tsa.url();
    f.request.ltv = ltv;
    f.request.documentTimestamp = true;
    const sign::SignOutcome outcome = f.sign();
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.ok());
    REQUIRE(outcome.documentTimestampTime.isValid());
    return test::readFile(f.output);
}

QString problems(const sign::VerificationReport &report)
{
    return report.problems.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("B-LTA: a document time stamp over the whole file, after the DSS",
          "[sign][timestamp][doctimestamp]")
{
    TestTsa tsa;
    SignFixture f;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const QByteArray pdf = makeBlta(tsa, f);
    CHECK(tsa.requests() == 2); // the signature's time stamp, then the document's

    const sign::VerificationReport report = test::trustingTestCa().verify(pdf);
    INFO(problems(report).toStdString());
    CHECK(report.valid());
    CHECK(report.problems.isEmpty());
    REQUIRE(report.signatures.size() == 2);
    const sign::SignatureCheck &signature = report.signatures[0];
    CHECK_FALSE(signature.documentTimestamp);
    CHECK(signature.valid());
    CHECK(signature.timestamp.valid());
    CHECK(signature.changesAfterSigning.isEmpty()); // the DSS and the stamp's field: allowed
    CHECK_FALSE(signature.coversWholeFile);
    const sign::SignatureCheck &stamp = report.signatures[1];
    CHECK(stamp.documentTimestamp);
    CHECK(stamp.timestamp.present);
    CHECK(stamp.timestamp.readable);
    CHECK(stamp.timestamp.matchesSignature);
    CHECK(stamp.timestamp.verifies);
    CHECK(stamp.timestamp.tsaName == TestPki::get().tsaCommonName);
    CHECK(stamp.timestamp.time >= before);
    CHECK(stamp.timestamp.time <= QDateTime::currentDateTimeUtc().addSecs(2));
    CHECK(stamp.coversWholeFile);
    CHECK(stamp.signedEnd == pdf.size());
    CHECK(stamp.subFilter == QLatin1String("ETSI.RFC3161"));
    CHECK(report.dss.present);

    SECTION("the dictionary is a /DocTimeStamp with /SubFilter /ETSI.RFC3161")
    {
        const QList<qint64> r = byteRange(pdf);
        const qsizetype start = pdf.lastIndexOf("obj", r[1]);
        const QByteArray dictionary = pdf.mid(start, pdf.indexOf("endobj", r[2]) - start);
        const QString text = QString::fromLatin1(dictionary);
        CHECK(text.contains(QRegularExpression(QStringLiteral(R"(/Type\s*/DocTimeStamp\b)"))));
        CHECK(
            text.contains(QRegularExpression(QStringLiteral(R"(/SubFilter\s*/ETSI\.RFC3161\b)"))));
    }
    SECTION("openssl ts -verify accepts the token over the bytes of its byte range")
    {
        const QList<qint64> r = byteRange(pdf);
        const QTemporaryDir dir;
        const QString token = dir.filePath(QStringLiteral("token.der"));
        const QString data = dir.filePath(QStringLiteral("covered.bin"));
        test::writeFile(token, gapContents(pdf, r));
        test::writeFile(data, coveredBytes(pdf, r));
        const QString out =
            toolOutput(QStringLiteral("openssl"),
                       {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                        data, QStringLiteral("-in"), token, QStringLiteral("-token_in"),
                        QStringLiteral("-CAfile"), TestPki::get().caPem});
        INFO(out.toStdString());
        CHECK(out.contains(QLatin1String("Verification: OK")));
    }
    SECTION("pdfsig: the signature valid, the time stamp over the whole document")
    {
        // Poppler 22.12 (Debian bookworm) lists a document time stamp, its TSA and its byte
        // range, but does not check RFC 3161 tokens ("Signature Type: unknown", "not yet
        // verified"); the token is checked with openssl above.
        const QString out = toolOutput(QStringLiteral("pdfsig"), {f.output});
        INFO(out.toStdString());
        const qsizetype second = out.indexOf(QLatin1String("Signature #2"));
        REQUIRE(second > 0);
        CHECK(out.left(second).contains(QLatin1String("Signature is Valid.")));
        const QString stampPart = out.mid(second);
        CHECK(stampPart.contains(QLatin1String("Signer Certificate Common Name: CSR Test TSA")));
        CHECK(stampPart.contains(QLatin1String("Total document signed")));
        CHECK_FALSE(out.contains(QLatin1String("Invalid")));
    }
    SECTION("qpdf --check finds nothing wrong")
    {
        int code = -1;
        const QString out =
            toolOutput(QStringLiteral("qpdf"), {QStringLiteral("--check"), f.output}, &code);
        INFO(out.toStdString());
        CHECK(code == 0);
        CHECK(out.contains(QLatin1String("No syntax or stream encoding errors")));
    }
    SECTION("the signer takes the stamped file as it is and signs it again")
    {
        SignFixture again;
        again.request.inputPath = f.output;
        const sign::SignOutcome outcome = again.sign();
        INFO(outcome.message.toStdString());
        CHECK(outcome.ok());
    }
}

TEST_CASE("a document time stamp whose token was altered, or is over other bytes: exit 1",
          "[sign][timestamp][doctimestamp]")
{
    TestTsa tsa;
    SignFixture f;
    const QByteArray pdf = makeBlta(tsa, f, false);
    const QList<qint64> r = byteRange(pdf);
    const QByteArray token = gapContents(pdf, r);

    QByteArray forged;
    QString expected;
    SECTION("one byte of the imprint changed inside the token")
    {
        const QByteArray imprint =
            QCryptographicHash::hash(coveredBytes(pdf, r), QCryptographicHash::Sha256);
        const qsizetype at = token.indexOf(imprint);
        REQUIRE(at > 0);
        QByteArray altered = token;
        altered[at + 5] = char(altered[at + 5] ^ 0x01);
        forged = withLastContents(pdf, altered.left(token.size()));
        expected = QStringLiteral("Document time stamp 1: its token was altered");
    }
    SECTION("a genuine token from the same TSA, but over other bytes")
    {
        const sign::TimestampReply other =
            sign::TsaClient(tsa.url()).timestamp(QByteArrayLiteral("some other document"));
        REQUIRE(other.ok());
        forged = withLastContents(pdf, other.token);
        expected = QStringLiteral("Document time stamp 1: its token is not over this file");
    }
    REQUIRE(forged.size() == pdf.size());
    const sign::VerificationReport report = test::trustingTestCa().verify(forged);
    INFO(problems(report).toStdString());
    CHECK(report.status == sign::VerificationReport::Status::Invalid);
    CHECK(problems(report).contains(expected));
    // The signature itself still holds: only the stamp is named.
    CHECK_FALSE(problems(report).contains(QLatin1String("Signature 1")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forged.pdf"));
    test::writeFile(path, forged);
    const test::CliRun v = test::runCsrstudio(
        {QStringLiteral("verify"), path, QStringLiteral("--trust"), TestPki::get().caPem});
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.code == 1);
    CHECK(v.out.contains(expected));
}

TEST_CASE("a document time stamp whose imprint is SHA-1 is refused, naming the digest",
          "[sign][timestamp][doctimestamp]")
{
    TestTsa tsa;
    SignFixture f;
    f.request.tsaUrl = tsa.url();
    REQUIRE(f.sign().ok());
    const TestPki &pki = TestPki::get();
    QTemporaryDir dir;
    QString error;
    const QByteArray stamped = sign::DocumentTimestamper::append(
        test::readFile(f.output),
        [&](const QByteArray &bytes) {
            // The request as `openssl ts -query -sha1` makes it; the TSA grants it.
            const QString data = dir.filePath(QStringLiteral("covered.bin"));
            const QString query = dir.filePath(QStringLiteral("query.tsq"));
            test::writeFile(data, bytes);
            toolOutput(QStringLiteral("openssl"),
                       {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"),
                        data, QStringLiteral("-sha1"), QStringLiteral("-cert"),
                        QStringLiteral("-out"), query});
            return test::stampRequest(test::readFile(query), QDateTime::currentDateTimeUtc(),
                                      pki.tsaCertPem, pki.tsaKeyPem);
        },
        error);
    INFO(error.toStdString());
    REQUIRE_FALSE(stamped.isEmpty());
    const sign::VerificationReport report = test::trustingTestCa().verify(stamped);
    INFO(problems(report).toStdString());
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures[1].timestamp.matchesSignature); // over the file, but with SHA-1
    CHECK(report.signatures[1].timestamp.verifies);
    CHECK(report.status == sign::VerificationReport::Status::Invalid);
    CHECK(problems(report).contains(
        QLatin1String("Document time stamp 1: its token's imprint uses the SHA1 digest")));
}

TEST_CASE("a document time stamp does not make a change after signing acceptable",
          "[sign][timestamp][doctimestamp]")
{
    TestTsa tsa;
    SignFixture f;
    f.request.tsaUrl = tsa.url();
    REQUIRE(f.sign().ok());
    const QByteArray changed = test::changePageContent(test::readFile(f.output));
    QString error;
    const QByteArray stamped = sign::DocumentTimestamper::append(
        changed,
        [&tsa](const QByteArray &bytes) { return sign::TsaClient(tsa.url()).timestamp(bytes); },
        error);
    INFO(error.toStdString());
    REQUIRE_FALSE(stamped.isEmpty());
    const sign::VerificationReport report = test::trustingTestCa().verify(stamped);
    INFO(problems(report).toStdString());
    CHECK(report.status == sign::VerificationReport::Status::Invalid);
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures[1].timestamp.valid()); // the stamp itself holds…
    CHECK(problems(report).contains(               // …but the signature names the change
        QLatin1String("Signature 1: the document was changed after it was signed")));
}

TEST_CASE("a time stamp's TSA chain is checked at the time stamp's own time",
          "[sign][timestamp][doctimestamp]")
{
    // A TSA whose certificate expired after it stamped: the stamp still holds, since what the
    // certificate's dates say is whether the TSA could stamp *then*.
    TestTsa tsa;
    SignFixture f;
    f.request.tsaUrl = tsa.url();
    REQUIRE(f.sign().ok());
    const QByteArray signedPdf = test::readFile(f.output);
    const TestPki &pki = TestPki::get();
    REQUIRE(pki.expiredTsaNotAfter < QDateTime::currentDateTimeUtc());

    QDateTime genTime;
    bool holds = false;
    SECTION("stamped while its certificate was valid: holds")
    {
        genTime = QDateTime::fromSecsSinceEpoch(pki.expiredTsaNotAfter.toSecsSinceEpoch() - 3600,
                                                Qt::UTC);
        holds = true;
    }
    SECTION("stamped after its certificate expired: does not")
    {
        genTime =
            QDateTime::fromSecsSinceEpoch(pki.expiredTsaNotAfter.toSecsSinceEpoch() + 300, Qt::UTC);
    }
    QString error;
    QByteArray token;
    const QByteArray stamped = sign::DocumentTimestamper::append(
        signedPdf,
        [&](const QByteArray &bytes) {
            const sign::TimestampReply reply =
                test::backdatedStamp(bytes, genTime, pki.expiredTsaCertPem, pki.expiredTsaKeyPem);
            token = reply.token;
            return reply;
        },
        error);
    INFO(error.toStdString());
    REQUIRE_FALSE(stamped.isEmpty());

    const sign::VerificationReport report = test::trustingTestCa().verify(stamped);
    INFO(problems(report).toStdString());
    REQUIRE(report.signatures.size() == 2);
    const sign::TimestampCheck &t = report.signatures[1].timestamp;
    CHECK(t.time == genTime);
    CHECK(t.matchesSignature);
    CHECK(t.signatureHolds);
    CHECK(t.verifies == holds);
    CHECK(report.valid() == holds);
    if (!holds)
        CHECK(problems(report).contains(
            QLatin1String("Document time stamp 1: the time-stamp authority is not trusted "
                          "(certificate verify error: Verify error:certificate has expired)")));

    // OpenSSL's own tool agrees: at the token's time it verifies, today it does not, which is
    // why the check at today's time would refuse a stamp made in good order.
    const QTemporaryDir dir;
    const QString tokenFile = dir.filePath(QStringLiteral("token.der"));
    const QString data = dir.filePath(QStringLiteral("covered.bin"));
    test::writeFile(tokenFile, token);
    test::writeFile(data, coveredBytes(stamped, byteRange(stamped)));
    const QStringList args = {QStringLiteral("ts"),
                              QStringLiteral("-verify"),
                              QStringLiteral("-data"),
                              data,
                              QStringLiteral("-in"),
                              tokenFile,
                              QStringLiteral("-token_in"),
                              QStringLiteral("-CAfile"),
                              pki.caPem};
    const QString today = toolOutput(QStringLiteral("openssl"), args);
    INFO(today.toStdString());
    CHECK(today.contains(QLatin1String("certificate has expired")));
    const QString then = toolOutput(
        QStringLiteral("openssl"),
        args + QStringList{QStringLiteral("-attime"), QString::number(genTime.toSecsSinceEpoch())});
    INFO(then.toStdString());
    CHECK(then.contains(QLatin1String("Verification: OK")) == holds);
}

TEST_CASE("the DSS's /VRI entry is keyed by the SHA-1 of the signature's /Contents",
          "[sign][timestamp][vri]")
{
    TestTsa tsa;
    SignFixture f;
    f.request.tsaUrl = tsa.url();
    f.request.ltv = true;
    REQUIRE(f.sign().ok());
    const QByteArray pdf = test::readFile(f.output);
    // The key, computed here from the bytes of the signature's /Contents string.
    const QByteArray key =
        QCryptographicHash::hash(gapContents(pdf, byteRange(pdf, 0)), QCryptographicHash::Sha1)
            .toHex()
            .toUpper();

    using namespace PoDoFo;
    PdfMemDocument document;
    document.LoadFromBuffer(pdf.constData(), long(pdf.size()));
    PdfVecObjects &objects = document.GetObjects();
    auto resolve = [&](PdfObject *o) {
        return o && o->IsReference() ? objects.GetObject(o->GetReference()) : o;
    };
    PdfObject *dss = resolve(document.GetCatalog()->GetDictionary().GetKey(PdfName("DSS")));
    REQUIRE(dss);
    PdfObject *vri = resolve(dss->GetDictionary().GetKey(PdfName("VRI")));
    REQUIRE(vri);
    REQUIRE(vri->IsDictionary());
    std::string keys;
    for (const auto &[name, value] : vri->GetDictionary().GetKeys())
        keys += name.GetName() + (value->IsReference() ? " (reference) " : " ");
    INFO("VRI keys: " << keys << "; expected " << key.toStdString());
    CHECK(vri->GetDictionary().GetSize() == 1);
    PdfObject *entry = resolve(vri->GetDictionary().GetKey(PdfName(key.constData())));
    REQUIRE(entry);
    REQUIRE(entry->IsDictionary());
    // Its certificates are the DSS's own streams (signer, CA, TSA), not copies.
    PdfObject *certs = resolve(dss->GetDictionary().GetKey(PdfName("Certs")));
    PdfObject *cert = resolve(entry->GetDictionary().GetKey(PdfName("Cert")));
    REQUIRE(certs);
    REQUIRE(cert);
    CHECK(cert->GetArray().size() == 3);
    CHECK(cert->GetArray() == certs->GetArray());
    CHECK_FALSE(entry->GetDictionary().HasKey(PdfName("OCSP"))); // none could be fetched

    const sign::VerificationReport report = test::trustingTestCa().verify(pdf);
    INFO(problems(report).toStdString());
    CHECK(report.valid());
    CHECK(report.dss.vriEntries == 1);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].vriKey == key);
    CHECK(report.signatures[0].hasVri);

    int code = -1;
    const QString qpdf =
        toolOutput(QStringLiteral("qpdf"), {QStringLiteral("--check"), f.output}, &code);
    INFO(qpdf.toStdString());
    CHECK(code == 0);
    const QString pdfsig = toolOutput(QStringLiteral("pdfsig"), {f.output});
    INFO(pdfsig.toStdString());
    CHECK(pdfsig.contains(QLatin1String("Signature is Valid.")));
}

TEST_CASE("csrstudio sign --doc-timestamp, and what verify reports",
          "[sign][timestamp][doctimestamp][cli]")
{
    TestTsa tsa;
    QTemporaryDir dir;
    const QString pw = dir.filePath(QStringLiteral("pw"));
    test::writeFile(pw, TestPki::password() + "\n");
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString lta = dir.filePath(QStringLiteral("b-lta.pdf"));
    test::writeChinesePdf(plain);
    const QStringList sign = {QStringLiteral("sign"),
                              plain,
                              QStringLiteral("-o"),
                              lta,
                              QStringLiteral("--sign"),
                              TestPki::get().signerP12,
                              QStringLiteral("--password-file"),
                              pw};

    SECTION("with --tsa and --ltv: B-LTA, and verify reports the signature and the stamp")
    {
        const test::CliRun s = test::runCsrstudio(
            sign + QStringList{QStringLiteral("--tsa"), tsa.url().toString(),
                               QStringLiteral("--ltv"), QStringLiteral("--doc-timestamp")});
        INFO(s.out.toStdString() << s.err.toStdString());
        REQUIRE(s.code == 0);
        CHECK(s.out.contains(QLatin1String("Document time stamp added at")));
        CHECK(s.out.contains(QLatin1String("PAdES B-LTA")));

        const test::CliRun v = test::runCsrstudio(
            {QStringLiteral("verify"), lta, QStringLiteral("--trust"), TestPki::get().caPem});
        INFO(v.out.toStdString() << v.err.toStdString());
        CHECK(v.code == 0);
        CHECK(v.out.contains(QLatin1String("Signature 1 (Signature1):")));
        const qsizetype stamp =
            v.out.indexOf(QLatin1String("Document time stamp 1 (DocTimeStamp2):"));
        REQUIRE(stamp > 0);
        const QString stampPart = v.out.mid(stamp);
        CHECK(stampPart.contains(QRegularExpression(
            QStringLiteral("Time: +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"))));
        CHECK(stampPart.contains(
            QRegularExpression(QStringLiteral("Time-stamp authority: +CSR Test TSA"))));
        CHECK(stampPart.contains(QRegularExpression(QStringLiteral("Matches the file: +yes"))));
        CHECK(stampPart.contains(QRegularExpression(QStringLiteral("Token verifies: +yes"))));
        CHECK(stampPart.contains(QRegularExpression(QStringLiteral("Covers whole file: +yes"))));
        CHECK(v.out.left(stamp).contains(QRegularExpression(QStringLiteral("VRI entry: +yes"))));
        CHECK(v.out.contains(QLatin1String(": valid.")));
    }
    SECTION("--doc-timestamp without --tsa is refused, nothing written")
    {
        const test::CliRun s =
            test::runCsrstudio(sign + QStringList{QStringLiteral("--doc-timestamp")});
        CHECK(s.code == 2);
        CHECK(s.err.contains(QLatin1String("--doc-timestamp needs --tsa")));
        CHECK_FALSE(QFileInfo::exists(lta));
    }
}

TEST_CASE("a signature time stamp from a TSA whose certificate expired since: checked at its time",
          "[sign][timestamp]")
{
    // The same rule for the time stamp inside a signature (B-T): the CMS is made by the
    // program's own code, the token over its signature value stated at a time when the
    // (now expired) TSA certificate was valid, or after it expired.
    const TestPki &pki = TestPki::get();
    sign::Pkcs12Bundle bundle;
    REQUIRE(sign::Pkcs12Bundle::load(pki.signerP12, TestPki::password(), bundle) ==
            sign::SignResult::Ok);
    QString error;
    const sign::ossl::Cms cms = sign::makeCadesSignature("the signed bytes", bundle, error);
    REQUIRE(cms);
    const qint64 notAfter = pki.expiredTsaNotAfter.toSecsSinceEpoch();
    const bool holds = GENERATE(true, false);
    const QDateTime genTime =
        QDateTime::fromSecsSinceEpoch(holds ? notAfter - 3600 : notAfter + 300, Qt::UTC);
    const sign::TimestampReply stamp = test::backdatedStamp(
        sign::signatureValue(cms.get()), genTime, pki.expiredTsaCertPem, pki.expiredTsaKeyPem);
    REQUIRE(sign::addSignatureTimestamp(cms.get(), stamp.token, error));

    const sign::ossl::Store store(X509_STORE_new());
    const QByteArray caBytes = test::readFile(pki.caPem); // the BIO reads it in place
    const sign::ossl::Bio pem = sign::ossl::memoryBio(caBytes);
    const sign::ossl::Cert ca(PEM_read_bio_X509(pem.get(), nullptr, nullptr, nullptr));
    REQUIRE(ca);
    X509_STORE_add_cert(store.get(), ca.get());
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    const sign::TimestampCheck t = sign::checkSignatureTimestamp(si, store.get());
    INFO(t.problem.toStdString());
    CHECK(t.present);
    CHECK(t.time == genTime);
    CHECK(t.matchesSignature);
    CHECK(t.verifies == holds);
    CHECK(t.valid() == holds);
    if (!holds)
        CHECK(t.problem.contains(QLatin1String("certificate has expired")));
    // The store's own time is left as it was: today, for whatever is checked next.
    CHECK_FALSE(X509_VERIFY_PARAM_get_flags(X509_STORE_get0_param(store.get())) &
                X509_V_FLAG_USE_CHECK_TIME);
}

TEST_CASE("a file with only a document time stamp is not a signed report: it says when, not who",
          "[sign][timestamp][doctimestamp][cli]")
{
    TestTsa tsa;
    const sign::TsaClient client(tsa.url());
    QString error;
    const QByteArray stamped = sign::DocumentTimestamper::append(
        test::makeChinesePdf(1),
        [&client](const QByteArray &bytes) { return client.timestamp(bytes); }, error);
    INFO(error.toStdString());
    REQUIRE_FALSE(stamped.isEmpty());

    const sign::VerificationReport report = test::trustingTestCa().verify(stamped);
    INFO(problems(report).toStdString());
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].documentTimestamp);
    CHECK(report.signatures[0].timestamp.valid()); // the stamp itself holds…
    CHECK(report.status == sign::VerificationReport::Status::NotSigned); // …but nobody signed
    CHECK_FALSE(report.valid());
    CHECK(problems(report) ==
          QLatin1String("The file is not signed: it carries only a document time stamp, which "
                        "proves that the file existed at that time, not who approved it."));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stamped.pdf"));
    test::writeFile(path, stamped);
    const test::CliRun v = test::runCsrstudio(
        {QStringLiteral("verify"), path, QStringLiteral("--trust"), TestPki::get().caPem});
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.code == 1);
    CHECK(v.out.contains(QLatin1String("Document time stamp 1")));
    CHECK(v.out.contains(QRegularExpression(QStringLiteral("Token verifies: +yes"))));
    CHECK_FALSE(v.out.contains(QLatin1String("Signature 1")));
    CHECK(v.out.contains(QLatin1String("NOT signed, only time-stamped.")));
    CHECK_FALSE(v.out.contains(QLatin1String(": valid.")));
}
