#include "PdfVerifier.h"

#include "BoundedFile.h"
#include "DocumentTimestampCheck.h"
#include "DssWriter.h"
#include "OpenSslHandles.h"
#include "PdfNesting.h"
#include "PdfSignatures.h"
#include "Pkcs12Bundle.h"
#include "RawDictionary.h"
#include "RevisionDiff.h"
#include "XrefBounds.h"

#include <QFile>

#include <algorithm>
#include <map>
#include <set>

#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/pem.h>

namespace csr::sign {

namespace {

ossl::Store makeStore(bool systemTrust, const QList<QByteArray> &trustedDer)
{
    ossl::Store store(X509_STORE_new());
    if (systemTrust)
        X509_STORE_set_default_paths(store.get());
    for (const QByteArray &der : trustedDer) {
        const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
        ossl::Cert cert(d2i_X509(nullptr, &cursor, long(der.size())));
        if (cert)
            X509_STORE_add_cert(store.get(), cert.get());
    }
    ERR_clear_error();
    return store;
}

QDateTime cmsSigningTime(CMS_SignerInfo *si)
{
    const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, index), 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return {};
    return ossl::toDateTime(reinterpret_cast<const ASN1_TIME *>(value->value.asn1_string));
}

// The checks of the byte range against the file, in order; the first that fails is named.
// All arithmetic stays within [0, file size], so numbers near 2^63 cannot wrap around.
QString rangeProblem(const SignatureRecord &record, const RawDictionary &dict, qint64 fileSize)
{
    const QList<qint64> &r = record.byteRange;
    if (r.size() != 4 || std::any_of(r.begin(), r.end(), [](qint64 n) { return n < 0; }))
        return PdfVerifier::tr("its /ByteRange is not four non-negative integers");
    if (r[0] != 0)
        return PdfVerifier::tr("its /ByteRange does not start at byte 0");
    if (r[1] > fileSize || r[2] > fileSize || r[3] > fileSize - r[2])
        return PdfVerifier::tr("its /ByteRange reaches beyond the end of the file");
    if (r[2] < r[1])
        return PdfVerifier::tr("the two parts of its /ByteRange overlap");
    if (!dict.hasOneHexContents())
        return PdfVerifier::tr("its dictionary has no single /Contents hex string and "
                               "/ByteRange where the file says it is");
    if (r[1] != dict.contentsBegin || r[2] != dict.contentsEnd)
        return PdfVerifier::tr("its /ByteRange leaves out bytes %1 to %2, but its /Contents "
                               "string is bytes %3 to %4: the gap holds something else")
            .arg(r[1])
            .arg(r[2])
            .arg(dict.contentsBegin)
            .arg(dict.contentsEnd);
    return {};
}

bool isCades(const QString &subFilter)
{
    return subFilter == QLatin1String("ETSI.CAdES.detached");
}

// PAdES wants the signer's certificate bound into the signed attributes, or another
// certificate with the same key could be swapped in; and a digest without known collisions.
void checkCmsProfile(CMS_SignerInfo *si, SignatureCheck &check)
{
    X509_ALGOR *digest = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digest, nullptr);
    const ASN1_OBJECT *oid = nullptr;
    if (digest)
        X509_ALGOR_get0(&oid, nullptr, nullptr, digest);
    const int nid = oid ? OBJ_obj2nid(oid) : NID_undef;
    check.digestAlgorithm = nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : QString();
    if (!ossl::isSha2(nid))
        check.profileProblems << PdfVerifier::tr("it uses the %1 digest, which is not secure "
                                                 "enough; SHA-256 or another SHA-2 digest is "
                                                 "required")
                                     .arg(check.digestAlgorithm.isEmpty()
                                              ? PdfVerifier::tr("unknown")
                                              : check.digestAlgorithm.toUpper());
    if (isCades(check.subFilter) &&
        CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) < 0 &&
        CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificate, -1) < 0)
        check.profileProblems << PdfVerifier::tr(
            "it is a CAdES signature without the signing-certificate attribute, so the "
            "signature does not bind the signer's certificate");
}

