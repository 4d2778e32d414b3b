#pragma once

#include "OpenSslHandles.h"

#include <QByteArray>
#include <QString>

namespace csr::sign {

struct Pkcs12Bundle;

// The detached CMS of a PAdES baseline signature over `content`: SHA-256, signed attributes
// content-type, message-digest and signing-certificate-v2, and NO signing-time attribute
// (PAdES puts the claimed time in the signature dictionary's /M and forbids the attribute).
// OpenSSL 3.0 adds signing-time whenever it signs a SignerInfo, so the attribute is taken out
// again and the signed attributes are signed here. Empty on failure, with `error` set.
ossl::Cms makeCadesSignature(const QByteArray &content, const Pkcs12Bundle &bundle, QString &error);

// The signature value of the CMS's (first) signer: what an RFC 3161 signature time stamp
// covers.
QByteArray signatureValue(CMS_ContentInfo *cms);

// Adds an RFC 3161 time-stamp token (DER ContentInfo) to the first signer as the unsigned
// attribute id-aa-signatureTimeStampToken (1.2.840.113549.1.9.16.2.14).
bool addSignatureTimestamp(CMS_ContentInfo *cms, const QByteArray &tokenDer, QString &error);

// The DER encoding of the CMS.
QByteArray toDer(CMS_ContentInfo *cms);

} // namespace csr::sign
