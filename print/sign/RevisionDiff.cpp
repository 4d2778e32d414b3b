#include "RevisionDiff.h"

#include <podofo/podofo.h>

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

QByteArray streamBytes(const PdfObject &object)
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
           streamBytes(a) == streamBytes(b);
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

const PdfObject *resolve(const PdfObject *value, const PdfVecObjects &objects)
{
    while (value && value->IsReference())
        value = objects.GetObject(value->GetReference());
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

struct Comparison
{
    PdfMemDocument before;
    PdfMemDocument after;
    QStringList changes;
    std::set<PdfReference> handled; // compared by a rule of their own

    const PdfVecObjects &oldObjects() { return before.GetObjects(); }
    const PdfVecObjects &newObjects() { return after.GetObjects(); }

    // An array of references that may only grow by signature fields or their widgets: the
    // form's /Fields, a page's /Annots.
    void checkGrowsBySignatures(const PdfObject *oldArray, const PdfObject *newArray,
                                const QString &what, bool widgets)
    {
        std::set<std::string> kept;
        if (oldArray && oldArray->IsArray())
            for (const PdfObject &element : oldArray->GetArray())
                kept.insert(serialized(element));
        std::set<std::string> now;
        if (newArray && newArray->IsArray()) {
            for (const PdfObject &element : newArray->GetArray()) {
                now.insert(serialized(element));
                if (kept.count(serialized(element)))
                    continue;
                const PdfObject *added = resolve(&element, newObjects());
                const bool widget =
                    !widgets || nameIs(keyOf(added, "Subtype", newObjects()), "Widget");
                if (!widget || !isSignatureField(added, newObjects()))
                    changes << RevisionDiff::tr("%1: an entry other than a signature was added.")
                                   .arg(what);
            }
        }
        for (const std::string &element : kept)
            if (!now.count(element)) {
                changes << RevisionDiff::tr("%1: an entry was removed.").arg(what);
                break;
            }
    }

    void checkForm()
    {
        const PdfObject *oldCatalog = before.GetCatalog();
        const PdfObject *newCatalog = after.GetCatalog();
        const PdfObject *oldForm = keyOf(oldCatalog, "AcroForm", oldObjects());
        const PdfObject *newForm = keyOf(newCatalog, "AcroForm", newObjects());
        for (const PdfObject *form :
             {oldCatalog->GetDictionary().GetKey(PdfName("AcroForm")),
              oldForm ? oldForm->GetDictionary().GetKey(PdfName("Fields")) : nullptr})
            if (form && form->IsReference())
                handled.insert(form->GetReference());
        if (oldForm && !newForm) {
            changes << tr("The form (AcroForm) was removed.");
            return;
        }
        if (!newForm)
            return;
        if (oldForm && oldForm->IsDictionary() && newForm->IsDictionary()) {
            // A signer sets SigFlags and NeedAppearances besides listing its field.
            const QStringList keys =
                differingKeys(oldForm->GetDictionary(), newForm->GetDictionary(),
                              {"Fields", "SigFlags", "NeedAppearances"});
            if (!keys.isEmpty())
                changes
                    << tr("The form (AcroForm) changed: %1.").arg(keys.join(QLatin1String(", ")));
        }
        checkGrowsBySignatures(keyOf(oldForm, "Fields", oldObjects()),
                               keyOf(newForm, "Fields", newObjects()), tr("The form's field list"),
                               false);
    }

    void checkCatalog()
    {
        const PdfObject *oldCatalog = before.GetCatalog();
        const PdfObject *newCatalog = after.GetCatalog();
        handled.insert(oldCatalog->Reference());
        if (oldCatalog->Reference() != newCatalog->Reference()) {
            changes << tr("The document catalog was replaced (object %1 by %2).")
                           .arg(refText(oldCatalog->Reference()), refText(newCatalog->Reference()));
            return;
        }
        const QStringList keys = differingKeys(
            oldCatalog->GetDictionary(), newCatalog->GetDictionary(), {"AcroForm", "Perms", "DSS"});
        if (!keys.isEmpty())
            changes << tr("The document catalog changed: %1.").arg(keys.join(QLatin1String(", ")));
    }

    void checkPages()
    {
        for (int i = 0; i < before.GetPageCount(); ++i) {
            const PdfObject *oldPage = before.GetPage(i)->GetObject();
            handled.insert(oldPage->Reference());
            const PdfObject *newPage = newObjects().GetObject(oldPage->Reference());
            if (!newPage || !newPage->IsDictionary())
                continue; // reported as a removed or changed object
            const PdfObject *annots = oldPage->GetDictionary().GetKey(PdfName("Annots"));
            if (annots && annots->IsReference())
                handled.insert(annots->GetReference());
            const QStringList keys =
                differingKeys(oldPage->GetDictionary(), newPage->GetDictionary(), {"Annots"});
            if (!keys.isEmpty())
                changes << tr("Page %1 (object %2) changed: %3.")
                               .arg(i + 1)
                               .arg(refText(oldPage->Reference()), keys.join(QLatin1String(", ")));
            checkGrowsBySignatures(keyOf(oldPage, "Annots", oldObjects()),
                                   keyOf(newPage, "Annots", newObjects()),
                                   tr("The annotations of page %1").arg(i + 1), true);
        }
    }

    // PoDoFo stamps /ModDate and /Producer whenever it writes, so a second signature changes
    // them; it even stamps them in memory when it reads, which is why they are left out here
    // rather than trusted to compare equal.
    void checkInfo()
    {
        const PdfObject *oldInfo = before.GetTrailer()->GetDictionary().GetKey(PdfName("Info"));
        if (!oldInfo || !oldInfo->IsReference()) {
            // PoDoFo made an /Info of its own, never part of the file.
            if (before.GetInfo())
                handled.insert(before.GetInfo()->GetObject()->Reference());
            return;
        }
        const PdfObject *oldDict = resolve(oldInfo, oldObjects());
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

    // Names an object by the page whose content it is, else by its /Type.
    QString describe(const PdfObject &object)
    {
        for (int i = 0; i < before.GetPageCount(); ++i) {
            const PdfObject *contents =
                before.GetPage(i)->GetObject()->GetDictionary().GetKey(PdfName("Contents"));
            if (!contents)
                continue;
            const PdfObject *resolved = resolve(contents, oldObjects());
            bool isContent =
                contents->IsReference() && contents->GetReference() == object.Reference();
            if (resolved && resolved->IsArray())
                for (const PdfObject &part : resolved->GetArray())
                    isContent = isContent ||
                                (part.IsReference() && part.GetReference() == object.Reference());
            if (isContent)
                return tr("The content of page %1 (object %2) was changed.")
                    .arg(i + 1)
                    .arg(refText(object.Reference()));
        }
        QString kind;
        for (const char *key : {"Type", "Subtype"})
            if (const PdfObject *name = keyOf(&object, key, oldObjects()); name && name->IsName())
                kind += QLatin1Char('/') + QString::fromStdString(name->GetName().GetName());
        return kind.isEmpty()
                   ? tr("Object %1 was changed.").arg(refText(object.Reference()))
                   : tr("Object %1 (%2) was changed.").arg(refText(object.Reference()), kind);
    }

    void checkObjects()
    {
        for (const PdfObject *object : oldObjects()) {
            const PdfReference ref = object->Reference();
            if (handled.count(ref))
                continue;
            const PdfObject *now = newObjects().GetObject(ref);
            if (!now)
                changes << tr("Object %1 was removed.").arg(refText(ref));
            else if (!sameObject(*object, *now))
                changes << describe(*object);
        }
    }

    static QString tr(const char *text) { return RevisionDiff::tr(text); }
};

} // namespace

QStringList RevisionDiff::changesAfterSigning(const QByteArray &signedRevision,
                                              const QByteArray &later)
{
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    auto comparison = std::make_unique<Comparison>();
    try {
        comparison->before.LoadFromBuffer(signedRevision.constData(), long(signedRevision.size()));
        comparison->after.LoadFromBuffer(later.constData(), long(later.size()));
        comparison->checkInfo();
        comparison->checkCatalog();
        comparison->checkForm();
        comparison->checkPages();
        comparison->checkObjects();
    } catch (const PdfError &e) {
        return {tr("The revisions could not be compared (%1).")
                    .arg(QString::fromLatin1(PdfError::ErrorMessage(e.GetError())))};
    }
    comparison->changes.removeDuplicates();
    return comparison->changes;
}

} // namespace csr::sign
