#pragma once

#include "SignatureTimestamp.h"

#include <QCoreApplication>
#include <QUrl>

namespace csr::sign {

// Asks an RFC 3161 time-stamp authority for a token over a signature value: the request as
// application/timestamp-query over HTTP(S), the reply read and checked (SignatureTimestamp).
// A TSA that is down, slow or answers something else gives an error, never a token.
class TsaClient
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::TsaClient)
public:
    explicit TsaClient(QUrl url, int timeoutMs = 30000)
        : m_url(std::move(url)), m_timeoutMs(timeoutMs)
    {
    }

    // Token and time, or `error` naming the TSA and what went wrong.
    TimestampReply timestamp(const QByteArray &signatureValue) const;

    // The most a token may take (DER bytes): replies above it are refused, and the signer
    // reserves room for it in /Contents.
    static constexpr qint64 MaxTokenBytes = 24 * 1024;

private:
    QUrl m_url;
    int m_timeoutMs;
};

} // namespace csr::sign
