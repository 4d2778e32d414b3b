#include "DssReader.h"

#include <podofo/podofo.h>

namespace csr::sign {

using namespace PoDoFo;

namespace {

PdfObject *resolved(PdfMemDocument &document, PdfObject *object)
{
    for (int hops = 0; object && object->IsReference() && hops < 8; ++hops)
        object = document.GetObjects().GetObject(object->GetReference());
    return object;
}

int arrayLength(PdfMemDocument &document, PdfDictionary &dict, const char *key)
{
    PdfObject *value = resolved(document, dict.GetKey(PdfName(key)));
    return value && value->IsArray() ? int(value->GetArray().size()) : 0;
}

} // namespace

DssSummary readDss(const QByteArray &pdf)
{
    DssSummary summary;
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    try {
        PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()));
        PdfObject *catalog = document.GetCatalog();
        if (!catalog || !catalog->IsDictionary())
            return summary;
        PdfObject *dss = resolved(document, catalog->GetDictionary().GetKey(PdfName("DSS")));
        if (!dss || !dss->IsDictionary())
            return summary;
        PdfDictionary &dict = dss->GetDictionary();
        summary.present = true;
        summary.certificates = arrayLength(document, dict, "Certs");
        summary.ocspResponses = arrayLength(document, dict, "OCSPs");
        summary.crls = arrayLength(document, dict, "CRLs");
        PdfObject *vri = resolved(document, dict.GetKey(PdfName("VRI")));
        summary.vriEntries = vri && vri->IsDictionary() ? int(vri->GetDictionary().GetSize()) : 0;
        if (vri && vri->IsDictionary())
            for (const auto &[key, entry] : vri->GetDictionary().GetKeys()) {
                if (summary.vriKeys.size() >= DssSummary::MaxVriKeys)
                    break;
                PdfObject *value = resolved(document, entry);
                if (value && value->IsDictionary())
                    summary.vriKeys.insert(QByteArray::fromStdString(key.GetName()));
            }
    } catch (const PdfError &) {
        return DssSummary{};
    } catch (const std::exception &) {
        return DssSummary{}; // std::bad_alloc from a hostile file
    }
    return summary;
}

} // namespace csr::sign
