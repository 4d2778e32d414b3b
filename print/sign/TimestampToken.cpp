#include "TimestampToken.h"

#include "OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>

#include <cstring>

namespace csr::sign {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::TimestampToken)
};

using TsVerifyCtx = std::unique_ptr<TS_VERIFY_CTX, ossl::Deleter<TS_VERIFY_CTX_free>>;
using TstInfo = std::unique_ptr<TS_TST_INFO, ossl::Deleter<TS_TST_INFO_free>>;
using Pkcs7 = std::unique_ptr<PKCS7, ossl::Deleter<PKCS7_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, ossl::Deleter<EVP_MD_CTX_free>>;

// Whether the imprint is the hash of the stamped bytes, with the token's own algorithm, which
// goes into `check`.
bool imprintMatches(TS_TST_INFO *info, const QList<QByteArrayView> &stamped, TimestampCheck &check)
{
    TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(info);
    X509_ALGOR *algorithm = imprint ? TS_MSG_IMPRINT_get_algo(imprint) : nullptr;
    const ASN1_OBJECT *oid = nullptr;
    if (algorithm)
        X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
    const int nid = oid ? OBJ_obj2nid(oid) : NID_undef;
    check.imprintDigest =
        nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)).toUpper() : Tr::tr("unknown");
    check.imprintSha2 = ossl::isSha2(nid);
    const EVP_MD *md = oid ? EVP_get_digestbyobj(oid) : nullptr;
    MdCtx ctx(EVP_MD_CTX_new());
    if (!md || !ctx || !EVP_DigestInit_ex(ctx.get(), md, nullptr))
        return false;
    for (const QByteArrayView part : stamped)
        if (!EVP_DigestUpdate(ctx.get(), part.data(), size_t(part.size())))
            return false;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    if (!EVP_DigestFinal_ex(ctx.get(), digest, &length))
        return false;
    const ASN1_OCTET_STRING *expected = TS_MSG_IMPRINT_get_msg(imprint);
    return expected && ASN1_STRING_length(expected) == int(length) &&
           std::memcmp(ASN1_STRING_get0_data(expected), digest, length) == 0;
}

// Sets the store's verification time for as long as it lives, then puts back what was there.
class StoreTime
{
public:
    StoreTime(X509_STORE *store, const QDateTime &time)
        : m_param(store ? X509_STORE_get0_param(store) : nullptr)
    {
        if (!m_param || !time.isValid())
            return;
        m_hadTime = X509_VERIFY_PARAM_get_flags(m_param) & X509_V_FLAG_USE_CHECK_TIME;
        m_oldTime = X509_VERIFY_PARAM_get_time(m_param);
        X509_VERIFY_PARAM_set_time(m_param, time_t(time.toSecsSinceEpoch()));
        m_set = true;
    }
    ~StoreTime()
    {
        if (!m_set)
            return;
        if (m_hadTime)
            X509_VERIFY_PARAM_set_time(m_param, m_oldTime);
        else
            X509_VERIFY_PARAM_clear_flags(m_param, X509_V_FLAG_USE_CHECK_TIME);
    }
    StoreTime(const StoreTime &) = delete;
    StoreTime &operator=(const StoreTime &) = delete;

private:
    X509_VERIFY_PARAM *m_param;
    bool m_set = false;
    bool m_hadTime = false;
    time_t m_oldTime = 0;
};

} // namespace

ossl::Cert timestampSigner(PKCS7 *token)
{
    STACK_OF(X509) *signers = PKCS7_get0_signers(token, nullptr, 0);
    ossl::Cert signer;
    if (signers && sk_X509_num(signers) > 0) {
        X509 *first = sk_X509_value(signers, 0);
        X509_up_ref(first);
        signer.reset(first);
    }
    sk_X509_free(signers);
    ERR_clear_error();
    return signer;
}

TimestampCheck checkTimestampToken(QByteArrayView tokenDer, const QList<QByteArrayView> &stamped,
                                   X509_STORE *store)
{
    TimestampCheck check;
    check.present = true;
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(tokenDer.data());
    Pkcs7 token(tokenDer.isEmpty() ? nullptr : d2i_PKCS7(nullptr, &cursor, long(tokenDer.size())));
    TstInfo info(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!info) {
        ERR_clear_error();
        check.problem = Tr::tr("it is not an RFC 3161 time-stamp token");
        return check;
    }
    check.readable = true;
    check.time = ossl::toDateTime(TS_TST_INFO_get_time(info.get()));
    if (ossl::Cert signer = timestampSigner(token.get()))
        check.tsaName = ossl::nameEntry(X509_get_subject_name(signer.get()), NID_commonName);
    const GENERAL_NAME *tsa = TS_TST_INFO_get_tsa(info.get());
    if (check.tsaName.isEmpty() && tsa && tsa->type == GEN_DIRNAME)
        check.tsaName = ossl::nameText(tsa->d.directoryName);
    check.matchesSignature = imprintMatches(info.get(), stamped, check);

    // The token's own signature first, by the certificate it carries, to tell a damaged token
    // from an untrusted TSA.
    check.signatureHolds =
        PKCS7_verify(token.get(), nullptr, nullptr, nullptr, nullptr, PKCS7_NOVERIFY) == 1;
    ERR_clear_error();
    TsVerifyCtx ctx(TS_VERIFY_CTX_new());
    if (ctx && store && check.time.isValid() && X509_STORE_up_ref(store)) {
        const StoreTime atGenTime(store, check.time);
        TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE);
        TS_VERIFY_CTX_set_store(ctx.get(), store);
        check.verifies = TS_RESP_verify_token(ctx.get(), token.get()) == 1;
    }
    if (!check.time.isValid())
        check.problem = Tr::tr("its time cannot be read");
    else if (!check.verifies)
        check.problem = ossl::takeErrorWithData();
    else if (!check.imprintSha2)
        check.problem = Tr::tr("its imprint uses the %1 digest, which is not secure enough; "
                               "SHA-256 or another SHA-2 digest is required")
                            .arg(check.imprintDigest);
    ERR_clear_error();
    return check;
}

} // namespace csr::sign
