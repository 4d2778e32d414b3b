#include "RevisionDiff.h"

#include "PdfNesting.h"
#include "XrefBounds.h"

#include <podofo/podofo.h>

#include <QHash>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace csr::sign {

using namespace PoDoFo;

namespace {

QString refText(const PdfReference &ref)
{
    return QStringLiteral("%1 %2").arg(ref.ObjectNumber()).arg(ref.GenerationNumber());
}

std::string serialized(const PdfVariant &value)
{
    std::string text;
    value.ToString(text);
    return text;
}

// The stream as written (still encoded): comparing it needs no decompression.
QByteArray rawStream(const PdfObject &object)
{
    if (!object.HasStream())
        return {};
    char *buffer = nullptr;
    pdf_long length = 0;
    object.GetStream()->GetCopy(&buffer, &length);
    QByteArray bytes(buffer, qsizetype(length));
    podofo_free(buffer);
    return bytes;
}

bool sameObject(const PdfObject &a, const PdfObject &b)
{
    return serialized(a) == serialized(b) && a.HasStream() == b.HasStream() &&
           rawStream(a) == rawStream(b);
}

// The keys whose values differ, "/Contents, /Resources", leaving out `allowed`.
QStringList differingKeys(const PdfDictionary &a, const PdfDictionary &b,
                          const std::set<std::string> &allowed)
{
    std::set<std::string> keys;
    for (const auto &entry : a.GetKeys())
        keys.insert(entry.first.GetName());
    for (const auto &entry : b.GetKeys())
        keys.insert(entry.first.GetName());
    QStringList out;
    for (const std::string &key : keys) {
        if (allowed.count(key))
            continue;
        const PdfObject *x = a.GetKey(PdfName(key));
        const PdfObject *y = b.GetKey(PdfName(key));
        if (!x || !y || serialized(*x) != serialized(*y))
            out << QLatin1Char('/') + QString::fromStdString(key);
    }
    return out;
}

// Follows references, a bounded number of times (a reference may point at a reference).
const PdfObject *resolve(const PdfObject *value, const PdfVecObjects &objects)
{
    for (int hops = 0; value && value->IsReference(); ++hops)
        value = hops < 32 ? objects.GetObject(value->GetReference()) : nullptr;
    return value;
}

const PdfObject *keyOf(const PdfObject *dict, const char *key, const PdfVecObjects &objects)
{
    if (!dict || !dict->IsDictionary())
        return nullptr;
    return resolve(dict->GetDictionary().GetKey(PdfName(key)), objects);
}

bool nameIs(const PdfObject *value, const char *name)
{
    return value && value->IsName() && value->GetName() == PdfName(name);
}

bool isIndirect(const PdfObject *value)
{
    return value && value->IsReference();
}

// The /Info PoDoFo makes when a file has none: an object it did not read from the file (not
// parsed from the file, nor from an object stream) holding only what PoDoFo writes into a new
// one. Only its creation date and producer: nothing a reader shows as content.
bool madeByPoDoFo(const PdfObject *info)
{
    if (!info || !info->IsDictionary() || dynamic_cast<const PdfParserObject *>(info))
        return false;
    for (const auto &entry : info->GetDictionary().GetKeys())
        if (entry.first != PdfName("CreationDate") && entry.first != PdfName("Producer"))
            return false;
    return true;
}

// A signature field, its widget merged in or as a kid: what a later signature adds.
bool isSignatureField(const PdfObject *object, const PdfVecObjects &objects)
{
    for (int depth = 0; object && object->IsDictionary() && depth < 8; ++depth) {
        if (const PdfObject *type = keyOf(object, "FT", objects))
            return nameIs(type, "Sig");
        object = keyOf(object, "Parent", objects);
    }
    return false;
}

// The leaves of the page tree in reading order, walked here rather than through PoDoFo's page
// cache: a tree whose /Count says more pages than it has, or that loops, must not yield a null
// page or a walk without end.
std::vector<const PdfObject *> collectPages(const PdfObject *catalog, const PdfVecObjects &objects,
                                            std::set<PdfReference> *nodes = nullptr)
{
    std::vector<const PdfObject *> pages;
    std::vector<std::pair<const PdfObject *, int>> stack{{keyOf(catalog, "Pages", objects), 0}};
    std::set<const PdfObject *> seen;
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        if (!node || !node->IsDictionary() || depth > 64 || !seen.insert(node).second)
            continue;
        const PdfObject *kids = keyOf(node, "Kids", objects);
        if (kids && kids->IsArray() && !nameIs(keyOf(node, "Type", objects), "Page")) {
            if (nodes)
                nodes->insert(node->Reference());
            const PdfArray &array = kids->GetArray();
            for (auto it = array.rbegin(); it != array.rend(); ++it)
                stack.push_back({resolve(&*it, objects), depth + 1});
        } else {
            pages.push_back(node);
        }
    }
    return pages;
}