template <typename T>
T *decodedAttribute(CMS_SignerInfo *si, int nid, T *(*decode)(T **, const unsigned char **, long))
{
    const int index = CMS_signed_get_attr_by_NID(si, nid, -1);
    if (index < 0)
        return nullptr;
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, index), 0);
    if (!value || value->type != V_ASN1_SEQUENCE)
        return nullptr;
    const unsigned char *cursor = value->value.sequence->data;
    return decode(nullptr, &cursor, value->value.sequence->length);
}

// The signing-certificate attribute names the certificate by its hash: it must be the one
// the signature was checked with. (CMS_verify's CMS_CADES would do this, but only together
// with a chain check, which is done separately here to tell trust from integrity.)
bool signingCertificateMatches(CMS_SignerInfo *si, X509 *signer)
{
    ESS_SIGNING_CERT *v1 =
        decodedAttribute(si, NID_id_smime_aa_signingCertificate, d2i_ESS_SIGNING_CERT);
    ESS_SIGNING_CERT_V2 *v2 =
        decodedAttribute(si, NID_id_smime_aa_signingCertificateV2, d2i_ESS_SIGNING_CERT_V2);
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, signer);
    const bool matches = (v1 || v2) && OSSL_ESS_check_signing_certs(v1, v2, chain, 1) > 0;
    sk_X509_free(chain);
    ESS_SIGNING_CERT_free(v1);
    ESS_SIGNING_CERT_V2_free(v2);
    ERR_clear_error();
    return matches;
}

// What verification may still spend; once spent, the report says so rather than going on.
struct WorkBudget
{
    qint64 left;
    bool spend(qint64 bytes)
    {
        left -= bytes;
        return left >= 0;
    }
};

// Fills in what the CMS says and whether it verifies over the signed bytes. False when the
// budget does not allow hashing those bytes.
bool checkCms(const SignatureRecord &record, const QByteArray &pdf, X509_STORE *store,
              WorkBudget &budget, SignatureCheck &check)
{
    const unsigned char *cursor =
        reinterpret_cast<const unsigned char *>(record.contents.constData());
    ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &cursor, long(record.contents.size())));
    if (!cms) {
        check.digestProblem = PdfVerifier::tr("the signature value is not a CMS structure");
        ERR_clear_error();
        return true;
    }
    check.cmsReadable = true;
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    CMS_SignerInfo *si =
        infos && sk_CMS_SignerInfo_num(infos) > 0 ? sk_CMS_SignerInfo_value(infos, 0) : nullptr;
    ossl::CertStack certs(CMS_get1_certs(cms.get()));
    X509 *signer = nullptr;
    for (int i = 0; si && certs && i < sk_X509_num(certs.get()); ++i)
        if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs.get(), i)) == 0)
            signer = sk_X509_value(certs.get(), i);
    if (signer) {
        check.signerCommonName = ossl::nameEntry(X509_get_subject_name(signer), NID_commonName);
        check.signer = ossl::nameText(X509_get_subject_name(signer));
        check.issuerCommonName = ossl::nameEntry(X509_get_issuer_name(signer), NID_commonName);
        check.issuer = ossl::nameText(X509_get_issuer_name(signer));
    }
    if (!check.signingTime.isValid() && si)
        check.signingTime = cmsSigningTime(si);
    if (si) {
        checkCmsProfile(si, check);
        check.timestamp = checkSignatureTimestamp(si, store);
    }

    if (check.rangeWellFormed) {
        const QList<qint64> &r = record.byteRange;
        if (!budget.spend(r[1] + r[3]))
            return false;
        // One copy of the signed bytes (the range is checked to lie inside the file).
        QByteArray content;
        content.reserve(qsizetype(r[1] + r[3]));
        content.append(pdf.constData(), qsizetype(r[1]));
        content.append(pdf.constData() + r[2], qsizetype(r[3]));
        ossl::Bio data = ossl::memoryBio(content);
        check.digestMatches = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                                         CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
        if (!check.digestMatches)
            check.digestProblem = ossl::takeError();
    }

    if (!signer) {
        check.trustProblem = PdfVerifier::tr("the signer's certificate is not in the signature");
        return true;
    }
    if (isCades(check.subFilter) && check.profileProblems.isEmpty() &&
        !signingCertificateMatches(si, signer))
        check.profileProblems << PdfVerifier::tr(
            "its signing-certificate attribute names another certificate than the signer's");
    ossl::StoreCtx ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store, signer, certs.get());
    // A time stamp that holds proves when the signature existed; without one the claimed
    // signing time is the best there is. Either way a certificate that expired after signing
    // does not void the signature.
    const QDateTime validationTime =
        check.timestamp.valid() ? check.timestamp.time : check.signingTime;
    if (validationTime.isValid())
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()),
                                   time_t(validationTime.toSecsSinceEpoch()));
    check.certificateTrusted = X509_verify_cert(ctx.get()) == 1;
    if (!check.certificateTrusted)
        check.trustProblem =
            QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    ERR_clear_error();
    // A chain to a trusted root says who holds the key, not that the CA let it sign documents:
    // an encryption-only or TLS-server certificate, or a weak key, must not pass, by the rule
    // the signer itself applies.
    QString usageProblem;
    const SignResult usable = checkSigningUse(
        signer, validationTime.isValid() ? validationTime : QDateTime::currentDateTimeUtc(),
        &usageProblem);
    check.certificateMeantForSigning =
        usable != SignResult::NoSigningKeyUsage && usable != SignResult::NoDocumentSigningPurpose &&
        usable != SignResult::WeakKey && usable != SignResult::WeakCertificateDigest;
    if (!check.certificateMeantForSigning) {
        check.certificateTrusted = false;
        check.trustProblem =
            PdfVerifier::tr("the certificate is not meant for signing: %1").arg(usageProblem);
    }
    return true;
}

} // namespace

