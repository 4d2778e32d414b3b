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

    // Ok, CertificateUnreadable, NotPkcs12, WrongPassword, MissingPrivateKey or
    // MissingCertificate. The password is only read; it is not kept.
    static SignResult load(const QString &path, const QByteArray &password, Pkcs12Bundle &out);
};

// Whether `cert` may sign at `when`: Ok, CertificateExpired, CertificateNotYetValid or
// NoSigningKeyUsage.
SignResult checkSigningUse(X509 *cert, const QDateTime &when);

} // namespace csr::sign