struct Box
{
    double left = 0, bottom = 0, right = 0, top = 0;
    double area() const { return (right - left) * (top - bottom); }
};

bool readBox(const PdfObject *value, Box &box)
{
    if (!value || !value->IsArray() || value->GetArray().size() != 4)
        return false;
    double n[4];
    for (int i = 0; i < 4; ++i) {
        const PdfObject &v = value->GetArray()[size_t(i)];
        if (!v.IsNumber() && !v.IsReal())
            return false;
        n[i] = v.IsReal() ? v.GetReal() : double(v.GetNumber());
    }
    box = {std::min(n[0], n[2]), std::min(n[1], n[3]), std::max(n[0], n[2]), std::max(n[1], n[3])};
    return true;
}

// The page's MediaBox, inherited from the page tree if need be; US Letter if none.
Box mediaBox(const PdfObject *page, const PdfVecObjects &objects)
{
    Box box{0, 0, 612, 792};
    for (int depth = 0; page && depth < 64; ++depth, page = keyOf(page, "Parent", objects))
        if (readBox(keyOf(page, "MediaBox", objects), box))
            break;
    return box;
}

// Whether a content stream paints anything: text, paths filled or stroked, images, shadings.
bool paints(const QByteArray &content)
{
    static const std::set<QByteArray> painting = {"f", "F",  "f*", "B",  "B*", "b", "b*", "S",
                                                  "s", "sh", "Do", "Tj", "TJ", "'", "\"", "BI"};
    for (qsizetype i = 0; i < content.size();) {
        const char c = content[i];
        if (c == '(') { // a string: skip it, balanced, with escapes
            int open = 0;
            do {
                if (content[i] == '\\')
                    ++i;
                else if (content[i] == '(')
                    ++open;
                else if (content[i] == ')')
                    --open;
                ++i;
            } while (i < content.size() && open > 0);
            continue;
        }
        if (c == '%') {
            while (i < content.size() && content[i] != '\n' && content[i] != '\r')
                ++i;
            continue;
        }
        if (std::isspace(uchar(c)) || c == '[' || c == ']' || c == '<' || c == '>' || c == '/' ||
            c == '{' || c == '}' || c == ')') {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < content.size() && !std::isspace(uchar(content[i])) &&
               !QByteArray("[]<>/(){}%").contains(content[i]))
            ++i;
        if (painting.count(content.mid(start, i - start)))
            return true;
    }
    return false;
}

// A stream too large to inspect cheaply counts as painting.
bool streamPaints(const PdfObject *stream)
{
    if (!stream || !stream->HasStream())
        return false;
    if (stream->GetStream()->GetLength() > 64 * 1024)
        return true;
    char *buffer = nullptr;
    pdf_long length = 0;
    try {
        stream->GetStream()->GetFilteredCopy(&buffer, &length);
    } catch (const PdfError &) {
        return true;
    }
    const QByteArray content(buffer, qsizetype(length));
    podofo_free(buffer);
    return paints(content);
}

// Whether any appearance of the annotation (normal, rollover, down; every state) paints.
bool appearancePaints(const PdfObject *annotation, const PdfVecObjects &objects)
{
    const PdfObject *ap = keyOf(annotation, "AP", objects);
    if (!ap || !ap->IsDictionary())
        return false;
    for (const char *kind : {"N", "R", "D"}) {
        const PdfObject *value = keyOf(ap, kind, objects);
        if (!value)
            continue;
        if (value->HasStream()) {
            if (streamPaints(value))
                return true;
        } else if (value->IsDictionary()) {
            for (const auto &state : value->GetDictionary().GetKeys())
                if (streamPaints(resolve(state.second, objects)))
                    return true;
        }
    }
    return false;
}