PdfVerifier::PdfVerifier(bool useSystemTrust) : m_systemTrust(useSystemTrust) {}

bool PdfVerifier::addTrustedCertificates(const QString &pemPath, QString *error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The certificate file \"%1\" cannot be read.").arg(pemPath);
        return false;
    }
    const QByteArray pem = file.readAll();
    ossl::Bio bio = ossl::memoryBio(pem);
    int added = 0;
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        m_trustedDer << ossl::toDer(cert);
        X509_free(cert);
        ++added;
    }
    ERR_clear_error();
    if (!added && error)
        *error = tr("\"%1\" holds no PEM certificate.").arg(pemPath);
    return added > 0;
}

VerificationReport PdfVerifier::verifyFile(const QString &path) const
{
    QByteArray bytes;
    QString error;
    switch (BoundedFile::read(path, MaxFileBytes, bytes, &error)) {
    case BoundedFile::Result::Ok:
        return verify(bytes);
    case BoundedFile::Result::TooLarge: {
        VerificationReport report;
        report.status = VerificationReport::Status::TooMuchWork;
        report.problems << error;
        return report;
    }
    case BoundedFile::Result::Unreadable:
    case BoundedFile::Result::NotRegular:
        break;
    }
    VerificationReport report;
    report.problems << error;
    return report;
}

