#include "RevocationFetcher.h"

#include "HttpFetch.h"
#include "OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/pkcs7.h>
#include <openssl/x509v3.h>

namespace csr::sign {

namespace {

constexpr qint64 MaxRevocationBytes = 4 * 1024 * 1024;

QByteArray der(OCSP_REQUEST *request)
{
    unsigned char *out = nullptr;
    const int length = i2d_OCSP_REQUEST(request, &out);
    QByteArray bytes =
        length > 0 ? QByteArray(reinterpret_cast<const char *>(out), length) : QByteArray();
    OPENSSL_free(out);
    return bytes;
}

QStringList crlAddresses(X509 *cert)
{
    QStringList urls;
    auto *points = static_cast<STACK_OF(DIST_POINT) *>(
        X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; points && i < sk_DIST_POINT_num(points); ++i) {
        const DIST_POINT *point = sk_DIST_POINT_value(points, i);
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        const GENERAL_NAMES *names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, j);
            if (name->type == GEN_URI)
                urls << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(
                                                name->d.uniformResourceIdentifier)),
                                            ASN1_STRING_length(name->d.uniformResourceIdentifier));
        }
    }
    sk_DIST_POINT_pop_free(points, DIST_POINT_free);
    return urls;
}

QStringList ocspAddresses(X509 *cert)
{
    QStringList urls;
    STACK_OF(OPENSSL_STRING) *list = X509_get1_ocsp(cert);
    for (int i = 0; list && i < sk_OPENSSL_STRING_num(list); ++i)
        urls << QString::fromLatin1(sk_OPENSSL_STRING_value(list, i));
    X509_email_free(list);
    return urls;
}

X509 *issuerOf(X509 *cert, STACK_OF(X509) * pool)
{
    for (int i = 0; i < sk_X509_num(pool); ++i)
        if (X509_check_issued(sk_X509_value(pool, i), cert) == X509_V_OK)
            return sk_X509_value(pool, i);
    return nullptr;
}

bool isSelfSigned(X509 *cert)
{
    return X509_check_issued(cert, cert) == X509_V_OK;
}

} // namespace

LtvMaterial RevocationFetcher::collect(STACK_OF(X509) * certificates,
                                       const QByteArray &timestampToken, QStringList &notes) const
{
    LtvMaterial material;
    ossl::CertStack pool(sk_X509_new_null());
    auto add = [&](X509 *cert) {
        const QByteArray bytes = ossl::toDer(cert);
        if (bytes.isEmpty() || material.certificates.contains(bytes))
            return;
        material.certificates << bytes;
        X509_up_ref(cert);
        sk_X509_push(pool.get(), cert);
    };
    for (int i = 0; i < sk_X509_num(certificates); ++i)
        add(sk_X509_value(certificates, i));
    if (!timestampToken.isEmpty()) {
        const unsigned char *cursor =
            reinterpret_cast<const unsigned char *>(timestampToken.constData());
        std::unique_ptr<PKCS7, ossl::Deleter<PKCS7_free>> token(
            d2i_PKCS7(nullptr, &cursor, long(timestampToken.size())));
        if (token && PKCS7_type_is_signed(token.get()) && token->d.sign)
            for (int i = 0; i < sk_X509_num(token->d.sign->cert); ++i)
                add(sk_X509_value(token->d.sign->cert, i));
    }

    for (int i = 0; i < sk_X509_num(pool.get()); ++i) {
        X509 *cert = sk_X509_value(pool.get(), i);
        if (isSelfSigned(cert))
            continue; // a root is trusted as such, not checked for revocation
        const QString who = ossl::nameEntry(X509_get_subject_name(cert), NID_commonName);
        X509 *issuer = issuerOf(cert, pool.get());
        const QStringList ocsp = ocspAddresses(cert);
        const QStringList crls = crlAddresses(cert);
        if (ocsp.isEmpty() && crls.isEmpty()) {
            notes << tr("The certificate \"%1\" names no OCSP responder and no CRL, so no "
                        "revocation information was embedded for it.")
                         .arg(who);
            continue;
        }
        bool got = false;
        for (const QString &url : ocsp) {
            if (got || !issuer)
                break;
            std::unique_ptr<OCSP_REQUEST, ossl::Deleter<OCSP_REQUEST_free>> request(
                OCSP_REQUEST_new());
            OCSP_CERTID *id = OCSP_cert_to_id(nullptr, cert, issuer);
            if (!request || !id || !OCSP_request_add0_id(request.get(), id)) {
                OCSP_CERTID_free(id);
                continue;
            }
            const HttpAnswer answer = HttpFetch::exchange(
                QUrl(url), der(request.get()), QByteArrayLiteral("application/ocsp-request"),
                m_timeoutMs, MaxRevocationBytes);
            const unsigned char *cursor =
                reinterpret_cast<const unsigned char *>(answer.body.constData());
            std::unique_ptr<OCSP_RESPONSE, ossl::Deleter<OCSP_RESPONSE_free>> response(
                answer.ok() ? d2i_OCSP_RESPONSE(nullptr, &cursor, long(answer.body.size()))
                            : nullptr);
            if (response &&
                OCSP_response_status(response.get()) == OCSP_RESPONSE_STATUS_SUCCESSFUL) {
                material.ocspResponses << answer.body.left(
                    cursor - reinterpret_cast<const unsigned char *>(answer.body.constData()));
                got = true;
            } else {
                notes << tr("No OCSP response for \"%1\" from %2: %3")
                             .arg(who, url,
                                  answer.ok() ? tr("not a successful OCSP response")
                                              : answer.error);
            }
        }
        for (const QString &url : crls) {
            if (got)
                break;
            const HttpAnswer answer =
                HttpFetch::exchange(QUrl(url), QByteArray(), {}, m_timeoutMs, MaxRevocationBytes);
            const unsigned char *cursor =
                reinterpret_cast<const unsigned char *>(answer.body.constData());
            std::unique_ptr<X509_CRL, ossl::Deleter<X509_CRL_free>> crl(
                answer.ok() ? d2i_X509_CRL(nullptr, &cursor, long(answer.body.size())) : nullptr);
            if (crl && (!issuer || X509_CRL_verify(crl.get(), X509_get0_pubkey(issuer)) == 1)) {
                material.crls << answer.body.left(
                    cursor - reinterpret_cast<const unsigned char *>(answer.body.constData()));
                got = true;
            } else {
                notes << tr("No CRL for \"%1\" from %2: %3")
                             .arg(who, url,
                                  answer.ok() ? tr("not a DER CRL of its issuer") : answer.error);
            }
        }
    }
    ERR_clear_error();
    return material;
}

} // namespace csr::sign