// A signer's widget is where its field is: a box the size of a signature block. One that
// covers a tenth of the page or more, or reaches outside it, with an appearance that paints,
// draws over the page's content.
constexpr double MaxWidgetShareOfPage = 0.10;

struct Comparison
{
    PdfMemDocument &before;
    PdfMemDocument &after;
    QStringList changes;
    std::set<PdfReference> handled;          // compared by a rule of their own
    std::map<PdfReference, QString> roles;   // what an old object is, for the messages
    std::vector<const PdfObject *> oldPages; // in order
    std::vector<const PdfObject *> newPages;

    const PdfVecObjects &oldObjects() { return before.GetObjects(); }
    const PdfVecObjects &newObjects() { return after.GetObjects(); }
    const PdfObject *oldCatalog() { return before.GetCatalog(); }
    const PdfObject *newCatalog() { return after.GetCatalog(); }

    static QString tr(const char *text) { return RevisionDiff::tr(text); }

    void nameRole(const PdfObject *value, const QString &role)
    {
        if (isIndirect(value))
            roles.emplace(value->GetReference(), role);
    }

    // Names what the old objects are: page contents, resources, catalog entries, fields.
    void collectRoles()
    {
        std::set<PdfReference> nodes;
        oldPages = collectPages(oldCatalog(), oldObjects(), &nodes);
        newPages = collectPages(newCatalog(), newObjects());
        for (const PdfReference &node : nodes)
            roles.emplace(node, tr("a node of the page tree"));
        for (size_t i = 0; i < oldPages.size(); ++i) {
            const PdfObject *page = oldPages[i];
            const QString number = QString::number(i + 1);
            const PdfDictionary &dict = page->GetDictionary();
            const PdfObject *contents = dict.GetKey(PdfName("Contents"));
            nameRole(contents, tr("the content of page %1").arg(number));
            if (const PdfObject *parts = resolve(contents, oldObjects()); parts && parts->IsArray())
                for (const PdfObject &part : parts->GetArray())
                    nameRole(&part, tr("the content of page %1").arg(number));
            nameRole(dict.GetKey(PdfName("Resources")), tr("the resources of page %1").arg(number));
            const PdfObject *resources = keyOf(page, "Resources", oldObjects());
            for (const char *category :
                 {"Font", "XObject", "ExtGState", "ColorSpace", "Pattern", "Shading"}) {
                const PdfObject *entries = keyOf(resources, category, oldObjects());
                nameRole(resources && resources->IsDictionary()
                             ? resources->GetDictionary().GetKey(PdfName(category))
                             : nullptr,
                         tr("the /%1 resources of page %2").arg(QLatin1String(category), number));
                if (entries && entries->IsDictionary())
                    for (const auto &[name, value] : entries->GetDictionary().GetKeys())
                        nameRole(value, tr("the resource /%1 (/%2) of page %3")
                                            .arg(QString::fromStdString(name.GetName()),
                                                 QLatin1String(category), number));
            }
            nameRole(dict.GetKey(PdfName("Annots")),
                     tr("the annotation list of page %1").arg(number));
            if (const PdfObject *annots = keyOf(page, "Annots", oldObjects());
                annots && annots->IsArray())
                for (const PdfObject &annot : annots->GetArray())
                    nameRole(&annot, tr("an annotation of page %1").arg(number));
        }
        if (const PdfObject *catalog = oldCatalog(); catalog && catalog->IsDictionary())
            for (const auto &[name, value] : catalog->GetDictionary().GetKeys())
                nameRole(value,
                         tr("the catalog's /%1").arg(QString::fromStdString(name.GetName())));
        for (const PdfObject *object : oldObjects()) {
            const PdfObject *title = keyOf(object, "T", oldObjects());
            if (title && (title->IsString() || title->IsHexString()) &&
                (keyOf(object, "FT", oldObjects()) || keyOf(object, "Parent", oldObjects())))
                roles[object->Reference()] =
                    tr("the form field \"%1\"")
                        .arg(QString::fromStdString(title->GetString().GetStringUtf8()));
        }
    }

