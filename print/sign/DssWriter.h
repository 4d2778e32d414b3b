#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace csr::sign {

// Validation data for long-term validation (PAdES B-LT): DER certificates, OCSP responses
// (OCSPResponse) and CRLs, as they go into the document security store.
struct LtvMaterial
{
    QList<QByteArray> certificates;
    QList<QByteArray> ocspResponses;
    QList<QByteArray> crls;
};

// Appends an incremental update to a signed PDF that adds a /DSS dictionary to the catalog
// (ISO 32000-2 §12.8.4.3, ETSI EN 319 142-1): /Certs, /OCSPs and /CRLs arrays of streams, and
// a /VRI entry for the file's last signature (the one the material is for) holding /Cert,
// /OCSP and /CRL arrays of the same streams. The signed bytes stay an exact prefix of the
// result; only the catalog and new objects are written. Empty, with `error` set, on failure.
class DssWriter
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::DssWriter)
public:
    static QByteArray append(const QByteArray &signedPdf, const LtvMaterial &material,
                             QString &error);

    // The key of a signature's /VRI entry: the uppercase hex SHA-1 of the value of its
    // /Contents string, as written (zero padding included), which is what ISO 32000-2 and
    // the readers that write VRI (Adobe, iText, pyHanko) hash.
    static QByteArray vriKey(const QByteArray &contents);
};

} // namespace csr::sign
