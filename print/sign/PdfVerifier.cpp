#include "PdfVerifier.h"

#include "OpenSslHandles.h"
#include "PdfSignatures.h"
#include "Pkcs12Bundle.h"
#include "RevisionDiff.h"

#include <QFile>

#include <openssl/err.h>
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
    ossl::StoreCtx ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store, signer, certs.get());
    // Without a time stamp the claimed signing time is the best there is: a certificate that
    // expired after signing does not void the signature.
    if (check.signingTime.isValid())
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()),
                                   time_t(check.signingTime.toSecsSinceEpoch()));
    check.certificateTrusted = X509_verify_cert(ctx.get()) == 1;
    if (!check.certificateTrusted)
        check.trustProblem =
            QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    ERR_clear_error();
    // A chain to a trusted root says who holds the key, not that the CA let it sign: an
    // encryption-only certificate must not pass, by the rule the signer itself applies.
    const SignResult usable = checkSigningUse(
        signer, check.signingTime.isValid() ? check.signingTime : QDateTime::currentDateTimeUtc());
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
    if (scan.signatures.isEmpty()) {
        report.status = VerificationReport::Status::NotSigned;
        report.problems << tr("The file is not signed.");
        return report;
    }
    const ossl::Store store = makeStore(m_systemTrust, m_trustedDer);
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
