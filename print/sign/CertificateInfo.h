#pragma once

#include "SignResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace csr::sign {

// What the Sign & Export dialog shows about a certificate before signing with it.
struct CertificateInfo
{
    // Ok when the certificate can sign now; otherwise why not (wrong password, expired, …).
    // The fields below are filled whenever the file could be opened, even if it cannot sign.
    SignResult result = SignResult::CertificateUnreadable;
    QString message; // describe(result, path)
    // When the certificate fails the signing policy: what it has instead ("its key is RSA of
    // 1024 bits"), for the details.
    QString policyProblem;

    QString subjectCommonName;
    QString subjectOrganization;
    QString subject; // the full distinguished name
    QString issuerCommonName;
    QString issuer;
    QString serialNumber;     // hex
    QDateTime notBefore;      // UTC
    QDateTime notAfter;       // UTC
    bool hasKeyUsage = false; // false: the certificate does not restrict its key
    QStringList keyUsage;     // "digitalSignature", "nonRepudiation", …
    int chainLength = 0;      // certificates in the file besides the signer's

    bool opened() const { return !subjectCommonName.isEmpty() || !subject.isEmpty(); }
};

// Opens a PKCS#12 file and describes its certificate; `at` is the time the validity is
// checked against (now, by default). The password is only read.
CertificateInfo readCertificate(const QString &p12Path, const QByteArray &password,
                                const QDateTime &at = QDateTime::currentDateTimeUtc());

} // namespace csr::sign
