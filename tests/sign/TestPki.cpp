#include "TestPki.h"
#include "TestSupport.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>

namespace csr::test {

namespace {

struct Issued
{
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    ~Issued()
    {
        EVP_PKEY_free(key);
        X509_free(cert);
    }
};

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        throw std::runtime_error("bad extension");
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

// RSA for the CA and the signer, as real ones are; P-256 for the certificates that only need
// to be refused, because RSA key generation dominates the suite's time under ASan.
enum class KeyType { Rsa, Ec, WeakRsa };

// A certificate valid from `fromDays` to `toDays` relative to now, signed by `issuer` (itself
// when null).
void issue(Issued &out, const QString &commonName, const Issued *issuer, long fromDays, long toDays,
           const char *keyUsage, bool ca, long serial, KeyType type = KeyType::Ec,
           const char *extendedKeyUsage = nullptr)
{
    out.key = type == KeyType::Rsa       ? EVP_RSA_gen(2048)
              : type == KeyType::WeakRsa ? EVP_RSA_gen(1024)
                                         : EVP_EC_gen("P-256");
    out.cert = X509_new();
    X509_set_version(out.cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(out.cert), serial);
    X509_time_adj_ex(X509_getm_notBefore(out.cert), int(fromDays), 0, nullptr);
    X509_time_adj_ex(X509_getm_notAfter(out.cert), int(toDays), 0, nullptr);
    X509_set_pubkey(out.cert, out.key);
    X509_NAME *name = X509_get_subject_name(out.cert);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("CN"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("CSR Report Studio 测试"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509 *issuerCert = issuer ? issuer->cert : out.cert;
    X509_set_issuer_name(out.cert, X509_get_subject_name(issuerCert));
    addExtension(out.cert, issuerCert, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
    addExtension(out.cert, issuerCert, NID_key_usage, keyUsage);
    if (extendedKeyUsage)
        addExtension(out.cert, issuerCert, NID_ext_key_usage, extendedKeyUsage);
    addExtension(out.cert, issuerCert, NID_subject_key_identifier, "hash");
    addExtension(out.cert, issuerCert, NID_authority_key_identifier, "keyid:always");
    X509_sign(out.cert, issuer ? issuer->key : out.key, EVP_sha256());
}

void writePem(const QString &path, X509 *cert)
{
    BIO *bio = BIO_new_file(QFile::encodeName(path).constData(), "w");
    PEM_write_bio_X509(bio, cert);
    BIO_free(bio);
}

void writeKey(const QString &path, EVP_PKEY *key)
{
    BIO *bio = BIO_new_file(QFile::encodeName(path).constData(), "w");
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    BIO_free(bio);
}

void writeP12(const QString &path, EVP_PKEY *key, X509 *cert, X509 *ca)
{
    STACK_OF(X509) *chain = sk_X509_new_null();
    if (ca)
        sk_X509_push(chain, ca);
    PKCS12 *p12 =
        PKCS12_create(TestPki::password().constData(), "test", key, cert, chain, 0, 0, 0, 0, 0);
    sk_X509_free(chain);
    if (!p12)
        throw std::runtime_error("PKCS12_create failed");
    BIO *bio = BIO_new_file(QFile::encodeName(path).constData(), "wb");
    i2d_PKCS12_bio(bio, p12);
    BIO_free(bio);
    PKCS12_free(p12);
}

} // namespace

QByteArray TestPki::password()
{
    return QByteArrayLiteral("correct horse 电池");
}

namespace {
void make(TestPki &p)
{
    p.caCommonName = QStringLiteral("CSR 测试根证书");
    p.signerCommonName = QStringLiteral("西区测试文明单位");
    const char *signing = "critical,digitalSignature,nonRepudiation";
    p.tsaCommonName = QStringLiteral("CSR Test TSA");
    Issued ca, signer, expired, future, noUsage, stranger, server, documents, weak, tsa, expiredTsa;
    issue(ca, p.caCommonName, nullptr, -30, 3650, "critical,keyCertSign,cRLSign", true, 1,
          KeyType::Rsa);
    issue(stranger, QStringLiteral("Stranger CA"), nullptr, -30, 3650,
          "critical,keyCertSign,cRLSign", true, 2);
    issue(signer, p.signerCommonName, &ca, -1, 365, signing, false, 10, KeyType::Rsa);
    issue(expired, QStringLiteral("Expired signer"), &ca, -400, -35, signing, false, 11);
    issue(future, QStringLiteral("Future signer"), &ca, 30, 400, signing, false, 12);
    issue(noUsage, QStringLiteral("Encipher-only signer"), &ca, -1, 365, "critical,keyEncipherment",
          false, 13);
    issue(server, QStringLiteral("www.example.cn"), &ca, -1, 365,
          "critical,digitalSignature,keyEncipherment", false, 14, KeyType::Ec, "serverAuth");
    issue(documents, QStringLiteral("Document signer"), &ca, -1, 365, signing, false, 15,
          KeyType::Ec, "1.3.6.1.5.5.7.3.36");
    issue(weak, QStringLiteral("Weak signer"), &ca, -1, 365, signing, false, 16, KeyType::WeakRsa);
    // RFC 3161 §2.3: a TSA's certificate has exactly one, critical, extended key usage.
    issue(tsa, p.tsaCommonName, &ca, -1, 3650, "critical,digitalSignature", false, 17, KeyType::Ec,
          "critical,timeStamping");
    issue(expiredTsa, QStringLiteral("CSR Expired TSA"), &ca, -3, 0, "critical,digitalSignature",
          false, 18, KeyType::Ec, "critical,timeStamping");
    p.expiredTsaNotAfter = QDateTime::currentDateTimeUtc().addSecs(-30 * 60);
    ASN1_TIME_set(X509_getm_notAfter(expiredTsa.cert),
                  time_t(p.expiredTsaNotAfter.toSecsSinceEpoch()));
    X509_sign(expiredTsa.cert, ca.key, EVP_sha256());
    const QString d = p.dir.path();
    p.caPem = d + QStringLiteral("/ca.pem");
    p.strangerCaPem = d + QStringLiteral("/stranger-ca.pem");
    p.signerP12 = d + QStringLiteral("/signer.p12");
    p.expiredP12 = d + QStringLiteral("/expired.p12");
    p.notYetValidP12 = d + QStringLiteral("/not-yet-valid.p12");
    p.noSigningUsageP12 = d + QStringLiteral("/no-signing-usage.p12");
    p.certificateOnlyP12 = d + QStringLiteral("/certificate-only.p12");
    writePem(p.caPem, ca.cert);
    writePem(p.strangerCaPem, stranger.cert);
    p.tsaCertPem = d + QStringLiteral("/tsa.pem");
    p.tsaKeyPem = d + QStringLiteral("/tsa.key");
    writePem(p.tsaCertPem, tsa.cert);
    writeKey(p.tsaKeyPem, tsa.key);
    p.expiredTsaCertPem = d + QStringLiteral("/expired-tsa.pem");
    p.expiredTsaKeyPem = d + QStringLiteral("/expired-tsa.key");
    writePem(p.expiredTsaCertPem, expiredTsa.cert);
    writeKey(p.expiredTsaKeyPem, expiredTsa.key);
    writeP12(p.signerP12, signer.key, signer.cert, ca.cert);
    writeP12(p.expiredP12, expired.key, expired.cert, ca.cert);
    writeP12(p.notYetValidP12, future.key, future.cert, ca.cert);
    writeP12(p.noSigningUsageP12, noUsage.key, noUsage.cert, ca.cert);
    writeP12(p.certificateOnlyP12, nullptr, signer.cert, ca.cert);
    p.serverAuthOnlyP12 = d + QStringLiteral("/server-auth-only.p12");
    p.documentSigningP12 = d + QStringLiteral("/document-signing.p12");
    p.rsa1024P12 = d + QStringLiteral("/rsa-1024.p12");
    writeP12(p.serverAuthOnlyP12, server.key, server.cert, ca.cert);
    writeP12(p.documentSigningP12, documents.key, documents.cert, ca.cert);
    writeP12(p.rsa1024P12, weak.key, weak.cert, ca.cert);
}
} // namespace

const TestPki &TestPki::get()
{
    static TestPki pki;
    static const bool made = (make(pki), true);
    Q_UNUSED(made);
    return pki;
}

sign::PdfVerifier trustingTestCa()
{
    sign::PdfVerifier verifier(false);
    REQUIRE(verifier.addTrustedCertificates(TestPki::get().caPem));
    return verifier;
}

} // namespace csr::test
