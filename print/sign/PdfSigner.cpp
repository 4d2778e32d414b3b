#include "PdfSigner.h"

#include "BoundedFile.h"
#include "CadesSignature.h"
#include "DocumentTimestamper.h"
#include "DssWriter.h"
#include "PdfVerifier.h"
#include "Pkcs12Bundle.h"
#include "RevocationFetcher.h"
#include "TsaClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/err.h>
#include <podofo/podofo.h>

namespace csr::sign {

using namespace PoDoFo;

namespace {

// The CMS grows with the chain it carries; the rest (signed attributes, an RSA-4096 signature)
// stays under 4 KiB. Unused space is zero padding inside /Contents, harmless to readers.
size_t reservationFor(const Pkcs12Bundle &bundle, bool timestamped)
{
    size_t certBytes = size_t(ossl::toDer(bundle.certificate.get()).size());
    for (int i = 0; i < sk_X509_num(bundle.chain.get()); ++i)
        certBytes += size_t(ossl::toDer(sk_X509_value(bundle.chain.get(), i)).size());
    // A time-stamp token carries the TSA's certificates too; replies above the limit are refused.
    const size_t token = timestamped ? size_t(TsaClient::MaxTokenBytes) : 0;
    return std::max<size_t>(16 * 1024, certBytes + 8 * 1024) + token;
}

SignOutcome failure(SignResult result, const QString &path, const QString &detail = {})
{
    SignOutcome outcome;
    outcome.result = result;
    outcome.message = describe(result, path);
    if (!detail.isEmpty())
        outcome.message += QLatin1Char(' ') + detail;
    outcome.detail = detail;
    return outcome;
}

PdfString pdfText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(utf8.constData()));
}

// The signed byte ranges the device hands out.
QByteArray signedContent(PdfSignOutputDevice &device)
{
    QByteArray content;
    char buffer[64 * 1024];
    device.Seek(0);
    for (size_t n; (n = device.ReadForSignature(buffer, sizeof buffer)) > 0;)
        content.append(buffer, qsizetype(n));
    return content;
}

// The rectangle is in PDF user space (y up): x, y is its lower-left corner.
bool rectFits(const QRectF &rect, const PdfRect &page)
{
    if (rect.isNull())
        return true;
    const double slack = 0.5; // layouts round to points
    return rect.width() > 0 && rect.height() > 0 && rect.x() >= page.GetLeft() - slack &&
           rect.y() >= page.GetBottom() - slack &&
           rect.x() + rect.width() <= page.GetLeft() + page.GetWidth() + slack &&
           rect.y() + rect.height() <= page.GetBottom() + page.GetHeight() + slack;
}

