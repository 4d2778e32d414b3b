#include "Pkcs12Bundle.h"

#include "BoundedFile.h"

#include <QCoreApplication>

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

// The DER of the pkcs7-data OID (1.2.840.113549.1.7.1) that every PKCS#12 file carries near
// its start, as the type of its authenticated safe.
bool looksLikePkcs12(const QByteArray &bytes)
{
    static const QByteArray pkcs7Data = QByteArray::fromHex("06092a864886f70d010701");
    return bytes.startsWith('\x30') && bytes.left(64).contains(pkcs7Data);
}

// When the MAC does not match, either the password is wrong or the file was altered. If the
// password decrypts the file's encrypted parts (a padding check that a wrong password fails
// 255 times in 256), it is the right one, and the file is damaged.
bool passwordDecrypts(PKCS12 *p12, const char *pass, int passLength)
{
    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(p12);
    if (!safes)
        return false;
    bool decrypted = false;
    for (int i = 0; i < sk_PKCS7_num(safes) && !decrypted; ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes, i);
        STACK_OF(PKCS12_SAFEBAG) *bags = nullptr;
        if (OBJ_obj2nid(safe->type) == NID_pkcs7_encrypted) {
            bags = PKCS12_unpack_p7encdata(safe, pass, passLength);
            decrypted = bags != nullptr;
        } else if (OBJ_obj2nid(safe->type) == NID_pkcs7_data) {
            bags = PKCS12_unpack_p7data(safe);
            for (int j = 0; bags && j < sk_PKCS12_SAFEBAG_num(bags) && !decrypted; ++j) {
                const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, j);
                if (PKCS12_SAFEBAG_get_nid(bag) != NID_pkcs8ShroudedKeyBag)
                    continue;
                PKCS8_PRIV_KEY_INFO *key = PKCS12_decrypt_skey(bag, pass, passLength);
                decrypted = key != nullptr;
                PKCS8_PRIV_KEY_INFO_free(key);
            }
        }
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    ERR_clear_error();
    return decrypted;
}

} // namespace

SignResult Pkcs12Bundle::load(const QString &path, const QByteArray &password, Pkcs12Bundle &out)
{
    QByteArray bytes;
    switch (BoundedFile::read(path, MaxCertificateFileBytes, bytes, nullptr)) {
    case BoundedFile::Result::Ok:
        break;
    case BoundedFile::Result::TooLarge:
        return SignResult::NotPkcs12;
    case BoundedFile::Result::Unreadable:
    case BoundedFile::Result::NotRegular:
        return SignResult::CertificateUnreadable;
    }
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(bytes.constData());
    ossl::Pkcs12 p12(d2i_PKCS12(nullptr, &cursor, long(bytes.size())));
    if (!p12) {
        ERR_clear_error();
        return looksLikePkcs12(bytes) ? SignResult::CertificateFileDamaged : SignResult::NotPkcs12;
    }
    // Bytes after the structure are not part of any PKCS#12 file a tool writes.
    if (cursor != reinterpret_cast<const unsigned char *>(bytes.constData()) + bytes.size())
        return SignResult::CertificateFileDamaged;
    // OpenSSL 3.0 will not open a file without a MAC under a password, and "wrong password"
    // would send the user looking in the wrong place.
    if (PKCS12_mac_present(p12.get()) != 1)
        return SignResult::NoIntegrityCheck;
    const char *pass = nullptr;
    if (!macMatches(p12.get(), password, &pass)) {
        ERR_clear_error();
        loadLegacyProvider();
        const char *candidate = password.isEmpty() ? "" : password.constData();
        return passwordDecrypts(p12.get(), candidate, int(qstrlen(candidate)))
                   ? SignResult::CertificateFileDamaged
                   : SignResult::WrongPassword;
    }
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    if (PKCS12_parse(p12.get(), pass, &key, &cert, &chain) != 1) {
        ERR_clear_error();
        loadLegacyProvider();
        if (PKCS12_parse(p12.get(), pass, &key, &cert, &chain) != 1) {
            ERR_clear_error();
            // The MAC matched, so the password is right: the contents are what is wrong.
            return SignResult::CertificateFileDamaged;
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

namespace {

struct PolicyTr
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::SigningPolicy)
};

// The extended key usages a document signer's certificate may carry (any one suffices).
bool allowsDocumentSigning(X509 *cert, QStringList &found)
{
    auto *usages = static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
    if (!usages)
        return true; // unreadable is caught by the extension flags below
    static const char *const documentSigning = "1.3.6.1.5.5.7.3.36";
    static const char *const adobeAuthenticDocuments = "1.2.840.113583.1.1.5";
    bool allowed = false;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
        const ASN1_OBJECT *usage = sk_ASN1_OBJECT_value(usages, i);
        char oid[128] = {};
        OBJ_obj2txt(oid, sizeof oid, usage, 1);
        const int nid = OBJ_obj2nid(usage);
        found << (nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid))
                                   : QString::fromLatin1(oid));
        allowed = allowed || nid == NID_email_protect || nid == NID_anyExtendedKeyUsage ||
                  qstrcmp(oid, documentSigning) == 0 || qstrcmp(oid, adobeAuthenticDocuments) == 0;
    }
    sk_ASN1_OBJECT_pop_free(usages, ASN1_OBJECT_free);
    return allowed;
}