    // Whether a widget added after signing stays within a signature field's bounds; otherwise
    // the sentence that says how it covers the page.
    QString overlay(const PdfObject *widget, const PdfObject *page, int pageNumber)
    {
        const PdfObject *flags = keyOf(widget, "F", newObjects());
        const pdf_int64 f = flags && flags->IsNumber() ? flags->GetNumber() : 0;
        if (f & (2 | 32)) // Hidden, NoView: never drawn
            return {};
        Box rect;
        if (!readBox(keyOf(widget, "Rect", newObjects()), rect) || rect.area() <= 0)
            return {};
        if (!appearancePaints(widget, newObjects()))
            return {};
        const Box box = mediaBox(page, newObjects());
        const bool inside = rect.left >= box.left - 1 && rect.bottom >= box.bottom - 1 &&
                            rect.right <= box.right + 1 && rect.top <= box.top + 1;
        const double share = box.area() > 0 ? rect.area() / box.area() : 1.0;
        if (inside && share < MaxWidgetShareOfPage)
            return {};
        return tr("Page %1: a signature widget (object %2) added after signing draws an "
                  "appearance over %3% of the page, covering its content (an overlay).")
            .arg(pageNumber)
            .arg(refText(widget->Reference()))
            .arg(qRound(std::min(share, 1.0) * 100));
    }

    // An array of references that may only grow by signature fields or their widgets: the
    // form's /Fields, a page's /Annots (`page` set).
    void checkGrowsBySignatures(const PdfObject *oldArray, const PdfObject *newArray,
                                const QString &what, const PdfObject *page = nullptr,
                                int pageNumber = 0)
    {
        std::set<std::string> kept;
        if (oldArray && oldArray->IsArray())
            for (const PdfObject &element : oldArray->GetArray())
                kept.insert(serialized(element));
        std::set<std::string> now;
        if (newArray && newArray->IsArray()) {
            for (const PdfObject &element : newArray->GetArray()) {
                const std::string text = serialized(element);
                now.insert(text);
                if (kept.count(text))
                    continue;
                const PdfObject *added = resolve(&element, newObjects());
                const bool widget =
                    !page || nameIs(keyOf(added, "Subtype", newObjects()), "Widget");
                if (!widget || !isSignatureField(added, newObjects())) {
                    const PdfObject *subtype = keyOf(added, "Subtype", newObjects());
                    changes << tr("%1: an entry other than a signature was added (%2).")
                                   .arg(what,
                                        subtype && subtype->IsName()
                                            ? QLatin1Char('/') + QString::fromStdString(
                                                                     subtype->GetName().GetName())
                                            : QString::fromStdString(text));
                } else if (page) {
                    const QString covering = overlay(added, page, pageNumber);
                    if (!covering.isEmpty())
                        changes << covering;
                }
            }
        }
        for (const std::string &element : kept)
            if (!now.count(element)) {
                changes << tr("%1: an entry was removed.").arg(what);
                break;
            }
    }

    void checkForm()
    {
        const PdfObject *oldForm = keyOf(oldCatalog(), "AcroForm", oldObjects());
        const PdfObject *newForm = keyOf(newCatalog(), "AcroForm", newObjects());
        for (const PdfObject *entry : {oldCatalog()->GetDictionary().GetKey(PdfName("AcroForm")),
                                       oldForm && oldForm->IsDictionary()
                                           ? oldForm->GetDictionary().GetKey(PdfName("Fields"))
                                           : nullptr})
            if (isIndirect(entry))
                handled.insert(entry->GetReference());
        if (oldForm && !newForm) {
            changes << tr("The form (AcroForm) was removed.");
            return;
        }
        if (!newForm || !newForm->IsDictionary())
            return;
        if (oldForm && oldForm->IsDictionary()) {
            // A signer sets SigFlags and NeedAppearances besides listing its field.
            const QStringList keys =
                differingKeys(oldForm->GetDictionary(), newForm->GetDictionary(),
                              {"Fields", "SigFlags", "NeedAppearances"});
            if (!keys.isEmpty())
                changes
                    << tr("The form (AcroForm) changed: %1.").arg(keys.join(QLatin1String(", ")));
        }
        // NeedAppearances true makes readers draw every field anew, from values the signature
        // did not see drawn.
        const PdfObject *need = keyOf(newForm, "NeedAppearances", newObjects());
        const PdfObject *needBefore = keyOf(oldForm, "NeedAppearances", oldObjects());
        if (need && need->IsBool() && need->GetBool() &&
            !(needBefore && needBefore->IsBool() && needBefore->GetBool()))
            changes << tr("The form (AcroForm) changed: /NeedAppearances was set, so readers "
                          "redraw the form fields.");
        checkGrowsBySignatures(keyOf(oldForm, "Fields", oldObjects()),
                               keyOf(newForm, "Fields", newObjects()), tr("The form's field list"));
    }