// Signs `input` in memory; fills `signedPdf` or returns why not.
SignOutcome signBytes(const QByteArray &input, const SignRequest &request,
                      const Pkcs12Bundle &bundle, int existingSignatures, QByteArray &signedPdf,
                      QByteArray &timestampToken)
{
    SignOutcome outcome;
    outcome.signingTime = QDateTime::currentDateTimeUtc();
    outcome.signerName =
        request.signerName.isEmpty()
            ? ossl::nameEntry(X509_get_subject_name(bundle.certificate.get()), NID_commonName)
            : request.signerName;
    PdfMemDocument document;
    try {
        document.LoadFromBuffer(input.constData(), long(input.size()), true);
    } catch (const PdfError &e) {
        return failure(SignResult::InputNotPdf, request.inputPath,
                       QString::fromLatin1(PdfError::ErrorMessage(e.GetError())));
    }
    try {
        if (request.pageIndex < 0 || request.pageIndex >= document.GetPageCount())
            return failure(SignResult::BadPlacement, request.inputPath);
        PdfPage *page = document.GetPage(request.pageIndex);
        if (!page || !rectFits(request.rect, page->GetMediaBox()))
            return failure(SignResult::BadPlacement, request.inputPath);

        PdfAcroForm *form = document.GetAcroForm();
        PdfDictionary &formDict = form->GetObject()->GetDictionary();
        // SignaturesExist | AppendOnly: readers must save changes incrementally from now on.
        formDict.AddKey(PdfName("SigFlags"), PdfObject(pdf_int64(3)));
        form->SetNeedAppearances(false);

        const QRectF &r = request.rect;
        PdfAnnotation *widget = page->CreateAnnotation(
            ePdfAnnotation_Widget, PdfRect(r.x(), r.y(), r.width(), r.height()));
        widget->SetFlags(r.isNull() ? (ePdfAnnotationFlags_Invisible | ePdfAnnotationFlags_Hidden)
                                    : ePdfAnnotationFlags_Print);
        PdfSignatureField field(widget, form, &document);
        // The statement's own signature block is already on the page; the widget only marks
        // where it is, so its appearance is empty (a transparent form XObject).
        if (!r.isNull()) {
            PdfXObject appearance(PdfRect(0, 0, r.width(), r.height()), &document);
            PdfPainter painter;
            painter.SetPage(&appearance);
            painter.Save();
            painter.Restore();
            painter.FinishPage();
            field.SetAppearanceStream(&appearance);
        }

        PdfRefCountedBuffer buffer;
        PdfOutputDevice memory(&buffer);
        PdfSignOutputDevice device(&memory);
        device.SetSignatureSize(reservationFor(bundle, !request.tsaUrl.isEmpty()));

        const QString reason =
            request.reason.isEmpty() ? SignRequest::defaultReason() : request.reason;
        field.SetFieldName(PdfString(
            QStringLiteral("Signature%1").arg(existingSignatures + 1).toLatin1().constData()));
        field.SetSignatureReason(pdfText(reason));
        if (!request.location.isEmpty())
            field.SetSignatureLocation(pdfText(request.location));
        field.SetSignatureDate(PdfDate(time_t(outcome.signingTime.toSecsSinceEpoch())));
        field.SetSignature(*device.GetSignatureBeacon());
        PdfDictionary &sig = field.GetSignatureObject()->GetDictionary();
        sig.AddKey(PdfName("SubFilter"), PdfName("ETSI.CAdES.detached"));
        if (!outcome.signerName.isEmpty())
            sig.AddKey(PdfName("Name"), pdfText(outcome.signerName));

        document.WriteUpdate(&device, true);
        if (!device.HasSignaturePosition())
            return failure(SignResult::SigningFailed, request.inputPath,
                           PdfSigner::tr("PoDoFo did not write the signature placeholder."));
        device.AdjustByteRange();
        QString error;
        const ossl::Cms signature = makeCadesSignature(signedContent(device), bundle, error);
        if (!signature)
            return failure(SignResult::SigningFailed, request.inputPath, error);
        if (!request.tsaUrl.isEmpty()) {
            const TimestampReply stamp =
                TsaClient(request.tsaUrl).timestamp(signatureValue(signature.get()));
            if (!stamp.ok()) {
                SignOutcome failed = failure(SignResult::TimestampFailed, request.inputPath);
                failed.message = stamp.error + QLatin1Char(' ') + failed.message;
                failed.detail = stamp.error;
                return failed;
            }
            if (!addSignatureTimestamp(signature.get(), stamp.token, error))
                return failure(SignResult::SigningFailed, request.inputPath, error);
            outcome.timestampTime = stamp.time;
            outcome.timestampAuthority = stamp.tsaName;
            timestampToken = stamp.token;
        }
        const QByteArray cms = toDer(signature.get());
        if (cms.isEmpty())
            return failure(SignResult::SigningFailed, request.inputPath, ossl::takeError());
        if (size_t(cms.size()) > device.GetSignatureSize())
            return failure(SignResult::SigningFailed, request.inputPath,
                           PdfSigner::tr("The signature needs %1 bytes; %2 were reserved.")
                               .arg(cms.size())
                               .arg(device.GetSignatureSize()));
        device.SetSignature(PdfData(cms.constData(), size_t(cms.size())));
        device.Flush();
        signedPdf = QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PdfError &e) {
        return failure(SignResult::SigningFailed, request.inputPath,
                       QString::fromLatin1(PdfError::ErrorMessage(e.GetError())));
    }
    // The whole point of an incremental update: what was there before is untouched.
    if (!signedPdf.startsWith(input))
        return failure(SignResult::SigningFailed, request.inputPath,
                       PdfSigner::tr("The update did not keep the original bytes."));
    outcome.result = SignResult::Ok;
    return outcome;
}

} // namespace

QString SignRequest::defaultReason()
{
    return QStringLiteral("公开披露");
}

