#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "OpenSslHandles.h"

#include <openssl/pkcs7.h>
#include <openssl/x509_vfy.h>

namespace csr::sign {

// What an RFC 3161 time-stamp token says and whether it holds, as the verifier reports it:
// for a signature time stamp (over a signature value, PAdES B-T) and for a document time stamp
// (over the bytes of its byte range, PAdES B-LTA) alike.
struct TimestampCheck
{
    bool present = false;
    bool readable = false; // the bytes are a TimeStampToken with a TSTInfo
    QDateTime time;        // genTime of the token, UTC
    QString tsaName;       // the TSA's certificate's common name (else its name in the token)
    // The token's message imprint is the hash of what it stamps: the signature value, or for a
    // document time stamp the bytes of its byte range.
    bool matchesSignature = false;
    QString imprintDigest;       // "SHA256": the digest of the imprint
    bool imprintSha2 = false;    // it is a SHA-2 digest (SHA-1 and older are refused)
    bool signatureHolds = false; // the token's own signature, whoever signed it
    bool verifies = false;       // its signature holds and the TSA's certificate is trusted
    QString problem;             // why not, when it does not

    bool valid() const { return present && matchesSignature && imprintSha2 && verifies; }
};

// Checks a DER TimeStampToken (a CMS SignedData over a TSTInfo) against the bytes it should be
// over (`stamped`, hashed in order, never copied) and the trusted roots of `store`. The TSA's
// chain is checked at the token's own time (genTime), not today: a TSA certificate expires
// long before the reports it stamped, and what vouches for the stamp after that is the
// validation data (DSS) and a later document time stamp, not the certificate's dates. The
// store's verification time is set for the check and put back. Hostile input: any bytes give
// a check, never a crash.
TimestampCheck checkTimestampToken(QByteArrayView tokenDer, const QList<QByteArrayView> &stamped,
                                   X509_STORE *store);

// The certificate that signed a token, from the certificates the token carries; null if absent.
ossl::Cert timestampSigner(PKCS7 *token);

} // namespace csr::sign
