#include "PdfVerifier.h"

#include "OpenSslHandles.h"
#include "PdfSignatures.h"
#include "Pkcs12Bundle.h"
#include "RevisionDiff.h"

#include <QFile>

#include <algorithm>

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

bool rangeIsWellFormed(const QList<qint64> &r, const QByteArray &pdf)
{
    if (r.size() != 4 || r[0] != 0 || r[1] <= 0 || r[3] < 0)
        return false;
    const qint64 gapStart = r[1], gapEnd = r[2];
    return gapEnd > gapStart + 1 && r[2] + r[3] <= pdf.size() && pdf[gapStart] == '<' &&
           pdf[gapEnd - 1] == '>';
}

bool isSha2(int nid)
{
    switch (nid) {
    case NID_sha224:
    case NID_sha256:
    case NID_sha384:
    case NID_sha512:
    case NID_sha512_224:
    case NID_sha512_256:
        return true;
    default:
        return false;
    }
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
    if (!isSha2(nid))
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

// Fills in what the CMS says and whether it verifies over the signed bytes.
void checkCms(const SignatureRecord &record, const QByteArray &pdf, X509_STORE *store,
              SignatureCheck &check)
{
    const unsigned char *cursor =
        reinterpret_cast<const unsigned char *>(record.contents.constData());
    ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &cursor, long(record.contents.size())));
    if (!cms) {
        check.digestProblem = PdfVerifier::tr("the signature value is not a CMS structure");
        ERR_clear_error();
        return;
    }
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
        const QByteArray content = pdf.mid(r[0], r[1]) + pdf.mid(r[2], r[3]);
        ossl::Bio data = ossl::memoryBio(content);
        check.digestMatches = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                                         CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
        if (!check.digestMatches)
            check.digestProblem = ossl::takeError();
    }

    if (!signer) {
        check.trustProblem = PdfVerifier::tr("the signer's certificate is not in the signature");
        return;
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
    // A chain to a trusted root says who holds the key, not that the CA let it sign: an
    // encryption-only certificate must not pass, by the rule the signer itself applies.
    const SignResult usable = checkSigningUse(
        signer, validationTime.isValid() ? validationTime : QDateTime::currentDateTimeUtc());
    check.certificateMeantForSigning = usable != SignResult::NoSigningKeyUsage;
    if (!check.certificateMeantForSigning && check.certificateTrusted) {
        check.certificateTrusted = false;
        check.trustProblem = PdfVerifier::tr("the certificate is not meant for signing: its key "
                                             "usage allows neither digital signature nor "
                                             "non-repudiation");
    }
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        VerificationReport report;
        report.problems << tr("The file \"%1\" cannot be read.").arg(path);
        return report;
    }
    return verify(file.readAll());
}

VerificationReport PdfVerifier::verify(const QByteArray &pdf) const
{
    VerificationReport report;
    report.fileSize = pdf.size();
    const SignatureScan scan = findSignatures(pdf);
    if (!scan.isPdf) {
        report.status = VerificationReport::Status::NotPdf;
        report.problems << tr("The file is not a PDF.");
        return report;
    }
    // Nulling a signature dictionary in a later update hides the signature from a reader that
    // follows the latest revision; its bytes in the earlier revision still show it was there.
    QList<qint64> removedEnds;
    for (const SignatureRecord &written : scanSignatureBytes(pdf)) {
        const bool present = std::any_of(
            scan.signatures.begin(), scan.signatures.end(),
            [&](const SignatureRecord &found) { return found.byteRange == written.byteRange; });
        if (!present)
            removedEnds << written.signedEnd();
    }
    for (const qint64 end : std::as_const(removedEnds))
        report.problems << tr("A signature was removed after signing: the revision ending at "
                              "byte %1 was signed, but its signature is no longer part of the "
                              "document.")
                               .arg(end);
    if (scan.signatures.isEmpty()) {
        report.status = removedEnds.isEmpty() ? VerificationReport::Status::NotSigned
                                              : VerificationReport::Status::Invalid;
        if (removedEnds.isEmpty())
            report.problems << tr("The file is not signed.");
        return report;
    }
    const ossl::Store store = makeStore(m_systemTrust, m_trustedDer);
    report.dss = readDss(pdf);
    int number = 0;
    for (const SignatureRecord &record : scan.signatures) {
        ++number;
        SignatureCheck check;
        check.fieldName = record.fieldName;
        check.reason = record.reason;
        check.location = record.location;
        check.subFilter = record.subFilter;
        check.signingTime = record.claimedTime;
        check.signedEnd = record.signedEnd();
        check.rangeWellFormed = rangeIsWellFormed(record.byteRange, pdf);
        check.coversWholeFile = check.rangeWellFormed && check.signedEnd == pdf.size();
        checkCms(record, pdf, store.get(), check);
        if (check.signerCommonName.isEmpty())
            check.signerCommonName = record.name;
        if (!check.rangeWellFormed)
            report.problems << tr("Signature %1: its byte range is malformed, so it does not say "
                                  "which bytes it signs.")
                                   .arg(number);
        else if (!check.digestMatches)
            report.problems
                << tr("Signature %1: digest mismatch: the signed content was changed.").arg(number);
        for (const QString &problem : check.profileProblems)
            report.problems << tr("Signature %1: %2.").arg(number).arg(problem);
        if (check.timestamp.present && !check.timestamp.valid())
            report.problems << tr("Signature %1: its time stamp does not hold (%2).")
                                   .arg(number)
                                   .arg(check.timestamp.problem);
        if (!check.certificateMeantForSigning)
            report.problems << tr("Signature %1: the certificate is not meant for signing (its "
                                  "key usage allows neither digital signature nor "
                                  "non-repudiation).")
                                   .arg(number);
        else if (!check.certificateTrusted)
            report.problems << tr("Signature %1: the certificate is not trusted (%2).")
                                   .arg(number)
                                   .arg(check.trustProblem);
        // Bytes after a signature are allowed only as later signatures: a change in between
        // would otherwise be covered by the next signature and look approved.
        if (check.rangeWellFormed && !check.coversWholeFile)
            check.changesAfterSigning =
                RevisionDiff::changesAfterSigning(pdf.left(check.signedEnd), pdf);
        for (const QString &change : check.changesAfterSigning)
            report.problems << tr("Signature %1: the document was changed after it was signed: "
                                  "%2")
                                   .arg(number)
                                   .arg(change);
        report.signatures << check;
    }
    if (report.modifiedAfterLastSignature() && report.signatures.last().rangeWellFormed)
        report.problems << tr("The file was modified after signing: %n byte(s) follow the last "
                              "signed revision.",
                              nullptr, int(pdf.size() - report.signatures.last().signedEnd));
    report.status = report.problems.isEmpty() ? VerificationReport::Status::Valid
                                              : VerificationReport::Status::Invalid;
    return report;
}

} // namespace csr::sign
