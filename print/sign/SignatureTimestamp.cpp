#include "SignatureTimestamp.h"

#include "OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

namespace csr::sign {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::SignatureTimestamp)
};

using TsReq = std::unique_ptr<TS_REQ, ossl::Deleter<TS_REQ_free>>;
using TsResp = std::unique_ptr<TS_RESP, ossl::Deleter<TS_RESP_free>>;
using TsVerifyCtx = std::unique_ptr<TS_VERIFY_CTX, ossl::Deleter<TS_VERIFY_CTX_free>>;
using Integer = std::unique_ptr<ASN1_INTEGER, ossl::Deleter<ASN1_INTEGER_free>>;
using Algor = std::unique_ptr<X509_ALGOR, ossl::Deleter<X509_ALGOR_free>>;
using Imprint = std::unique_ptr<TS_MSG_IMPRINT, ossl::Deleter<TS_MSG_IMPRINT_free>>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned length = 0;
    EVP_Digest(data.constData(), size_t(data.size()),
               reinterpret_cast<unsigned char *>(digest.data()), &length, EVP_sha256(), nullptr);
    digest.truncate(length);
    return digest;
}

QString statusText(TS_STATUS_INFO *info)
{
    const ASN1_INTEGER *status = TS_STATUS_INFO_get0_status(info);
    static const char *names[] = {"granted", "grantedWithMods",   "rejection",
                                  "waiting", "revocationWarning", "revocationNotification"};
    const long code = status ? ASN1_INTEGER_get(status) : -1;
    QString text = code >= 0 && code < 6 ? QString::fromLatin1(names[code])
                                         : QStringLiteral("status %1").arg(code);
    const STACK_OF(ASN1_UTF8STRING) *words = TS_STATUS_INFO_get0_text(info);
    for (int i = 0; words && i < sk_ASN1_UTF8STRING_num(words); ++i) {
        const ASN1_UTF8STRING *w = sk_ASN1_UTF8STRING_value(words, i);
        text += QStringLiteral(", \"%1\"")
                    .arg(QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(w)),
                                           ASN1_STRING_length(w))
                             .left(200));
    }
    return text;
}

} // namespace

TimestampRequest TimestampRequest::over(const QByteArray &signatureValue)
{
    TimestampRequest request;
    request.imprint = sha256(signatureValue);
    request.nonce = QByteArray(8, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(request.nonce.data()), int(request.nonce.size()));
    request.nonce[0] = char(request.nonce[0] & 0x7f); // a positive INTEGER

    TsReq req(TS_REQ_new());
    Imprint imprint(TS_MSG_IMPRINT_new());
    Algor algorithm(X509_ALGOR_new());
    X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    std::unique_ptr<BIGNUM, ossl::Deleter<BN_free>> number(
        BN_bin2bn(bytes(request.nonce), int(request.nonce.size()), nullptr));
    Integer nonce(BN_to_ASN1_INTEGER(number.get(), nullptr));
    if (!req || !imprint || !algorithm || !nonce || !TS_REQ_set_version(req.get(), 1) ||
        !TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) ||
        !TS_MSG_IMPRINT_set_msg(imprint.get(), const_cast<unsigned char *>(bytes(request.imprint)),
                                int(request.imprint.size())) ||
        !TS_REQ_set_msg_imprint(req.get(), imprint.get()) ||
        !TS_REQ_set_nonce(req.get(), nonce.get()) || !TS_REQ_set_cert_req(req.get(), 1))
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_TS_REQ(req.get(), &der);
    if (length > 0)
        request.der = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    ERR_clear_error();
    return request;
}

TimestampReply readTimestampReply(const QByteArray &replyDer, const TimestampRequest &request)
{
    TimestampReply reply;
    const unsigned char *cursor = bytes(replyDer);
    TsResp response(d2i_TS_RESP(nullptr, &cursor, long(replyDer.size())));
    if (!response) {
        ERR_clear_error();
        reply.error = Tr::tr("the answer is not an RFC 3161 time-stamp reply");
        return reply;
    }
    TS_STATUS_INFO *status = TS_RESP_get_status_info(response.get());
    const ASN1_INTEGER *code = status ? TS_STATUS_INFO_get0_status(status) : nullptr;
    const long granted = code ? ASN1_INTEGER_get(code) : -1;
    PKCS7 *token = TS_RESP_get_token(response.get());
    if ((granted != 0 && granted != 1) || !token) {
        reply.error = Tr::tr("the time-stamp authority refused the request (%1)")
                          .arg(status ? statusText(status) : Tr::tr("no status"));
        return reply;
    }
    ossl::Cert signer = timestampSigner(token);
    if (!signer) {
        reply.error = Tr::tr("the time-stamp token carries no certificate of its signer");
        return reply;
    }

    // Ours (imprint and nonce), well-formed, and signed by the certificate it carries, which
    // must be a time-stamping certificate (critical extended key usage timeStamping). Whether
    // a reader trusts that TSA is the verifier's question.
    const unsigned char *requestCursor = bytes(request.der);
    TsReq req(d2i_TS_REQ(nullptr, &requestCursor, long(request.der.size())));
    TsVerifyCtx ctx(req ? TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr) : nullptr);
    ossl::Store self(X509_STORE_new());
    if (!ctx || !self) {
        reply.error = ossl::takeError();
        return reply;
    }
    X509_STORE_add_cert(self.get(), signer.get());
    X509_STORE_set_flags(self.get(), X509_V_FLAG_PARTIAL_CHAIN);
    TS_VERIFY_CTX_add_flags(ctx.get(), TS_VFY_SIGNATURE);
    TS_VERIFY_CTX_set_store(ctx.get(), self.release());
    if (TS_RESP_verify_response(ctx.get(), response.get()) != 1) {
        reply.error = Tr::tr("the time-stamp reply does not match the request or its signature "
                             "does not hold (%1)")
                          .arg(ossl::takeErrorWithData());
        return reply;
    }
    TS_TST_INFO *info = TS_RESP_get_tst_info(response.get());
    reply.time = info ? ossl::toDateTime(TS_TST_INFO_get_time(info)) : QDateTime();
    reply.tsaName = ossl::nameEntry(X509_get_subject_name(signer.get()), NID_commonName);
    unsigned char *der = nullptr;
    const int length = i2d_PKCS7(token, &der);
    if (length > 0)
        reply.token = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    ERR_clear_error();
    return reply;
}

TimestampCheck checkSignatureTimestamp(CMS_SignerInfo *si, X509_STORE *store)
{
    const int index =
        si ? CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1) : -1;
    if (index < 0)
        return {};
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, index), 0);
    QByteArrayView token;
    if (value && value->type == V_ASN1_SEQUENCE && value->value.sequence)
        token = QByteArrayView(value->value.sequence->data, value->value.sequence->length);
    // The token must be over this signature's value, not over some other one.
    const ASN1_OCTET_STRING *signature = CMS_SignerInfo_get0_signature(si);
    QList<QByteArrayView> stamped;
    if (signature)
        stamped << QByteArrayView(ASN1_STRING_get0_data(signature), ASN1_STRING_length(signature));
    TimestampCheck check = checkTimestampToken(token, stamped, store);
    if (check.verifies && !check.matchesSignature)
        check.problem = Tr::tr("the time stamp is not over this signature's value");
    return check;
}

} // namespace csr::sign