namespace {

VerificationReport tooMuchWork(qint64 fileSize, const QString &why)
{
    VerificationReport report;
    report.status = VerificationReport::Status::TooMuchWork;
    report.fileSize = fileSize;
    report.problems << why;
    return report;
}

QString tooManySignatures(qsizetype count)
{
    return PdfVerifier::tr("The file has too many signatures to verify (%1 signature "
                           "dictionaries, more than can be read and hashed within the work "
                           "budget); it was not verified.")
        .arg(count);
}

// Identical signature dictionaries (same byte range, same CMS, same claimed time) get the same
// answer: the CMS is decoded, hashed and its chain built once.
QByteArray cmsKey(const SignatureRecord &record)
{
    QByteArray key;
    for (const qint64 n : record.byteRange)
        key += QByteArray::number(n) + ' ';
    return key + record.type.toUtf8() + ' ' + record.subFilter.toUtf8() + ' ' +
           record.claimedTime.toString(Qt::ISODate).toUtf8() + ' ' + record.contents;
}

// What is wrong with one signature, one sentence each, numbered as the reader counts them.
QStringList signatureProblems(int number, const SignatureCheck &check)
{
    QStringList problems;
    if (!check.rangeWellFormed)
        problems << PdfVerifier::tr("Signature %1: its byte range is malformed (%2), so it does "
                                    "not say which bytes it signs.")
                        .arg(number)
                        .arg(check.rangeProblem);
    else if (!check.cmsReadable)
        problems << PdfVerifier::tr("Signature %1: its /Contents holds no signature (empty, "
                                    "zeros or not a CMS structure).")
                        .arg(number);
    else if (!check.digestMatches)
        problems << PdfVerifier::tr("Signature %1: digest mismatch: the signed content was "
                                    "changed.")
                        .arg(number);
    for (const QString &problem : check.profileProblems)
        problems << PdfVerifier::tr("Signature %1: %2.").arg(number).arg(problem);
    if (check.timestamp.present && !check.timestamp.valid())
        problems << PdfVerifier::tr("Signature %1: its time stamp does not hold (%2).")
                        .arg(number)
                        .arg(check.timestamp.problem);
    if (!check.certificateMeantForSigning)
        problems << PdfVerifier::tr("Signature %1: %2.").arg(number).arg(check.trustProblem);
    else if (!check.certificateTrusted)
        problems << PdfVerifier::tr("Signature %1: the certificate is not trusted (%2).")
                        .arg(number)
                        .arg(check.trustProblem);
    return problems;
}

// The same for a document time stamp: its token is what is checked, not a CMS signature.
QStringList documentTimestampProblems(int number, const SignatureCheck &check)
{
    QStringList problems;
    const TimestampCheck &t = check.timestamp;
    if (!check.rangeWellFormed)
        problems << PdfVerifier::tr("Document time stamp %1: its byte range is malformed (%2), "
                                    "so it does not say which bytes it stamps.")
                        .arg(number)
                        .arg(check.rangeProblem);
    else if (!t.readable)
        problems << PdfVerifier::tr("Document time stamp %1: its /Contents holds no RFC 3161 "
                                    "time-stamp token.")
                        .arg(number);
    else if (!t.signatureHolds)
        problems << PdfVerifier::tr("Document time stamp %1: its token was altered: the "
                                    "time-stamp authority's signature over it does not hold.")
                        .arg(number);
    else if (!t.matchesSignature)
        problems << PdfVerifier::tr("Document time stamp %1: its token is not over this file: "
                                    "the message imprint is not the hash of the bytes of its "
                                    "byte range.")
                        .arg(number);
    for (const QString &problem : check.profileProblems)
        problems << PdfVerifier::tr("Document time stamp %1: %2.").arg(number).arg(problem);
    if (t.readable && t.signatureHolds && !t.verifies)
        problems << PdfVerifier::tr("Document time stamp %1: the time-stamp authority is not "
                                    "trusted (%2).")
                        .arg(number)
                        .arg(t.problem);
    return problems;
}

} // namespace