SignOutcome PdfSigner::sign(const SignRequest &request, const QByteArray &password)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);

    QByteArray input;
    switch (BoundedFile::read(request.inputPath, PdfVerifier::MaxFileBytes, input, nullptr)) {
    case BoundedFile::Result::Ok:
        break;
    case BoundedFile::Result::Unreadable:
        return failure(SignResult::InputUnreadable, request.inputPath);
    case BoundedFile::Result::NotRegular:
    case BoundedFile::Result::TooLarge:
        return failure(SignResult::InputTooLarge, request.inputPath);
    }

    // An earlier signature that no longer matches, or a change after it, would look approved
    // by ours.
    const VerificationReport existing = PdfVerifier(false).verify(input);
    if (existing.status == VerificationReport::Status::NotPdf)
        return failure(SignResult::InputNotPdf, request.inputPath);
    if (existing.status == VerificationReport::Status::TooMuchWork)
        return failure(SignResult::InputTooLarge, request.inputPath,
                       existing.problems.join(QLatin1Char(' ')));
    for (const SignatureCheck &check : existing.signatures)
        if (!check.rangeWellFormed || !check.digestMatches || !check.changesAfterSigning.isEmpty())
            return failure(SignResult::InputAlreadyModified, request.inputPath);
    if (existing.modifiedAfterLastSignature())
        return failure(SignResult::InputAlreadyModified, request.inputPath);

    Pkcs12Bundle bundle;
    if (const SignResult loaded = Pkcs12Bundle::load(request.certificatePath, password, bundle);
        loaded != SignResult::Ok)
        return failure(loaded, request.certificatePath);
    QString rule;
    if (const SignResult usable =
            checkSigningUse(bundle.certificate.get(), QDateTime::currentDateTimeUtc(), &rule);
        usable != SignResult::Ok)
        return failure(usable, request.certificatePath,
                       PdfSigner::tr("(The certificate fails because %1.)").arg(rule));

    const QFileInfo target(request.outputPath);
    if (request.outputPath.isEmpty() || !target.absoluteDir().exists())
        return failure(SignResult::OutputNotWritable, request.outputPath);

    QByteArray signedPdf, timestampToken;
    SignOutcome outcome = signBytes(input, request, bundle, int(existing.signatures.size()),
                                    signedPdf, timestampToken);
    ERR_clear_error();
    if (!outcome.ok())
        return outcome;
    if (request.ltv) {
        ossl::CertStack certificates(sk_X509_new_null());
        sk_X509_push(certificates.get(), X509_dup(bundle.certificate.get()));
        for (int i = 0; i < sk_X509_num(bundle.chain.get()); ++i)
            sk_X509_push(certificates.get(), X509_dup(sk_X509_value(bundle.chain.get(), i)));
        const LtvMaterial material =
            RevocationFetcher().collect(certificates.get(), timestampToken, outcome.notes);
        QString error;
        const QByteArray withDss = DssWriter::append(signedPdf, material, error);
        ERR_clear_error();
        if (withDss.isEmpty())
            return failure(SignResult::SigningFailed, request.inputPath,
                           PdfSigner::tr("The validation data could not be added: %1").arg(error));
        signedPdf = withDss;
        outcome.ltvEmbedded = true;
    }
    if (request.documentTimestamp && !request.tsaUrl.isEmpty()) {
        const TsaClient tsa(request.tsaUrl);
        QString error;
        TimestampReply stamp;
        const QByteArray stamped = DocumentTimestamper::append(
            signedPdf, [&tsa](const QByteArray &bytes) { return tsa.timestamp(bytes); }, error,
            &stamp);
        ERR_clear_error();
        if (stamped.isEmpty()) {
            SignOutcome failed =
                failure(stamp.ok() || stamp.error.isEmpty() ? SignResult::SigningFailed
                                                            : SignResult::TimestampFailed,
                        request.inputPath, error);
            failed.detail = error;
            return failed;
        }
        signedPdf = stamped;
        outcome.documentTimestampTime = stamp.time;
    }

    QSaveFile out(request.outputPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(signedPdf) != signedPdf.size() ||
        !out.commit())
        return failure(SignResult::OutputNotWritable, request.outputPath);
    outcome.message = describe(SignResult::Ok, request.outputPath);
    return outcome;
}

} // namespace csr::sign
