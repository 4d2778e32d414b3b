#pragma once

#include "OpenSslHandles.h"
#include "SignResult.h"

#include <QByteArray>
#include <QString>

namespace csr::sign {

// The key, certificate and chain of a PKCS#12 (.p12/.pfx) file, opened with its password.
// Internal to the library: callers outside see CertificateInfo and PdfSigner only.
struct Pkcs12Bundle
{
    ossl::Key key;
    ossl::Cert certificate;
    ossl::CertStack chain; // the other certificates of the file (issuing CAs), maybe empty

    // Ok, CertificateUnreadable, NotPkcs12, CertificateFileDamaged, WrongPassword,
    // NoIntegrityCheck, MissingPrivateKey or MissingCertificate. The password is only read; it
    // is not kept.
    static SignResult load(const QString &path, const QByteArray &password, Pkcs12Bundle &out);
};

// Whether `cert` may sign documents at `when`, by the policy for a document signer: valid at
// that time; key usage (when present) with digitalSignature or nonRepudiation; extended key
// usage (when present) with emailProtection, documentSigning (1.3.6.1.5.5.7.3.36), Adobe
// authentic documents trust (1.2.840.113583.1.1.5) or anyExtendedKeyUsage; an RSA or DSA key
// of at least 2048 bits or an elliptic-curve key of at least 256; signed by its issuer with a
// SHA-2 digest. Returns the first rule that fails (CertificateNotYetValid, CertificateExpired,
// NoSigningKeyUsage, NoDocumentSigningPurpose, WeakKey, WeakCertificateDigest) or Ok;
// `detail`, when given, gets what the certificate has instead ("RSA key of 1024 bits").
SignResult checkSigningUse(X509 *cert, const QDateTime &when, QString *detail = nullptr);

// The largest certificate file read (a .p12 is a few KB).
constexpr qint64 MaxCertificateFileBytes = 1024 * 1024;

} // namespace csr::sign
