#include "CadesSignature.h"

#include "Pkcs12Bundle.h"

#include <QList>

#include <openssl/err.h>

#include <algorithm>

namespace csr::sign {

namespace {

CMS_SignerInfo *firstSigner(CMS_ContentInfo *cms)
{
    STACK_OF(CMS_SignerInfo) *infos = cms ? CMS_get0_SignerInfos(cms) : nullptr;
    return infos && sk_CMS_SignerInfo_num(infos) > 0 ? sk_CMS_SignerInfo_value(infos, 0) : nullptr;
}

QByteArray derOf(X509_ATTRIBUTE *attribute)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509_ATTRIBUTE(attribute, &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray digits;
    for (qsizetype n = length; n > 0; n >>= 8)
        digits.prepend(char(n & 0xff));
    return char(0x80 | digits.size()) + digits;
}

// What the signature covers (RFC 5652 §5.4): the signed attributes DER-encoded as an explicit
// SET OF, its elements in DER order (shorter-prefix-first byte order, as OpenSSL sorts them).
QByteArray signedAttributesDer(CMS_SignerInfo *si)
{
    QList<QByteArray> attributes;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i)
        attributes << derOf(CMS_signed_get_attr(si, i));
    std::sort(attributes.begin(), attributes.end(), [](const QByteArray &a, const QByteArray &b) {
        const int c = memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
        return c != 0 ? c < 0 : a.size() < b.size();
    });
    QByteArray body;
    for (const QByteArray &a : std::as_const(attributes))
        body += a;
    return char(0x31) + derLength(body.size()) + body;
}

// Signs the signed attributes again after one was taken out.
bool resign(CMS_SignerInfo *si, EVP_PKEY *key)
{
    const QByteArray toSign = signedAttributesDer(si);
    std::unique_ptr<EVP_MD_CTX, ossl::Deleter<EVP_MD_CTX_free>> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(toSign.constData()),
                       size_t(toSign.size())) != 1)
        return false;
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(toSign.constData()),
                       size_t(toSign.size())) != 1)
        return false;
    return ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), signature.constData(), int(length)) ==
           1;
}

} // namespace

ossl::Cms makeCadesSignature(const QByteArray &content, const Pkcs12Bundle &bundle, QString &error)
{
    ossl::Bio data = ossl::memoryBio(content);
    unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP | CMS_PARTIAL;
#ifdef CMS_NO_SIGNING_TIME
    flags |= CMS_NO_SIGNING_TIME; // OpenSSL 3.2 and later
#endif
    ossl::Cms cms(CMS_sign(nullptr, nullptr, bundle.chain.get(), nullptr, flags));
    CMS_SignerInfo *si = cms ? CMS_add1_signer(cms.get(), bundle.certificate.get(),
                                               bundle.key.get(), EVP_sha256(), flags)
                             : nullptr;
    if (!si || CMS_final(cms.get(), data.get(), nullptr, flags) != 1) {
        error = ossl::takeError();
        return {};
    }
    const int timeIndex = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (timeIndex >= 0) {
        X509_ATTRIBUTE_free(CMS_signed_delete_attr(si, timeIndex));
        if (!resign(si, bundle.key.get()) || CMS_SignerInfo_verify(si) != 1) {
            error = QStringLiteral("re-signing without signing-time: ") + ossl::takeError();
            return {};
        }
    }
    ERR_clear_error();
    return cms;
}

QByteArray signatureValue(CMS_ContentInfo *cms)
{
    CMS_SignerInfo *si = firstSigner(cms);
    const ASN1_OCTET_STRING *value = si ? CMS_SignerInfo_get0_signature(si) : nullptr;
    if (!value)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                      ASN1_STRING_length(value));
}

bool addSignatureTimestamp(CMS_ContentInfo *cms, const QByteArray &tokenDer, QString &error)
{
    CMS_SignerInfo *si = firstSigner(cms);
    if (!si || CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                             tokenDer.constData(), int(tokenDer.size())) != 1) {
        error = ossl::takeError();
        return false;
    }
    return true;
}

QByteArray toDer(CMS_ContentInfo *cms)
{
    unsigned char *der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

} // namespace csr::sign
