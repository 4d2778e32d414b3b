#pragma once

#include "SignatureTimestamp.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace csr::test {

// An RFC 3161 time-stamp token over `data` (SHA-256), made in the test process by OpenSSL's
// own TSA code with the time it states (genTime) chosen freely, signed by the TSA certificate
// and key of the given PEM files: what a TSA whose certificate has since expired answered
// back then. No clock is faked; the token is simply made with that time in it.
sign::TimestampReply backdatedStamp(const QByteArray &data, const QDateTime &genTime,
                                    const QString &certPem, const QString &keyPem);

// The same for a given RFC 3161 request (DER TimeStampReq), whose imprint may use another
// digest: SHA-256, SHA-1 and SHA-512 are granted.
sign::TimestampReply stampRequest(const QByteArray &queryDer, const QDateTime &genTime,
                                  const QString &certPem, const QString &keyPem);

} // namespace csr::test
