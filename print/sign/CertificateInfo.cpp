#include "CertificateInfo.h"

#include "Pkcs12Bundle.h"

#include <openssl/bn.h>
#include <openssl/x509v3.h>

namespace csr::sign {

namespace {

QStringList keyUsageNames(uint32_t bits)
{
    static const std::pair<uint32_t, const char *> names[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"},
        {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
        {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},
        {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"},
        {KU_ENCIPHER_ONLY, "encipherOnly"},
        {KU_DECIPHER_ONLY, "decipherOnly"}};
    QStringList result;
    for (const auto &[bit, name] : names)
        if (bits & bit)
            result << QString::fromLatin1(name);
    return result;
}

QString serialHex(X509 *cert)
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    if (!bn)
        return {};
    char *hex = BN_bn2hex(bn);
    const QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    BN_free(bn);
    return text;
}

} // namespace

CertificateInfo readCertificate(const QString &p12Path, const QByteArray &password,
                                const QDateTime &at)
{
    CertificateInfo info;
    QString rule;
    Pkcs12Bundle bundle;
    info.result = Pkcs12Bundle::load(p12Path, password, bundle);
    if (X509 *cert = bundle.certificate.get()) {
        const X509_NAME *subject = X509_get_subject_name(cert);
        const X509_NAME *issuer = X509_get_issuer_name(cert);
        info.subjectCommonName = ossl::nameEntry(subject, NID_commonName);
        info.subjectOrganization = ossl::nameEntry(subject, NID_organizationName);
        info.subject = ossl::nameText(subject);
        info.issuerCommonName = ossl::nameEntry(issuer, NID_commonName);
        info.issuer = ossl::nameText(issuer);
        info.serialNumber = serialHex(cert);
        info.notBefore = ossl::toDateTime(X509_get0_notBefore(cert));
        info.notAfter = ossl::toDateTime(X509_get0_notAfter(cert));
        info.hasKeyUsage = X509_get_extension_flags(cert) & EXFLAG_KUSAGE;
        if (info.hasKeyUsage)
            info.keyUsage = keyUsageNames(X509_get_key_usage(cert));
        info.chainLength = bundle.chain ? sk_X509_num(bundle.chain.get()) : 0;
        if (info.result == SignResult::Ok)
            info.result = checkSigningUse(cert, at, &rule);
    }
    info.message = describe(info.result, p12Path);
    info.policyProblem = rule;
    return info;
}

} // namespace csr::sign
