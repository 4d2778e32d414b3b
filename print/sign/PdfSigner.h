#pragma once

#include "SignResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace csr::sign {

struct SignRequest
{
    QString inputPath;       // any PDF
    QString outputPath;      // may equal inputPath: the file is replaced only on success
    QString certificatePath; // PKCS#12 (.p12/.pfx)
    // Where the signature field's widget lies: a 0-based page index and a rectangle in PDF
    // points in the page's user space (origin at the lower-left corner of the MediaBox, y up).
    // An empty rectangle makes an invisible signature.
    int pageIndex = 0;
    QRectF rect;
    QString reason; // empty: DefaultReason
    QString location;
    QString signerName; // /Name; empty: the certificate's common name
    // An RFC 3161 time-stamp authority: the signature value is time-stamped there (PAdES B-T).
    // Empty: no time stamp (B-B).
    QUrl tsaUrl;
    // Also embed validation data (certificates, and what OCSP responses and CRLs can be
    // fetched) in a /DSS in a further incremental update (PAdES B-LT).
    bool ltv = false;
    // Then append a document time stamp from the same TSA over the whole file, validation
    // data included (with ltv: PAdES B-LTA). Needs tsaUrl.
    bool documentTimestamp = false;

    static QString defaultReason(); // "公开披露", public disclosure
};

struct SignOutcome
{
    SignResult result = SignResult::SigningFailed;
    QString message;         // what to show; names the file concerned
    QString detail;          // PoDoFo's or OpenSSL's words when result is SigningFailed, for a log
    QDateTime signingTime;   // UTC, on success
    QString signerName;      // on success
    QDateTime timestampTime; // the TSA's time, when time-stamped
    QString timestampAuthority;      // the TSA's certificate's name, when time-stamped
    bool ltvEmbedded = false;        // a /DSS was added
    QDateTime documentTimestampTime; // the TSA's time of the document time stamp, if added
    QStringList notes;               // what long-term validation could not fetch, one sentence each

    bool ok() const { return result == SignResult::Ok; }
};

// Signs an existing PDF as an incremental update (the original bytes stay an exact prefix of
// the result): a detached CMS with SHA-256 and signing-certificate-v2 and no signing-time
// attribute, SubFilter ETSI.CAdES.detached (PAdES baseline B), the certificate chain of the
// .p12 included; with a TSA, a signature time stamp (B-T); with ltv, a /DSS update (B-LT);
// with documentTimestamp, a document time stamp after that (B-LTA). The
// network is asked before anything is written: a TSA that fails leaves no file. The result
// goes to a temporary file in the output folder, renamed over the output only on success.
class PdfSigner
{
    Q_DECLARE_TR_FUNCTIONS(csr::sign::PdfSigner)
public:
    // The password is only read, never copied into a log or a message; the caller wipes it.
    static SignOutcome sign(const SignRequest &request, const QByteArray &password);
};

} // namespace csr::sign
