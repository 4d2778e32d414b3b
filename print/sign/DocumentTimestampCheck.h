#pragma once

#include "PdfSignatures.h"
#include "PdfVerifier.h"

#include <openssl/x509_vfy.h>

namespace csr::sign {

// A document time stamp (ISO 32000-2 §12.8.5, PAdES B-LTA): a signature dictionary of /Type
// /DocTimeStamp, /SubFilter /ETSI.RFC3161, whose /Contents is an RFC 3161 TimeStampToken
// whose message imprint is the hash of the bytes of its /ByteRange. It is no CMS detached
// signature: the TSA signs the token, and the token names the bytes by their hash.
bool isDocumentTimestamp(const SignatureRecord &record);

// Fills `check` for a document time stamp: the token read, its imprint compared with the
// bytes of the byte range (when the range is well formed; the caller checked that and charged
// the work budget), its signature and the TSA's chain at its own time (checkTimestampToken).
// The TSA stands in for the signer: signerCommonName is the TSA's name, signingTime its time.
void checkDocumentTimestamp(const SignatureRecord &record, const QByteArray &pdf, X509_STORE *store,
                            SignatureCheck &check);

} // namespace csr::sign
