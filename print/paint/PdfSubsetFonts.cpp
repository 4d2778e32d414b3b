#include "PdfSubsetFonts.h"

#include <algorithm>
#include <podofo/podofo.h>

namespace csr::print {

namespace {
using namespace PoDoFo;

PdfObject *resolved(PdfVecObjects &objects, PdfObject *o)
{
    return o && o->IsReference() ? objects.GetObject(o->GetReference()) : o;
}

bool isName(const PdfObject *o, const char *name)
{
    return o && o->IsName() && o->GetName() == PdfName(name);
}

// "ABCDEF+Name": six upper-case letters and a plus sign.
bool hasSubsetTag(const std::string &name)
{
    if (name.size() < 8 || name[6] != '+')
        return false;
    return std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; });
}
} // namespace

int nameSubsetFonts(PdfMemDocument &doc)
{
    PdfVecObjects &objects = doc.GetObjects();
    int renamed = 0;
    for (PdfObject *font : objects) {
        if (!font->IsDictionary())
            continue;
        PdfDictionary &type0 = font->GetDictionary();
        if (!isName(type0.GetKey(PdfName::KeyType), "Font") ||
            !isName(type0.GetKey(PdfName::KeySubtype), "Type0"))
            continue;
        PdfObject *descendants = resolved(objects, type0.GetKey(PdfName("DescendantFonts")));
        if (!descendants || !descendants->IsArray() || descendants->GetArray().empty())
            continue;
        PdfObject *cidFont = resolved(objects, &descendants->GetArray()[0]);
        if (!cidFont || !cidFont->IsDictionary())
            continue;
        PdfObject *descriptor =
            resolved(objects, cidFont->GetDictionary().GetKey(PdfName("FontDescriptor")));
        if (!descriptor || !descriptor->IsDictionary())
            continue;
        const PdfObject *fontName = descriptor->GetDictionary().GetKey(PdfName("FontName"));
        if (!fontName || !fontName->IsName() || !hasSubsetTag(fontName->GetName().GetName()))
            continue;
        const PdfName tagged = fontName->GetName();
        type0.AddKey(PdfName("BaseFont"), tagged);
        cidFont->GetDictionary().AddKey(PdfName("BaseFont"), tagged);
        ++renamed;
    }
    return renamed;
}

} // namespace csr::print
