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
    // A document time stamp (/Type /DocTimeStamp, PAdES B-LTA) rather than a signature: its
    // "signer" is the TSA, its time the TSA's, and `timestamp` is the token itself, over the
    // bytes of its byte range (digestMatches: the imprint matches and the token's signature
    // holds; certificateTrusted: the TSA chains to a trusted root at the token's time).
    bool documentTimestamp = false;
    qint64 signedEnd = 0; // where the signed revision ends

    // /ByteRange is four non-negative integers, starts at 0, inside the file, and its gap is
    // exactly this dictionary's own /Contents hex string; rangeProblem says why not.
    bool rangeWellFormed = false;
    QString rangeProblem;
    bool cmsReadable = false;   // /Contents holds a CMS structure (not empty, zeros or junk)
    bool digestMatches = false; // the signed bytes hash to what the CMS signed, and it verifies
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
    // The signature's key in the DSS's /VRI (DssWriter::vriKey), and whether the DSS has an
    // entry there: validation data gathered for this signature.
    QByteArray vriKey;
    bool hasVri = false;

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
        Unreadable,  ///< the file cannot be read (or is a device, a pipe, a folder)
        NotPdf,      ///< the file is not a PDF
        TooMuchWork, ///< too large, or too many signatures, to verify within the work budget
    };
    Status status = Status::Unreadable;
    qint64 fileSize = 0;
    QList<SignatureCheck> signatures; // oldest revision first
    QStringList problems;             // one human sentence per thing wrong, empty when valid
    DssSummary dss;                   // long-term validation data (PAdES B-LT), if embedded
    // Bytes follow the last valid signature and they are not only long-term validation data
    // (a DSS update that changes nothing a reader sees).
    bool unsignedTail = false;
    // An update after the last signature adds long-term validation data (PAdES DSS) and
    // changes nothing else.
    bool validationDataAdded = false;

    bool valid() const { return status == Status::Valid; }
    // Bytes were added after the last signature that are not validation data (the signed
    // revisions may still verify).
    bool modifiedAfterLastSignature() const { return unsignedTail; }
};

// Checks every signature of a PDF: its byte range (exactly its own /Contents left out), digest
// (over /ByteRange, through CMS_verify of the detached content), trust (OpenSSL store of the
// system's CA certificates plus any added ones), the certificate's fitness for document
// signing, and what later revisions changed (RevisionDiff). Hostile input is expected: the
// work is bounded (file size, number of signatures, bytes hashed and parsed) and each revision
// and each distinct CMS is handled once, so the time grows linearly with the signatures.
class PdfVerifier
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::PdfVerifier)
public:
    // Larger files are refused ("too large to verify"): a published report is a few MB.
    static constexpr qint64 MaxFileBytes = qint64(128) * 1024 * 1024;
    // More signature dictionaries than this are refused ("too many signatures to verify").
    static constexpr int MaxSignatures = 20000;
    // Bytes hashed, re-read and parsed over all signatures together, beyond which the
    // verification stops with "too many signatures to verify": this much plus twice the file's
    // size (a signed file and its one earlier revision), about a second of work.
    static constexpr qint64 WorkBudgetBytes = qint64(256) * 1024 * 1024;

    // useSystemTrust: trust the CA certificates of the system (/etc/ssl/certs).
    explicit PdfVerifier(bool useSystemTrust = true);

    // Trusts the certificates of a PEM file as roots. False, with `error` set, if the file
    // cannot be read or holds no certificate.
    bool addTrustedCertificates(const QString &pemPath, QString *error = nullptr);

    // Reads the file (a regular file, at most MaxFileBytes) and verifies it.
    VerificationReport verifyFile(const QString &path) const;
    // Verifies PDF bytes held in memory; touches no file. Safe on any input (the fuzz target
    // calls it directly).
    VerificationReport verify(const QByteArray &pdf) const;

private:
    bool m_systemTrust;
    QList<QByteArray> m_trustedDer;
};

} // namespace csr::sign
