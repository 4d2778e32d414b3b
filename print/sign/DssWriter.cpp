#include "DssWriter.h"

#include "PdfSignatures.h"

#include <QCryptographicHash>

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
        // The signature the material is for: the last one, the revision just signed.
        const SignatureScan scan = findSignatures(signedPdf);
        if (scan.signatures.isEmpty() || scan.signatures.last().contents.isEmpty()) {
            error = tr("the PDF has no signature to add validation data for");
            return {};
        }
        PdfVecObjects &objects = document.GetObjects();
        PdfObject *dss = objects.CreateObject("DSS");
        PdfDictionary &dict = dss->GetDictionary();
        // Made empty and filled, so that PoDoFo marks it for the update (an object made from
        // a finished dictionary is not written).
        PdfObject *entry = objects.CreateObject();
        PdfDictionary &vri = entry->GetDictionary();
        const std::pair<const char *, const char *> keys[] = {
            {"Certs", "Cert"}, {"OCSPs", "OCSP"}, {"CRLs", "CRL"}};
        const QList<QByteArray> *lists[] = {&material.certificates, &material.ocspResponses,
                                            &material.crls};
        for (int i = 0; i < 3; ++i) {
            if (lists[i]->isEmpty())
                continue;
            const PdfArray array = streams(objects, *lists[i]);
            dict.AddKey(PdfName(keys[i].first), array);
            vri.AddKey(PdfName(keys[i].second), array);
        }
        PdfDictionary vris;
        vris.AddKey(PdfName(vriKey(scan.signatures.last().contents).constData()),
                    entry->Reference());
        dict.AddKey(PdfName("VRI"), vris);
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

QByteArray DssWriter::vriKey(const QByteArray &contents)
{
    return QCryptographicHash::hash(contents, QCryptographicHash::Sha1).toHex().toUpper();
}

} // namespace csr::sign
