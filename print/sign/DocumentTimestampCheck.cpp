#include "DocumentTimestampCheck.h"

#include "TimestampToken.h"

namespace csr::sign {

namespace {

const QLatin1String Rfc3161("ETSI.RFC3161");

} // namespace

bool isDocumentTimestamp(const SignatureRecord &record)
{
    return record.type == QLatin1String("DocTimeStamp") || record.subFilter == Rfc3161;
}

void checkDocumentTimestamp(const SignatureRecord &record, const QByteArray &pdf, X509_STORE *store,
                            SignatureCheck &check)
{
    check.documentTimestamp = true;
    // The imprint is compared with the signed bytes only when the range was found to lie
    // inside the file and to leave out exactly its own /Contents; otherwise nothing is hashed
    // and the token cannot match.
    QList<QByteArrayView> stamped;
    if (check.rangeWellFormed) {
        const QList<qint64> &r = record.byteRange;
        const QByteArrayView file(pdf);
        stamped << file.sliced(r[0], r[1]) << file.sliced(r[2], r[3]);
    }
    check.timestamp = checkTimestampToken(record.contents, stamped, store);
    const TimestampCheck &t = check.timestamp;
    check.cmsReadable = t.readable;
    check.digestMatches = check.rangeWellFormed && t.matchesSignature && t.signatureHolds;
    check.certificateTrusted = t.verifies;
    check.signerCommonName = t.tsaName;
    check.signingTime = t.time;
    if (!t.signatureHolds)
        check.digestProblem = PdfVerifier::tr("the token's own signature does not hold");
    else if (!t.matchesSignature)
        check.digestProblem = PdfVerifier::tr("the token is not over the bytes of its byte range");
    if (!t.verifies)
        check.trustProblem = t.problem;
    if (t.readable && !t.imprintSha2)
        check.profileProblems << PdfVerifier::tr("its token's imprint uses the %1 digest, which "
                                                 "is not secure enough; SHA-256 or another "
                                                 "SHA-2 digest is required")
                                     .arg(t.imprintDigest);
    if (record.subFilter != Rfc3161)
        check.profileProblems << PdfVerifier::tr("it is a document time stamp whose /SubFilter "
                                                 "is not /ETSI.RFC3161");
}

} // namespace csr::sign
