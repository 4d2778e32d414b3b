#include "BackdatedStamp.h"

#include "OpenSslHandles.h"

#include <QFile>

#include <openssl/pem.h>
#include <openssl/ts.h>

#include <catch2/catch.hpp>

namespace csr::test {

namespace {

using RespCtx = std::unique_ptr<TS_RESP_CTX, sign::ossl::Deleter<TS_RESP_CTX_free>>;
using Resp = std::unique_ptr<TS_RESP, sign::ossl::Deleter<TS_RESP_free>>;
using Object = std::unique_ptr<ASN1_OBJECT, sign::ossl::Deleter<ASN1_OBJECT_free>>;

int statedTime(TS_RESP_CTX *, void *data, long *seconds, long *microseconds)
{
    *seconds = long(*static_cast<const qint64 *>(data));
    *microseconds = 0;
    return 1;
}

template <typename T>
T *readPem(const QString &path, T *(*read)(BIO *, T **, pem_password_cb *, void *))
{
    BIO *bio = BIO_new_file(QFile::encodeName(path).constData(), "r");
    REQUIRE(bio);
    T *value = read(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    REQUIRE(value);
    return value;
}

} // namespace

sign::TimestampReply backdatedStamp(const QByteArray &data, const QDateTime &genTime,
                                    const QString &certPem, const QString &keyPem)
{
    return stampRequest(sign::TimestampRequest::over(data).der, genTime, certPem, keyPem);
}

sign::TimestampReply stampRequest(const QByteArray &queryDer, const QDateTime &genTime,
                                  const QString &certPem, const QString &keyPem)
{
    const sign::ossl::Cert cert(readPem(certPem, PEM_read_bio_X509));
    const sign::ossl::Key key(readPem(keyPem, PEM_read_bio_PrivateKey));
    const Object policy(OBJ_txt2obj("1.2.3.4.1", 1));
    qint64 seconds = genTime.toSecsSinceEpoch();
    RespCtx ctx(TS_RESP_CTX_new());
    REQUIRE(ctx);
    REQUIRE(TS_RESP_CTX_set_signer_cert(ctx.get(), cert.get()) == 1);
    REQUIRE(TS_RESP_CTX_set_signer_key(ctx.get(), key.get()) == 1);
    REQUIRE(TS_RESP_CTX_set_signer_digest(ctx.get(), EVP_sha256()) == 1);
    REQUIRE(TS_RESP_CTX_set_def_policy(ctx.get(), policy.get()) == 1);
    for (const EVP_MD *md : {EVP_sha256(), EVP_sha1(), EVP_sha512()})
        REQUIRE(TS_RESP_CTX_add_md(ctx.get(), md) == 1);
    TS_RESP_CTX_set_time_cb(ctx.get(), statedTime, &seconds);

    sign::ossl::Bio query = sign::ossl::memoryBio(queryDer);
    const Resp response(TS_RESP_create_response(ctx.get(), query.get()));
    REQUIRE(response);
    PKCS7 *token = TS_RESP_get_token(response.get());
    REQUIRE(token);
    unsigned char *der = nullptr;
    const int length = i2d_PKCS7(token, &der);
    REQUIRE(length > 0);
    sign::TimestampReply reply;
    reply.token = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    reply.time = genTime;
    reply.tsaName = QStringLiteral("backdated");
    return reply;
}

} // namespace csr::test