VerificationReport PdfVerifier::verify(const QByteArray &pdf) const
{
    if (pdf.size() > MaxFileBytes)
        return tooMuchWork(pdf.size(), tr("The file is too large to verify (%1 MB; the limit is "
                                          "%2 MB).")
                                           .arg(pdf.size() / (1024 * 1024))
                                           .arg(MaxFileBytes / (1024 * 1024)));
    // PoDoFo recurses once per nesting level; a file nested deeper than any real one would
    // overflow the stack.
    if (pdfNestingDepth(pdf, MaxPdfNesting) > MaxPdfNesting)
        return tooMuchWork(pdf.size(), tr("The file nests dictionaries or arrays more than %1 "
                                          "levels deep, more than any real PDF; it cannot be "
                                          "read safely and was not verified.")
                                           .arg(MaxPdfNesting));
    // PoDoFo sizes its object table by what the cross-reference data claims, before reading
    // any object: a small file claiming millions would cost seconds and gigabytes per parse.
    if (const QString claim = XrefBounds::problem(pdf); !claim.isEmpty())
        return tooMuchWork(pdf.size(), tr("The file cannot be read safely: %1. It was not "
                                          "verified.")
                                           .arg(claim));
    VerificationReport report;
    report.fileSize = pdf.size();
    SignatureScan scan = findSignatures(pdf);
    if (!scan.isPdf) {
        report.status = VerificationReport::Status::NotPdf;
        report.problems << tr("The file is not a PDF.");
        return report;
    }
    if (scan.signatures.size() > MaxSignatures)
        return tooMuchWork(pdf.size(), tooManySignatures(scan.signatures.size()));
    // Nulling a signature dictionary in a later update hides the signature from a reader that
    // follows the latest revision; its bytes in the earlier revision still show it was there.
    std::set<QList<qint64>> present;
    for (const SignatureRecord &found : std::as_const(scan.signatures))
        present.insert(found.byteRange);
    std::set<qint64> removedEnds;
    for (const SignatureRecord &written : scanSignatureBytes(pdf))
        if (!present.count(written.byteRange))
            removedEnds.insert(written.signedEnd());
    for (const qint64 end : removedEnds)
        report.problems << tr("A signature was removed after signing: the revision ending at "
                              "byte %1 was signed, but its signature is no longer part of the "
                              "document.")
                               .arg(end);
    if (scan.signatures.isEmpty()) {
        report.status = removedEnds.empty() ? VerificationReport::Status::NotSigned
                                            : VerificationReport::Status::Invalid;
        if (removedEnds.empty())
            report.problems << tr("The file is not signed.");
        return report;
    }
    if (!scan.readByPoDoFo)
        report.problems << tr("The file's structure cannot be read, so what a reader shows "
                              "cannot be checked against what was signed.");
    const ossl::Store store = makeStore(m_systemTrust, m_trustedDer);
    report.dss = readDss(pdf);
    WorkBudget budget{PdfVerifier::WorkBudgetBytes + 2 * qint64(pdf.size())};
    RevisionDiff revisions(pdf);
    std::map<QByteArray, SignatureCheck> cmsChecked;
    qint64 lastSignedEnd = -1; // of the signatures that hold
    int number = 0;            // of signatures
    int stampNumber = 0;       // of document time stamps
    for (SignatureRecord &record : scan.signatures) {
        SignatureCheck check;
        check.signedEnd = record.signedEnd();
        const RawDictionary dict =
            readRawDictionary(pdf, record.objectOffset, std::min<qint64>(pdf.size(), 1 << 26));
        if (!budget.spend(dict.bytesRead))
            return tooMuchWork(pdf.size(), tooManySignatures(scan.signatures.size()));
        check.rangeProblem = rangeProblem(record, dict, pdf.size());
        check.rangeWellFormed = check.rangeProblem.isEmpty();
        // What is verified is what the gap holds, not another parse of the dictionary.
        if (check.rangeWellFormed)
            record.contents = QByteArray::fromHex(
                pdf.mid(dict.contentsBegin + 1, dict.contentsEnd - dict.contentsBegin - 2));
        const QByteArray key = QByteArray(check.rangeWellFormed ? "1 " : "0 ") + cmsKey(record);
        if (const auto it = cmsChecked.find(key); it != cmsChecked.end()) {
            const QString problem = check.rangeProblem;
            check = it->second;
            check.rangeProblem = problem;
        } else {
            check.subFilter = record.subFilter;
            check.signingTime = record.claimedTime;
            if (!budget.spend(record.contents.size()))
                return tooMuchWork(pdf.size(), tooManySignatures(scan.signatures.size()));
            if (isDocumentTimestamp(record)) {
                if (check.rangeWellFormed &&
                    !budget.spend(record.byteRange[1] + record.byteRange[3]))
                    return tooMuchWork(pdf.size(), tooManySignatures(scan.signatures.size()));
                checkDocumentTimestamp(record, pdf, store.get(), check);
            } else if (!checkCms(record, pdf, store.get(), budget, check)) {
                return tooMuchWork(pdf.size(), tooManySignatures(scan.signatures.size()));
            }
            cmsChecked.emplace(key, check);
        }
        if (!report.dss.vriKeys.isEmpty()) {
            check.vriKey = DssWriter::vriKey(record.contents);
            check.hasVri = report.dss.vriKeys.contains(check.vriKey);
        }
        check.fieldName = record.fieldName;
        check.reason = record.reason;
        check.location = record.location;
        check.coversWholeFile = check.rangeWellFormed && check.signedEnd == pdf.size();
        if (check.signerCommonName.isEmpty())
            check.signerCommonName = record.name;
        if (check.documentTimestamp)
            report.problems << documentTimestampProblems(++stampNumber, check);
        else
            report.problems << signatureProblems(++number, check);
        // Only a signature that holds vouches for its revision; comparing the revision of one
        // that does not would be work for nothing, and it is already reported.
        if (check.rangeWellFormed && check.digestMatches) {
            lastSignedEnd = std::max(lastSignedEnd, check.signedEnd);
            if (!check.coversWholeFile) {
                if (!revisions.knows(check.signedEnd) && !budget.spend(check.signedEnd))
                    return tooMuchWork(pdf.size(), tooManySignatures(scan.signatures.size()));
                check.changesAfterSigning = revisions.changesSince(check.signedEnd);
            }
        }
        for (const QString &change : std::as_const(check.changesAfterSigning))
            report.problems << (check.documentTimestamp
                                    ? tr("Document time stamp %1: the document was changed "
                                         "after it was stamped: %2")
                                          .arg(stampNumber)
                                    : tr("Signature %1: the document was changed after it was "
                                         "signed: %2")
                                          .arg(number))
                                   .arg(change);
        report.signatures << check;
    }
    // After the last signature only long-term validation data may follow: a DSS update that
    // changes nothing a reader sees (checked above, as a change after that signature).
    if (lastSignedEnd >= 0 && lastSignedEnd < pdf.size()) {
        report.validationDataAdded = revisions.changesSince(lastSignedEnd).isEmpty() &&
                                     revisions.validationDataAddedSince(lastSignedEnd) &&
                                     pdf.trimmed().endsWith("%%EOF");
        report.unsignedTail = !report.validationDataAdded;
        if (report.unsignedTail)
            report.problems << tr("The file was modified after signing: %n byte(s) follow the "
                                  "last signed revision.",
                                  nullptr,
                                  int(std::min<qint64>(pdf.size() - lastSignedEnd, INT_MAX)));
    } else if (lastSignedEnd < 0) {
        report.unsignedTail = true; // no signature holds, so nothing is covered
    }
    // A document time stamp proves that these bytes existed at its time, not that anyone
    // approved them: a file whose only signatures are time stamps is not a signed report.
    const bool signedBySomeone =
        std::any_of(report.signatures.begin(), report.signatures.end(),
                    [](const SignatureCheck &check) { return !check.documentTimestamp; });
    const bool holds = report.problems.isEmpty();
    if (!signedBySomeone)
        report.problems << tr("The file is not signed: it carries only a document time stamp, "
                              "which proves that the file existed at that time, not who "
                              "approved it.");
    report.status = !holds            ? VerificationReport::Status::Invalid
                    : signedBySomeone ? VerificationReport::Status::Valid
                                      : VerificationReport::Status::NotSigned;
    return report;
}

} // namespace csr::sign
