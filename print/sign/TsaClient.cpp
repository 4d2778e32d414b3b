#include "TsaClient.h"

#include "HttpFetch.h"

namespace csr::sign {

TimestampReply TsaClient::timestamp(const QByteArray &signatureValue) const
{
    TimestampReply reply;
    const TimestampRequest request = TimestampRequest::over(signatureValue);
    if (request.der.isEmpty()) {
        reply.error = tr("The time-stamp request could not be made.");
        return reply;
    }
    // The reply is the token plus a few bytes of status.
    const HttpAnswer answer =
        HttpFetch::exchange(m_url, request.der, QByteArrayLiteral("application/timestamp-query"),
                            m_timeoutMs, MaxTokenBytes + 1024);
    if (!answer.ok()) {
        reply.error = tr("The time-stamp authority %1 could not be reached: %2.")
                          .arg(m_url.toDisplayString(), answer.error);
        return reply;
    }
    reply = readTimestampReply(answer.body, request);
    if (!reply.ok())
        reply.error = tr("The time-stamp authority %1 gave no usable time stamp: %2.")
                          .arg(m_url.toDisplayString(), reply.error);
    return reply;
}

} // namespace csr::sign
