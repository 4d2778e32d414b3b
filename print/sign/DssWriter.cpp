#include "DssWriter.h"

#include <podofo/podofo.h>

namespace csr::sign {

using namespace PoDoFo;

namespace {

PdfArray streams(PdfVecObjects &objects, const QList<QByteArray> &items)
{
    PdfArray array;
    for (const QByteArray &item : items) {
        PdfObject *stream = objects.CreateObject();
        stream->GetStream()->Set(item.constData(), pdf_long(item.size()));
        array.push_back(stream->Reference());
    }
    return array;
}

} // namespace

QByteArray DssWriter::append(const QByteArray &signedPdf, const LtvMaterial &material,
                             QString &error)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    QByteArray updated;
    try {
        PdfMemDocument document;
        document.LoadFromBuffer(signedPdf.constData(), long(signedPdf.size()), true);
        PdfObject *catalog = document.GetCatalog();
        if (!catalog || !catalog->IsDictionary()) {
            error = tr("the PDF has no document catalog");
            return {};
        }
        PdfVecObjects &objects = document.GetObjects();
        PdfObject *dss = objects.CreateObject("DSS");
        PdfDictionary &dict = dss->GetDictionary();
        if (!material.certificates.isEmpty())
            dict.AddKey(PdfName("Certs"), streams(objects, material.certificates));
        if (!material.ocspResponses.isEmpty())
            dict.AddKey(PdfName("OCSPs"), streams(objects, material.ocspResponses));
        if (!material.crls.isEmpty())
            dict.AddKey(PdfName("CRLs"), streams(objects, material.crls));
        catalog->GetDictionary().AddKey(PdfName("DSS"), dss->Reference());

        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        document.WriteUpdate(&device, true); // the loaded bytes first, then the update
        updated = QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PdfError &e) {
        error = QString::fromLatin1(PdfError::ErrorMessage(e.GetError()));
        return {};
    }
    // The signatures cover the bytes before: they must not move by one.
    if (!updated.startsWith(signedPdf)) {
        error = tr("the update did not keep the signed bytes");
        return {};
    }
    return updated;
}

} // namespace csr::sign
