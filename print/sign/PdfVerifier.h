#pragma once

#include "DssReader.h"
#include "SignatureTimestamp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace csr::sign {

// The findings for one signature of a PDF.
struct SignatureCheck
{
    QString fieldName;
    QString signerCommonName;
    QString signer; // full distinguished name
    QString issuerCommonName;
    QString issuer;
    QDateTime signingTime; // /M, else the CMS signing-time attribute; UTC
    QString reason;
    QString location;
    QString subFilter;
    qint64 signedEnd = 0; // where the signed revision ends

    bool rangeWellFormed = false; // /ByteRange starts at 0 and skips only the /Contents string
    bool digestMatches = false;   // the signed bytes hash to what the CMS signed, and it verifies
    bool certificateTrusted = false; // chains to a trusted root at the signing time, and may sign
    bool certificateMeantForSigning =
        true;                     // key usage (if any) has digitalSignature or nonRepudiation
    bool coversWholeFile = false; // nothing follows the signed revision
    QString digestProblem;        // OpenSSL's words when the digest or the signature fails
    QString trustProblem;         // OpenSSL's words when the chain fails
    QString digestAlgorithm;      // of the CMS signer: "SHA256"
    // Why the CMS falls short of what is required (weak digest, a CAdES signature without the
    // signing-certificate attribute), one clause each; empty when it does not.
    QStringList profileProblems;
    // What later revisions changed beyond adding signatures, one sentence each; a signature
    // covers only its own revision, so this is what it does not vouch for.
    QStringList changesAfterSigning;
    // The RFC 3161 signature time stamp (PAdES B-T); when it holds, the certificate is checked
    // at its time rather than at the claimed signing time.
    TimestampCheck timestamp;

    // Valid in itself; whether later bytes are signed is the report's question.
    bool valid() const
    {
        return rangeWellFormed && digestMatches && certificateTrusted && profileProblems.isEmpty();
    }
};

struct VerificationReport
{
    enum class Status {
        Valid,     ///< every signature is valid and trusted, and the last one covers the whole file
        NotSigned, ///< a PDF without any signature
        Invalid,   ///< at least one signature fails, or bytes follow the last signature
        Unreadable, ///< the file cannot be read
        NotPdf,     ///< the file is not a PDF
    };
    Status status = Status::Unreadable;
    qint64 fileSize = 0;
    QList<SignatureCheck> signatures; // oldest revision first
    QStringList problems;             // one human sentence per thing wrong, empty when valid
    DssSummary dss;                   // long-term validation data (PAdES B-LT), if embedded

    bool valid() const { return status == Status::Valid; }
    // Bytes were added after the last signature (the signed revisions may still verify).
    bool modifiedAfterLastSignature() const
    {
        return !signatures.isEmpty() && !signatures.last().coversWholeFile;
    }
};

// Checks every signature of a PDF: digest (over /ByteRange, through CMS_verify of the detached
// content), trust (OpenSSL store of the system's CA certificates plus any added ones), and
// whether the last signature covers the whole file.
class PdfVerifier
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::PdfVerifier)
public:
    // useSystemTrust: trust the CA certificates of the system (/etc/ssl/certs).
    explicit PdfVerifier(bool useSystemTrust = true);

    // Trusts the certificates of a PEM file as roots. False, with `error` set, if the file
    // cannot be read or holds no certificate.
    bool addTrustedCertificates(const QString &pemPath, QString *error = nullptr);

    VerificationReport verifyFile(const QString &path) const;
    VerificationReport verify(const QByteArray &pdf) const;

private:
    bool m_systemTrust;
    QList<QByteArray> m_trustedDer;
};

} // namespace csr::sign
