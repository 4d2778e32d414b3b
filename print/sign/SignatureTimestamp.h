#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "TimestampToken.h"

#include <openssl/cms.h>
#include <openssl/x509_vfy.h>

namespace csr::sign {

// An RFC 3161 time-stamp request over a signature value (SHA-256 imprint, a random nonce,
// asking for the TSA's certificate), as DER for the application/timestamp-query body.
struct TimestampRequest
{
    QByteArray der;
    QByteArray imprint; // SHA-256 of the signature value
    QByteArray nonce;   // big-endian bytes of the nonce

    static TimestampRequest over(const QByteArray &signatureValue);
};

// The time-stamp token a TSA answered, once checked against the request: granted, the
// imprint and nonce ours, the token signed by the certificate it carries. `token` is the DER
// ContentInfo that goes into the signature; `error` says what was wrong otherwise.
struct TimestampReply
{
    QByteArray token;
    QDateTime time;
    QString tsaName; // common name of the TSA's certificate
    QString error;

    bool ok() const { return !token.isEmpty(); }
};

// Reads an application/timestamp-reply body. Hostile input: any bytes give a reply or an error.
TimestampReply readTimestampReply(const QByteArray &replyDer, const TimestampRequest &request);

// Looks for id-aa-signatureTimeStampToken among the unsigned attributes of `si` and checks it
// against the signature value and the trusted roots of `store` (checkTimestampToken: the TSA's
// chain at the token's own time).
TimestampCheck checkSignatureTimestamp(CMS_SignerInfo *si, X509_STORE *store);

} // namespace csr::sign