QString keyTypeName(int type)
{
    switch (type) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA-PSS");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA");
    case EVP_PKEY_EC:
        return QStringLiteral("EC");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    default:
        return type == NID_undef ? QStringLiteral("unknown")
                                 : QString::fromLatin1(OBJ_nid2sn(type));
    }
}

bool isSha2Nid(int nid)
{
    return nid == NID_sha224 || nid == NID_sha256 || nid == NID_sha384 || nid == NID_sha512 ||
           nid == NID_sha512_224 || nid == NID_sha512_256 || nid == NID_sha3_256 ||
           nid == NID_sha3_384 || nid == NID_sha3_512;
}

} // namespace

SignResult checkSigningUse(X509 *cert, const QDateTime &when, QString *detail)
{
    auto fail = [&](SignResult result, const QString &text) {
        if (detail)
            *detail = text;
        return result;
    };
    time_t at = time_t(when.toSecsSinceEpoch());
    if (X509_cmp_time(X509_get0_notBefore(cert), &at) > 0)
        return fail(SignResult::CertificateNotYetValid,
                    PolicyTr::tr("its validity starts after the signing time"));
    if (X509_cmp_time(X509_get0_notAfter(cert), &at) < 0)
        return fail(SignResult::CertificateExpired,
                    PolicyTr::tr("its validity ended before the signing time"));
    const uint32_t flags = X509_get_extension_flags(cert);
    if (flags & EXFLAG_INVALID)
        return fail(SignResult::NoSigningKeyUsage, PolicyTr::tr("its extensions cannot be read"));
    // Without a key usage extension the key may be used for anything, signing included.
    if ((flags & EXFLAG_KUSAGE) &&
        !(X509_get_key_usage(cert) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return fail(SignResult::NoSigningKeyUsage,
                    PolicyTr::tr("its key usage allows neither digitalSignature nor "
                                 "nonRepudiation"));
    QStringList usages;
    if ((flags & EXFLAG_XKUSAGE) && !allowsDocumentSigning(cert, usages))
        return fail(SignResult::NoDocumentSigningPurpose,
                    PolicyTr::tr("its extended key usage is %1 only, which does not include "
                                 "document signing")
                        .arg(usages.join(QLatin1String(", "))));
    const EVP_PKEY *key = X509_get0_pubkey(cert);
    const int bits = key ? EVP_PKEY_get_bits(key) : 0;
    const int type = key ? EVP_PKEY_get_base_id(key) : NID_undef;
    const bool rsaLike = type == EVP_PKEY_RSA || type == EVP_PKEY_RSA_PSS || type == EVP_PKEY_DSA;
    const bool ecLike = type == EVP_PKEY_EC || type == EVP_PKEY_ED25519 || type == EVP_PKEY_ED448;
    if (!key || (!rsaLike && !ecLike) || (rsaLike && bits < 2048) || (ecLike && bits < 256))
        return fail(SignResult::WeakKey,
                    PolicyTr::tr("its key is %1 of %2 bits").arg(keyTypeName(type)).arg(bits));
    int digest = NID_undef, publicKey = NID_undef;
    X509_get_signature_info(cert, &digest, &publicKey, nullptr, nullptr);
    const bool eddsa = publicKey == NID_ED25519 || publicKey == NID_ED448;
    if (!eddsa && !isSha2Nid(digest))
        return fail(SignResult::WeakCertificateDigest,
                    PolicyTr::tr("its issuer signed it with %1")
                        .arg(digest != NID_undef ? QString::fromLatin1(OBJ_nid2sn(digest))
                                                 : QStringLiteral("an unknown digest")));
    return SignResult::Ok;
}

} // namespace csr::sign
