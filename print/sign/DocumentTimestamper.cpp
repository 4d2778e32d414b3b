#include "DocumentTimestamper.h"

#include <podofo/podofo.h>

namespace csr::sign {

using namespace PoDoFo;

namespace {

// The bytes the device hands out for signing: the whole update but the /Contents string.
QByteArray stampedBytes(PdfSignOutputDevice &device)
{
    QByteArray content;
    char buffer[64 * 1024];
    device.Seek(0);
    for (size_t n; (n = device.ReadForSignature(buffer, sizeof buffer)) > 0;)
        content.append(buffer, qsizetype(n));
    return content;
}

// A field name not yet in the form: "DocTimeStamp" and the next number.
PdfString fieldName(PdfAcroForm *form)
{
    const PdfObject *fields = form->GetObject()->GetDictionary().GetKey(PdfName("Fields"));
    const size_t count = fields && fields->IsArray() ? fields->GetArray().size() : 0;
    return PdfString(QStringLiteral("DocTimeStamp%1").arg(count + 1).toLatin1().constData());
}

} // namespace

QByteArray DocumentTimestamper::append(const QByteArray &pdf, const TokenSource &source,
                                       QString &error, TimestampReply *stamp, qint64 reserveBytes)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    QByteArray updated;
    try {
        PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()), true);
        PdfPage *page = document.GetPageCount() > 0 ? document.GetPage(0) : nullptr;
        PdfAcroForm *form = document.GetAcroForm();
        if (!page || !form || !form->GetObject() || !form->GetObject()->IsDictionary()) {
            error = tr("the PDF has no page or no form to hold the time stamp's field");
            return {};
        }
        // SignaturesExist | AppendOnly, as for a signature: readers must save incrementally.
        form->GetObject()->GetDictionary().AddKey(PdfName("SigFlags"), PdfObject(pdf_int64(3)));
        const PdfString name = fieldName(form); // before the new field joins the form
        // An invisible widget: a document time stamp shows nothing on the page.
        PdfAnnotation *widget = page->CreateAnnotation(ePdfAnnotation_Widget, PdfRect(0, 0, 0, 0));
        widget->SetFlags(ePdfAnnotationFlags_Invisible | ePdfAnnotationFlags_Hidden);
        PdfSignatureField field(widget, form, &document);
        field.SetFieldName(name);

        PdfRefCountedBuffer buffer;
        PdfOutputDevice memory(&buffer);
        PdfSignOutputDevice device(&memory);
        device.SetSignatureSize(size_t(reserveBytes));
        field.SetSignature(*device.GetSignatureBeacon());
        PdfObject *value = field.GetSignatureObject();
        if (!value || !value->IsDictionary()) {
            error = tr("PoDoFo made no signature dictionary");
            return {};
        }
        PdfDictionary &dict = value->GetDictionary();
        dict.AddKey(PdfName("Type"), PdfName("DocTimeStamp"));
        dict.AddKey(PdfName("Filter"), PdfName("Adobe.PPKLite"));
        dict.AddKey(PdfName("SubFilter"), PdfName("ETSI.RFC3161"));

        document.WriteUpdate(&device, true);
        if (!device.HasSignaturePosition()) {
            error = tr("PoDoFo did not write the time stamp's placeholder");
            return {};
        }
        device.AdjustByteRange();
        const TimestampReply reply = source(stampedBytes(device));
        if (stamp)
            *stamp = reply;
        if (!reply.ok()) {
            error = reply.error;
            return {};
        }
        if (reply.token.size() > reserveBytes) {
            error = tr("the time-stamp token needs %1 bytes; %2 were reserved")
                        .arg(reply.token.size())
                        .arg(reserveBytes);
            return {};
        }
        device.SetSignature(PdfData(reply.token.constData(), size_t(reply.token.size())));
        device.Flush();
        updated = QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PdfError &e) {
        error = QString::fromLatin1(PdfError::ErrorMessage(e.GetError()));
        return {};
    } catch (const std::exception &) {
        error = tr("the PDF is damaged");
        return {};
    }
    // The signatures before cover those bytes: they must not move by one.
    if (!updated.startsWith(pdf)) {
        error = tr("the update did not keep the bytes before it");
        return {};
    }
    return updated;
}

} // namespace csr::sign
