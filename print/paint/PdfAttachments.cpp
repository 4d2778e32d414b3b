#include "PdfAttachments.h"

#include "PdfMetadata.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <algorithm>
#include <podofo/podofo.h>

namespace csr::print {

namespace {

PoDoFo::PdfString pdfText(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8 *>(utf8.constData()));
}

PoDoFo::PdfObject *resolve(PoDoFo::PdfMemDocument &doc, PoDoFo::PdfObject *object)
{
    if (object && object->IsReference())
        return doc.GetObjects().GetObject(object->GetReference());
    return object;
}

// A name tree's keys must be in byte order; Qt writes them in the order they were added.
void sortNameTree(PoDoFo::PdfMemDocument &doc)
{
    using namespace PoDoFo;
    PdfObject *names = resolve(doc, doc.GetCatalog()->GetDictionary().GetKey(PdfName("Names")));
    if (!names || !names->IsDictionary())
        return;
    PdfObject *files = resolve(doc, names->GetDictionary().GetKey(PdfName("EmbeddedFiles")));
    if (!files || !files->IsDictionary())
        return;
    PdfObject *list = resolve(doc, files->GetDictionary().GetKey(PdfName("Names")));
    if (!list || !list->IsArray() || list->GetArray().size() % 2 != 0)
        return;
    PdfArray &array = list->GetArray();
    QList<std::pair<std::string, std::pair<PdfObject, PdfObject>>> pairs;
    for (size_t i = 0; i + 1 < array.size(); i += 2) {
        if (!array[i].IsString())
            return;
        pairs.append({array[i].GetString().GetStringUtf8(), {array[i], array[i + 1]}});
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    PdfArray sorted;
    for (const auto &p : pairs) {
        sorted.push_back(p.second.first);
        sorted.push_back(p.second.second);
    }
    array = sorted;
}

} // namespace

QString attachmentAsciiName(const PdfAttachment &attachment, int index)
{
    if (attachment.relationship == QLatin1String("Data"))
        return attachment.fileName;
    const QString suffix = QFileInfo(attachment.fileName).suffix();
    QString ascii;
    for (const QChar c : suffix)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            ascii += c;
    return QStringLiteral("evidence-%1").arg(index + 1) +
           (ascii.isEmpty() ? QString() : QLatin1Char('.') + ascii);
}

QList<EmbeddedFileInfo> embeddedFileInfo(const QList<PdfAttachment> &attachments)
{
    QList<EmbeddedFileInfo> out;
    for (int i = 0; i < attachments.size(); ++i) {
        const PdfAttachment &a = attachments[i];
        out.append({attachmentAsciiName(a, i), a.fileName, a.relationship, a.description,
                    a.data.size(), QCryptographicHash::hash(a.data, QCryptographicHash::Md5)});
    }
    return out;
}

void completeAttachments(PoDoFo::PdfMemDocument &doc, const QList<EmbeddedFileInfo> &files,
                         const QDateTime &modified)
{
    using namespace PoDoFo;
    if (files.isEmpty())
        return;
    PdfArray associated;
    for (PdfObject *object : doc.GetObjects()) {
        if (!object->IsDictionary())
            continue;
        PdfDictionary &dict = object->GetDictionary();
        const PdfObject *type = dict.GetKey(PdfName("Type"));
        const PdfObject *f = dict.GetKey(PdfName("F"));
        if (!type || !type->IsName() || type->GetName() != PdfName("Filespec") || !f ||
            !f->IsString())
            continue;
        const QString given = QString::fromStdString(f->GetString().GetStringUtf8());
        const auto info = std::find_if(files.begin(), files.end(), [&](const EmbeddedFileInfo &e) {
            return e.givenName == given;
        });
        if (info == files.end())
            continue;
        dict.AddKey(PdfName("UF"), pdfText(info->name));
        dict.AddKey(PdfName("AFRelationship"), PdfName(info->relationship.toStdString()));
        if (!info->description.isEmpty())
            dict.AddKey(PdfName("Desc"), pdfText(info->description));
        PdfObject *ef = resolve(doc, dict.GetKey(PdfName("EF")));
        PdfObject *stream = ef && ef->IsDictionary()
                                ? resolve(doc, ef->GetDictionary().GetKey(PdfName("F")))
                                : nullptr;
        if (stream && stream->IsDictionary()) {
            PdfDictionary params;
            params.AddKey(PdfName("Size"), PdfVariant(pdf_int64(info->size)));
            params.AddKey(PdfName("CheckSum"),
                          PdfString(info->md5.constData(), info->md5.size(), true));
            params.AddKey(PdfName("ModDate"), PdfString(pdfDate(modified).constData()));
            stream->GetDictionary().AddKey(PdfName("Type"), PdfName("EmbeddedFile"));
            stream->GetDictionary().AddKey(PdfName("Params"), params);
        }
        associated.push_back(object->Reference());
    }
    if (!associated.empty())
        doc.GetCatalog()->GetDictionary().AddKey(PdfName("AF"), associated);
    sortNameTree(doc);
}

} // namespace csr::print
