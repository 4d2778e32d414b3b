#include "ForgedUpdate.h"

#include <openssl/cms.h>
#include <openssl/pkcs12.h>
#include <podofo/podofo.h>

#include <QList>

#include <algorithm>
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

QByteArray cmsSignature(const QByteArray &data, const QString &p12Path, const QByteArray &password)
{
    return cmsOver(data, p12Path, password, ForgeOptions{});
}

namespace {

PdfMemDocument &loaded(PdfMemDocument &document, const QByteArray &pdf)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    document.LoadFromBuffer(pdf.constData(), long(pdf.size()));
    return document;
}

} // namespace

QByteArray appendUpdate(const QByteArray &pdf, const QList<std::pair<int, QByteArray>> &objects)
{
    PdfMemDocument document;
    loaded(document, pdf);
    const PdfDictionary &trailer = document.GetTrailer()->GetDictionary();
    QByteArray extra;
    for (const char *key : {"Root", "Info"})
        if (const PdfObject *value = trailer.GetKey(PdfName(key)); value && value->IsReference())
            extra += QByteArray(" /") + key + ' ' +
                     QByteArray::number(value->GetReference().ObjectNumber()) + ' ' +
                     QByteArray::number(value->GetReference().GenerationNumber()) + " R";
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const QByteArray prev = pdf.mid(startxref + 9).trimmed().split('\n').first().trimmed();
    int size = nextObjectNumber(pdf);
    QByteArray update = "\n";
    QByteArray xref = "xref\n";
    for (const auto &[number, body] : objects) {
        const qsizetype at = pdf.size() + update.size();
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
        xref += QByteArray::number(number) + " 1\n" +
                QByteArray::number(at).rightJustified(10, '0') + " 00000 n \n";
        size = std::max(size, number + 1);
    }
    const qsizetype xrefAt = pdf.size() + update.size();
    update += xref + "trailer\n<< /Size " + QByteArray::number(size) + extra + " /Prev " + prev +
              " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return pdf + update;
}

int pageObjectNumber(const QByteArray &pdf, int index)
{
    PdfMemDocument document;
    return int(loaded(document, pdf).GetPage(index)->GetObject()->Reference().ObjectNumber());
}

int catalogObjectNumber(const QByteArray &pdf)
{
    PdfMemDocument document;
    return int(loaded(document, pdf).GetCatalog()->Reference().ObjectNumber());
}

int nextObjectNumber(const QByteArray &pdf)
{
    PdfMemDocument document;
    loaded(document, pdf);
    int next = 0;
    for (const PdfObject *object : document.GetObjects())
        next = std::max(next, int(object->Reference().ObjectNumber()) + 1);
    return next;
}

QByteArray objectBody(const QByteArray &pdf, int objectNumber)
{
    PdfMemDocument document;
    const PdfObject *object =
        loaded(document, pdf).GetObjects().GetObject(PdfReference(pdf_objnum(objectNumber), 0));
    if (!object)
        throw std::runtime_error("no such object");
    std::string text;
    object->ToString(text);
    return QByteArray::fromStdString(text);
}

int fontObjectNumber(const QByteArray &pdf, int index)
{
    PdfMemDocument document;
    loaded(document, pdf);
    PdfObject *resources = document.GetPage(index)->GetResources();
    const PdfObject *fonts = resources->GetIndirectKey(PdfName("Font"));
    if (!fonts || !fonts->IsDictionary() || fonts->GetDictionary().GetKeys().empty())
        throw std::runtime_error("no font");
    const PdfObject *font = fonts->GetDictionary().GetKeys().begin()->second;
    if (!font->IsReference())
        throw std::runtime_error("font not indirect");
    return int(font->GetReference().ObjectNumber());
}

QByteArray wrapSignature(const QByteArray &pdf, const QByteArray &injected, const QString &p12Path,
                         const QByteArray &password)
{
    const qsizetype key = pdf.lastIndexOf("/ByteRange");
    const qsizetype open = pdf.indexOf('[', key);
    const qsizetype close = pdf.indexOf(']', open);
    QList<qint64> r;
    for (const QByteArray &n : pdf.mid(open + 1, close - open - 1).simplified().split(' '))
        r << n.toLongLong();
    if (r.size() != 4 || r[2] + r[3] != pdf.size())
        throw std::runtime_error("the last signature does not end the file");
    const qint64 a = r[1], b = r[2], movedTo = b + injected.size();
    QByteArray range = "0 " + QByteArray::number(a) + ' ' + QByteArray::number(movedTo) + ' ' +
                       QByteArray::number(r[3]);
    range = range.leftJustified(close - open - 1, ' ');
    QByteArray forged = pdf.left(a) + pdf.mid(a, b - a) + injected + pdf.mid(b);
    forged.replace(open + 1, range.size(), range);
    const QByteArray hex =
        cmsSignature(forged.left(a) + forged.mid(movedTo, r[3]), p12Path, password).toHex();
    if (hex.size() > b - a - 2)
        throw std::runtime_error("CMS too large for the reserved /Contents");
    forged.replace(a + 1, hex.size(), hex);
    return forged;
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
    const bool visible = options.width > 0 && options.height > 0;
    PdfAnnotation *widget = document.GetPage(0)->CreateAnnotation(
        ePdfAnnotation_Widget, PdfRect(options.x, options.y, options.width, options.height));
    widget->SetFlags(visible ? ePdfAnnotationFlags_Print
                             : (ePdfAnnotationFlags_Invisible | ePdfAnnotationFlags_Hidden));
    PdfSignatureField field(widget, form, &document);
    if (visible) {
        PdfXObject appearance(PdfRect(0, 0, options.width, options.height), &document);
        PdfPainter painter;
        painter.SetPage(&appearance);
        painter.SetColor(1.0, 1.0, 1.0);
        painter.Rectangle(0, 0, options.width, options.height);
        painter.Fill();
        painter.SetFont(document.CreateFont("Helvetica"));
        painter.SetColor(0.0, 0.0, 0.0);
        painter.DrawText(72, options.height - 100, "All figures of this report are void.");
        painter.FinishPage();
        field.SetAppearanceStream(&appearance);
    }

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