    // Long-term validation data (PAdES DSS) and its extension declaration may change; they
    // change nothing a reader sees.
    void allowValidationData()
    {
        const PdfObject *dss = oldCatalog()->GetDictionary().GetKey(PdfName("DSS"));
        if (isIndirect(dss))
            handled.insert(dss->GetReference());
        const PdfObject *dict = resolve(dss, oldObjects());
        if (!dict || !dict->IsDictionary())
            return;
        for (const char *key : {"VRI", "Certs", "OCSPs", "CRLs"}) {
            const PdfObject *entry = dict->GetDictionary().GetKey(PdfName(key));
            if (isIndirect(entry))
                handled.insert(entry->GetReference());
        }
        if (const PdfObject *vri = keyOf(dict, "VRI", oldObjects()); vri && vri->IsDictionary())
            for (const auto &entry : vri->GetDictionary().GetKeys())
                if (isIndirect(entry.second))
                    handled.insert(entry.second->GetReference());
    }

    void checkCatalog()
    {
        handled.insert(oldCatalog()->Reference());
        if (oldCatalog()->Reference() != newCatalog()->Reference()) {
            changes << tr("The document catalog was replaced (object %1 by %2).")
                           .arg(refText(oldCatalog()->Reference()),
                                refText(newCatalog()->Reference()));
            return;
        }
        const QStringList keys =
            differingKeys(oldCatalog()->GetDictionary(), newCatalog()->GetDictionary(),
                          {"AcroForm", "Perms", "DSS", "Extensions"});
        if (!keys.isEmpty())
            changes << tr("The document catalog changed: %1.").arg(keys.join(QLatin1String(", ")));
    }

    void checkPages()
    {
        if (oldPages.size() != newPages.size())
            changes << tr("The page tree changed: the signed revision has %1 page(s), the "
                          "document now %2.")
                           .arg(oldPages.size())
                           .arg(newPages.size());
        for (size_t i = 0; i < oldPages.size(); ++i) {
            const PdfObject *oldPage = oldPages[i];
            const int number = int(i) + 1;
            handled.insert(oldPage->Reference());
            if (i < newPages.size() && newPages[i]->Reference() != oldPage->Reference())
                changes << tr("The page tree changed: page %1 is now object %2 instead of %3.")
                               .arg(number)
                               .arg(refText(newPages[i]->Reference()),
                                    refText(oldPage->Reference()));
            const PdfObject *newPage = newObjects().GetObject(oldPage->Reference());
            if (!newPage || !newPage->IsDictionary())
                continue; // reported as a removed or changed object
            const PdfObject *annots = oldPage->GetDictionary().GetKey(PdfName("Annots"));
            if (isIndirect(annots))
                handled.insert(annots->GetReference());
            const QStringList keys =
                differingKeys(oldPage->GetDictionary(), newPage->GetDictionary(), {"Annots"});
            if (!keys.isEmpty())
                changes << tr("Page %1 (object %2) changed: %3.")
                               .arg(number)
                               .arg(refText(oldPage->Reference()), keys.join(QLatin1String(", ")));
            checkGrowsBySignatures(keyOf(oldPage, "Annots", oldObjects()),
                                   keyOf(newPage, "Annots", newObjects()),
                                   tr("The annotations of page %1").arg(number), newPage, number);
        }
    }

