#include "ForgedUpdate.h"

#include <openssl/cms.h>
#include <openssl/pkcs12.h>
#include <podofo/podofo.h>

#include <QList>

#include <stdexcept>

namespace csr::test {

using namespace PoDoFo;

namespace {

QByteArray written(PdfRefCountedBuffer &buffer, const PdfOutputDevice &device)
{
    return QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
}

QByteArray cmsOver(const QByteArray &data, const QString &p12Path, const QByteArray &password,
                   const ForgeOptions &options)
{
    BIO *file = BIO_new_file(p12Path.toLocal8Bit().constData(), "rb");
    PKCS12 *p12 = file ? d2i_PKCS12_bio(file, nullptr) : nullptr;
    BIO_free(file);
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    if (!p12 || PKCS12_parse(p12, password.constData(), &key, &cert, &chain) != 1)
        throw std::runtime_error("cannot open the PKCS#12 file");
    PKCS12_free(p12);
    unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_PARTIAL;
    if (options.cades)
        flags |= CMS_CADES;
    BIO *in = BIO_new_mem_buf(data.constData(), int(data.size()));
    CMS_ContentInfo *cms = CMS_sign(nullptr, nullptr, chain, nullptr, flags);
    const bool ok = cms && CMS_add1_signer(cms, cert, key, options.digest, flags) &&
                    CMS_final(cms, in, nullptr, flags) == 1;
    unsigned char *der = nullptr;
    const int length = ok ? i2d_CMS_ContentInfo(cms, &der) : -1;
    QByteArray result =
        length > 0 ? QByteArray(reinterpret_cast<char *>(der), length) : QByteArray();
    OPENSSL_free(der);
    CMS_ContentInfo_free(cms);
    BIO_free(in);
    EVP_PKEY_free(key);
    X509_free(cert);
    sk_X509_pop_free(chain, X509_free);
    if (result.isEmpty())
        throw std::runtime_error("CMS signing failed");
    return result;
}

} // namespace

QByteArray changePageContent(const QByteArray &pdf, int pageIndex)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    PdfMemDocument document;
    document.LoadFromBuffer(pdf.constData(), long(pdf.size()), true);
    PdfObject *contents = document.GetPage(pageIndex)->GetContents();
    if (contents->IsArray())
        contents = document.GetObjects().GetObject(contents->GetArray()[0].GetReference());
    char *data = nullptr;
    pdf_long length = 0;
    contents->GetStream()->GetFilteredCopy(&data, &length);
    std::string text(data, size_t(length));
    podofo_free(data);
    text += "\nq 1 1 1 rg 50 50 300 200 re f Q\n";
    contents->GetStream()->Set(text.data(), pdf_long(text.size()));
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    document.WriteUpdate(&device, true);
    return written(buffer, device);
}

QByteArray stripSignatures(const QByteArray &pdf)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    PdfMemDocument document;
    document.LoadFromBuffer(pdf.constData(), long(pdf.size()));
    QList<pdf_objnum> numbers;
    for (PdfObject *object : document.GetObjects())
        if (object->IsDictionary() && object->GetDictionary().HasKey(PdfName("ByteRange")))
            numbers << object->Reference().ObjectNumber();
    const PdfObject *root = document.GetTrailer()->GetDictionary().GetKey(PdfName("Root"));
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const QByteArray prev = pdf.mid(startxref + 9).trimmed().split('\n').first().trimmed();

    QByteArray update = "\n";
    QByteArray xref = "xref\n";
    for (const pdf_objnum number : numbers) {
        const qsizetype at = pdf.size() + update.size();
        update += QByteArray::number(number) + " 0 obj\nnull\nendobj\n";
        xref += QByteArray::number(number) + " 1\n" +
                QByteArray::number(at).rightJustified(10, '0') + " 00000 n \n";
    }
    const qsizetype xrefAt = pdf.size() + update.size();
    update += xref + "trailer\n<< /Size " +
              QByteArray::number(qint64(document.GetObjects().GetObjectCount()) + 1) + " /Root " +
              QByteArray::number(root->GetReference().ObjectNumber()) + " 0 R /Prev " + prev +
              " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return pdf + update;
}

QByteArray signUnchecked(const QByteArray &pdf, const QString &p12Path, const QByteArray &password,
                         const ForgeOptions &options)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    PdfMemDocument document;
    document.LoadFromBuffer(pdf.constData(), long(pdf.size()), true);
    PdfAcroForm *form = document.GetAcroForm();
    form->GetObject()->GetDictionary().AddKey(PdfName("SigFlags"), PdfObject(pdf_int64(3)));
    form->SetNeedAppearances(false);
    PdfAnnotation *widget =
        document.GetPage(0)->CreateAnnotation(ePdfAnnotation_Widget, PdfRect(0, 0, 0, 0));
    widget->SetFlags(ePdfAnnotationFlags_Invisible | ePdfAnnotationFlags_Hidden);
    PdfSignatureField field(widget, form, &document);

    PdfRefCountedBuffer buffer;
    PdfOutputDevice memory(&buffer);
    PdfSignOutputDevice device(&memory);
    device.SetSignatureSize(16 * 1024);
    field.SetFieldName(PdfString("Unchecked"));
    field.SetSignatureDate(PdfDate());
    field.SetSignature(*device.GetSignatureBeacon());
    field.GetSignatureObject()->GetDictionary().AddKey(PdfName("SubFilter"),
                                                       PdfName(options.subFilter));
    document.WriteUpdate(&device, true);
    device.AdjustByteRange();
    QByteArray signedBytes;
    char chunk[64 * 1024];
    device.Seek(0);
    for (size_t n; (n = device.ReadForSignature(chunk, sizeof chunk)) > 0;)
        signedBytes.append(chunk, qsizetype(n));
    const QByteArray cms = cmsOver(signedBytes, p12Path, password, options);
    device.SetSignature(PdfData(cms.constData(), size_t(cms.size())));
    device.Flush();
    return QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
}

} // namespace csr::test
