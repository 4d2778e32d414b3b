#include "Pkcs12Bundle.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/provider.h>
#include <openssl/x509v3.h>

namespace csr::sign {

namespace {

// PKCS#12 makes no difference between "no password" and "empty password", but files in the
// wild use either encoding; OpenSSL's own tool tries both too.
bool macMatches(PKCS12 *p12, const QByteArray &password, const char **used)
{
    if (password.isEmpty()) {
        for (const char *candidate : {static_cast<const char *>(nullptr), ""}) {
            if (PKCS12_verify_mac(p12, candidate, 0) == 1) {
                *used = candidate;
                return true;
            }
        }
        return false;
    }
    *used = password.constData();
    return PKCS12_verify_mac(p12, password.constData(), int(password.size())) == 1;
}

// Files exported by older Windows and some certification authorities encrypt the certificate
// bag with RC2 or 3DES-SHA1, which OpenSSL 3 keeps in its "legacy" provider.
void loadLegacyProvider()
{
    static OSSL_PROVIDER *legacy = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
    Q_UNUSED(legacy);
}

} // namespace

SignResult Pkcs12Bundle::load(const QString &path, const QByteArray &password, Pkcs12Bundle &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SignResult::CertificateUnreadable;
    const QByteArray bytes = file.readAll();
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(bytes.constData());
    ossl::Pkcs12 p12(d2i_PKCS12(nullptr, &cursor, long(bytes.size())));
    if (!p12) {
        ERR_clear_error();
        return SignResult::NotPkcs12;
    }
    // OpenSSL 3.0 will not open a file without a MAC under a password, and "wrong password"
    // would send the user looking in the wrong place.
    if (PKCS12_mac_present(p12.get()) != 1)
        return SignResult::NoIntegrityCheck;
    const char *pass = nullptr;
    if (!macMatches(p12.get(), password, &pass)) {
        ERR_clear_error();
        return SignResult::WrongPassword;
    }
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    if (PKCS12_parse(p12.get(), pass, &key, &cert, &chain) != 1) {
        ERR_clear_error();
        loadLegacyProvider();
        if (PKCS12_parse(p12.get(), pass, &key, &cert, &chain) != 1) {
            ERR_clear_error();
            return SignResult::NotPkcs12;
        }
    }
    out.key.reset(key);
    out.certificate.reset(cert);
    out.chain.reset(chain ? chain : sk_X509_new_null());
    if (!out.certificate)
        return out.key ? SignResult::MissingCertificate : SignResult::MissingPrivateKey;
    if (!out.key || X509_check_private_key(out.certificate.get(), out.key.get()) != 1) {
        ERR_clear_error();
        return SignResult::MissingPrivateKey;
    }
    return SignResult::Ok;
}

SignResult checkSigningUse(X509 *cert, const QDateTime &when)
{
    time_t at = time_t(when.toSecsSinceEpoch());
    if (X509_cmp_time(X509_get0_notBefore(cert), &at) > 0)
        return SignResult::CertificateNotYetValid;
    if (X509_cmp_time(X509_get0_notAfter(cert), &at) < 0)
        return SignResult::CertificateExpired;
    // Without a key usage extension the key may be used for anything, signing included.
    if ((X509_get_extension_flags(cert) & EXFLAG_KUSAGE) &&
        !(X509_get_key_usage(cert) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return SignResult::NoSigningKeyUsage;
    return SignResult::Ok;
}

} // namespace csr::sign