    // PoDoFo stamps /ModDate and /Producer whenever it writes, so a second signature changes
    // them; it even stamps them in memory when it reads, which is why they are left out here
    // rather than trusted to compare equal.
    void checkInfo()
    {
        const PdfObject *trailer = before.GetTrailer();
        const PdfObject *oldInfo = trailer && trailer->IsDictionary()
                                       ? trailer->GetDictionary().GetKey(PdfName("Info"))
                                       : nullptr;
        if (!isIndirect(oldInfo)) {
            // PoDoFo made an /Info of its own, never part of the file.
            if (before.GetInfo() && before.GetInfo()->GetObject())
                handled.insert(before.GetInfo()->GetObject()->Reference());
            return;
        }
        const PdfObject *oldDict = resolve(oldInfo, oldObjects());
        if (madeByPoDoFo(oldDict)) {
            // A file without /Info: PoDoFo made one at the next free object number and put
            // it in its trailer, and a later update may well use that number for an object
            // of its own (a signature dictionary, say).
            handled.insert(oldInfo->GetReference());
            return;
        }
        const PdfObject *newDict = newObjects().GetObject(oldInfo->GetReference());
        if (!oldDict || !newDict || !oldDict->IsDictionary() || !newDict->IsDictionary())
            return; // left to the object comparison
        handled.insert(oldInfo->GetReference());
        const QStringList keys = differingKeys(oldDict->GetDictionary(), newDict->GetDictionary(),
                                               {"ModDate", "Producer"});
        if (!keys.isEmpty())
            changes << tr("The document information (object %1) changed: %2.")
                           .arg(refText(oldInfo->GetReference()), keys.join(QLatin1String(", ")));
    }

    // Names an object by its role (page content, resource, catalog entry, form field), else by
    // its /Type; says which keys differ when both are dictionaries.
    QString describe(const PdfObject &object, const PdfObject &now)
    {
        const PdfReference ref = object.Reference();
        QString what;
        if (const auto it = roles.find(ref); it != roles.end()) {
            what = it->second;
        } else {
            QString kind;
            for (const char *key : {"Type", "Subtype"})
                if (const PdfObject *name = keyOf(&object, key, oldObjects());
                    name && name->IsName())
                    kind += QLatin1Char('/') + QString::fromStdString(name->GetName().GetName());
            what = kind.isEmpty() ? tr("an object") : tr("an object of type %1").arg(kind);
        }
        QString detail;
        if (object.IsDictionary() && now.IsDictionary()) {
            const QStringList keys = differingKeys(object.GetDictionary(), now.GetDictionary(), {});
            if (!keys.isEmpty())
                detail = tr(" (%1)").arg(keys.join(QLatin1String(", ")));
            else if (object.HasStream() || now.HasStream())
                detail = tr(" (its stream)");
        }
        QString sentence =
            tr("%1 (object %2) was redefined in a later update%3.").arg(what, refText(ref), detail);
        sentence[0] = sentence[0].toUpper();
        return sentence;
    }

    void checkObjects()
    {
        for (const PdfObject *object : oldObjects()) {
            const PdfReference ref = object->Reference();
            if (handled.count(ref))
                continue;
            const PdfObject *now = newObjects().GetObject(ref);
            if (!now) {
                const auto it = roles.find(ref);
                changes << (it != roles.end()
                                ? tr("Object %1 (%2) was removed.").arg(refText(ref), it->second)
                                : tr("Object %1 was removed.").arg(refText(ref)));
            } else if (!sameObject(*object, *now)) {
                changes << describe(*object, *now);
            }
        }
    }

    void run()
    {
        const PdfObject *a = oldCatalog();
        const PdfObject *b = newCatalog();
        if (!a || !b || !a->IsDictionary() || !b->IsDictionary()) {
            changes << tr("A revision has no document catalog.");
            return;
        }
        collectRoles();
        allowValidationData();
        checkInfo();
        checkCatalog();
        checkForm();
        checkPages();
        checkObjects();
        changes.removeDuplicates();
    }
};

