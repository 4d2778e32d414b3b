#pragma once

#include "DssWriter.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/x509.h>

namespace csr::sign {

// Gathers what a reader needs to validate a signature long after it was made: the
// certificates (signer, its chain, the time-stamp authority's) and, best effort, an OCSP
// response and the CRL for each certificate that names where to ask. Offline is normal: what
// cannot be fetched is said in `notes`, and the certificates are embedded all the same.
class RevocationFetcher
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::RevocationFetcher)
public:
    explicit RevocationFetcher(int timeoutMs = 10000) : m_timeoutMs(timeoutMs) {}

    // `certificates`: the signer's first, then any others that may be its or the TSA's
    // issuers. `timestampToken`: the DER token whose certificates are added too (may be empty).
    LtvMaterial collect(STACK_OF(X509) * certificates, const QByteArray &timestampToken,
                        QStringList &notes) const;

private:
    int m_timeoutMs;
};

} // namespace csr::sign