std::string dssText(PdfMemDocument &document)
{
    const PdfObject *catalog = document.GetCatalog();
    const PdfObject *dss = keyOf(catalog, "DSS", document.GetObjects());
    return dss ? serialized(*dss) : std::string();
}

QString readError(const PdfError &e)
{
    return RevisionDiff::tr("The revisions could not be compared (%1).")
        .arg(QString::fromLatin1(PdfError::ErrorMessage(e.GetError())));
}

bool load(PdfMemDocument &document, const QByteArray &bytes, QString &error)
{
    if (pdfNestingDepth(bytes, MaxPdfNesting) > MaxPdfNesting) { // PoDoFo's stack
        error = RevisionDiff::tr("The revisions could not be compared (objects nest too deeply).");
        return false;
    }
    // A revision is checked on its own: an offset beyond its end sends PoDoFo elsewhere.
    if (const QString claim = XrefBounds::problem(bytes); !claim.isEmpty()) {
        error = RevisionDiff::tr("The revisions could not be compared (%1).").arg(claim);
        return false;
    }
    try {
        document.LoadFromBuffer(bytes.constData(), long(bytes.size()));
        return true;
    } catch (const PdfError &e) {
        error = readError(e);
    } catch (const std::exception &) {
        error = RevisionDiff::tr("The revisions could not be compared (the file is damaged).");
    }
    return false;
}

} // namespace

struct RevisionDiff::State
{
    QByteArray current;
    std::unique_ptr<PdfMemDocument> after;
    QString afterError;
    bool afterTried = false;
    struct Result
    {
        QStringList changes;
        bool dssChanged = false;
    };
    std::map<qint64, Result> results;

    PdfMemDocument *currentDocument()
    {
        if (!afterTried) {
            afterTried = true;
            after = std::make_unique<PdfMemDocument>();
            if (!load(*after, current, afterError))
                after.reset();
        }
        return after.get();
    }

    const Result &compare(qint64 signedEnd)
    {
        if (const auto it = results.find(signedEnd); it != results.end())
            return it->second;
        Result &result = results[signedEnd];
        PdfMemDocument *now = currentDocument();
        if (!now) {
            result.changes << afterError;
            return result;
        }
        PdfMemDocument before;
        QString error;
        if (!load(before, current.left(qsizetype(signedEnd)), error)) {
            result.changes << error;
            return result;
        }
        try {
            Comparison comparison{before, *now, {}, {}, {}, {}, {}};
            comparison.run();
            result.changes = comparison.changes;
            result.dssChanged = dssText(before) != dssText(*now);
        } catch (const PdfError &e) {
            result.changes = {readError(e)};
        } catch (const std::exception &) {
            result.changes = {tr("The revisions could not be compared (the file is damaged).")};
        }
        return result;
    }
};

RevisionDiff::RevisionDiff(const QByteArray &current) : d(std::make_unique<State>())
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    d->current = current;
}

RevisionDiff::~RevisionDiff() = default;

QStringList RevisionDiff::changesSince(qint64 signedEnd)
{
    return d->compare(std::clamp<qint64>(signedEnd, 0, d->current.size())).changes;
}

bool RevisionDiff::validationDataAddedSince(qint64 signedEnd)
{
    return d->compare(std::clamp<qint64>(signedEnd, 0, d->current.size())).dssChanged;
}

bool RevisionDiff::knows(qint64 signedEnd) const
{
    return d->results.count(std::clamp<qint64>(signedEnd, 0, d->current.size())) > 0;
}

QStringList RevisionDiff::changesAfterSigning(const QByteArray &signedRevision,
                                              const QByteArray &later)
{
    // The signed revision is a prefix of the later file when both come from one file; when
    // not, it is compared all the same, as its own document.
    if (later.startsWith(signedRevision))
        return RevisionDiff(later).changesSince(signedRevision.size());
    PdfMemDocument before, after;
    QString error;
    if (!load(before, signedRevision, error) || !load(after, later, error))
        return {error};
    try {
        Comparison comparison{before, after, {}, {}, {}, {}, {}};
        comparison.run();
        return comparison.changes;
    } catch (const PdfError &e) {
        return {readError(e)};
    }
}

} // namespace csr::sign
