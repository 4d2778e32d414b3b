#include "PdfOutline.h"

#include "PdfSubsetFonts.h"

#include <QCoreApplication>
#include <QHash>
#include <deque>
#include <memory>
#include <podofo/podofo.h>

namespace csr::print {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::PdfOutline)
};

PoDoFo::PdfString pdfText(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8 *>(utf8.constData()));
}

PoDoFo::PdfString pdfDateString(const QDateTime &utc)
{
    return PoDoFo::PdfString(pdfDate(utc).constData());
}

// The pages in order, each found once. PoDoFo's GetPage(n) walks the page tree from its root and
// counts n kids, so a link or bookmark per page made post-processing quadratic (14 % of a
// 2,000-page export). The tree here is the one Qt just wrote (one /Pages node), but it is
// walked as any tree would be, with a depth limit.
class PageList
{
public:
    explicit PageList(PoDoFo::PdfMemDocument &doc)
    {
        PoDoFo::PdfObject *root = doc.GetPagesTree() ? doc.GetPagesTree()->GetObject() : nullptr;
        if (root && root->IsDictionary())
            collect(doc.GetObjects(), root, {});
    }

    int size() const { return int(m_nodes.size()); }

    // The page's PdfPage, made on first use (it wraps the object; the list owns it).
    PoDoFo::PdfPage *page(int index)
    {
        Node &n = m_nodes.at(std::size_t(index));
        if (!n.page)
            n.page = std::make_unique<PoDoFo::PdfPage>(n.object, *n.parents);
        return n.page.get();
    }

private:
    using Parents = std::deque<PoDoFo::PdfObject *>;
    struct Node
    {
        PoDoFo::PdfObject *object;
        std::shared_ptr<const Parents> parents; // shared by the kids of one /Pages node
        std::unique_ptr<PoDoFo::PdfPage> page;
    };

    void collect(PoDoFo::PdfVecObjects &objects, PoDoFo::PdfObject *node, const Parents &above)
    {
        using namespace PoDoFo;
        if (above.size() > 32)
            return;
        const PdfObject *kids = node->GetDictionary().GetKey(PdfName("Kids"));
        if (!kids || !kids->IsArray())
            return;
        auto parents = std::make_shared<Parents>(above);
        parents->push_back(node);
        for (const PdfObject &kid : kids->GetArray()) {
            PdfObject *child = kid.IsReference() ? objects.GetObject(kid.GetReference()) : nullptr;
            if (!child || !child->IsDictionary())
                continue;
            const PdfObject *type = child->GetDictionary().GetKey(PdfName::KeyType);
            if (type && type->IsName() && type->GetName() == PdfName("Page"))
                m_nodes.push_back({child, parents, nullptr});
            else
                collect(objects, child, *parents);
        }
    }

    std::vector<Node> m_nodes;
};

} // namespace

Navigation Navigation::forLayout(const PageLayout &layout, int outlineDepth)
{
    Navigation nav;
    nav.pageHeight = layout.geometry.size.height();
    for (const ChapterStart &c : layout.chapters)
        if (c.depth <= outlineDepth && c.page >= 0)
            nav.outline.append({c.text, c.depth, c.page, c.y});
    // By id, not a search per entry: a 1,800-page report has thousands of chapters.
    QHash<QString, const ChapterStart *> starts;
    for (const ChapterStart &c : layout.chapters)
        if (!starts.contains(c.chapterId)) // the first, as a search would find
            starts.insert(c.chapterId, &c);
    for (const TocEntry &t : layout.toc) {
        const ChapterStart *c = starts.value(t.chapterId);
        if (c && c->page >= 0)
            nav.links.append({t.tocPage, t.rect, c->page, c->y});
    }
    nav.notes = layout.notes;
    for (int page = 0; page < layout.pages.size(); ++page)
        for (const Primitive &p : layout.pages[page].primitives)
            if (const auto *image = std::get_if<ImageBox>(&p);
                image && !image->picture.isNull() && !image->altText.trimmed().isEmpty())
                nav.altTexts.append({page, image->rect, image->altText.trimmed()});
    nav.attachments = embeddedFileInfo(layout.attachments);
    return nav;
}

QString finishPdf(const QByteArray &written, QByteArray &finished, const Navigation &nav,
                  const PdfDocumentInfo &info)
{
    using namespace PoDoFo;
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    try {
        PdfMemDocument doc;
        doc.LoadFromBuffer(written.constData(), long(written.size()));
        PageList pageList(doc);
        const int pages = pageList.size();
        auto destination = [&](int page, qreal yTop) {
            // XYZ with a null zoom keeps the reader's zoom; a little air above the heading.
            return PdfDestination(pageList.page(page), 0.0,
                                  std::min<double>(nav.pageHeight, nav.pageHeight - yTop + 12),
                                  0.0);
        };

        if (!nav.outline.isEmpty()) {
            PdfOutlines *outlines = doc.GetOutlines(true);
            QList<PdfOutlineItem *> parents{outlines};
            for (const OutlineItem &item : nav.outline) {
                if (item.page < 0 || item.page >= pages)
                    continue;
                const int depth = std::min<int>(item.depth, parents.size() - 1);
                parents.resize(depth + 1);
                parents.append(parents[depth]->CreateChild(pdfText(item.title),
                                                           destination(item.page, item.yTop)));
            }
            doc.SetPageMode(ePdfPageModeUseBookmarks);
        }

        for (const PageLink &link : nav.links) {
            if (link.page < 0 || link.page >= pages || link.targetPage < 0 ||
                link.targetPage >= pages)
                continue;
            const QRectF &r = link.rectTopDown;
            PdfAnnotation *a = pageList.page(link.page)->CreateAnnotation(
                ePdfAnnotation_Link,
                PdfRect(r.left(), nav.pageHeight - r.bottom(), r.width(), r.height()));
            a->SetDestination(destination(link.targetPage, link.targetYTop));
            a->SetFlags(ePdfAnnotationFlags_Print);
            a->SetBorderStyle(0, 0, 0);
        }

        for (const PageNote &note : nav.notes) {
            if (note.page < 0 || note.page >= pages)
                continue;
            const QRectF &r = note.rectTopDown;
            PdfAnnotation *a = pageList.page(note.page)->CreateAnnotation(
                ePdfAnnotation_Text,
                PdfRect(r.left(), nav.pageHeight - r.bottom(), r.width(), r.height()));
            a->SetContents(pdfText(note.text));
            a->SetTitle(pdfText(note.author));
            a->SetOpen(false);
            a->SetFlags(ePdfAnnotationFlags_Print | ePdfAnnotationFlags_NoZoom |
                        ePdfAnnotationFlags_NoRotate);
            // Open threads as the usual yellow note, resolved ones grey; a passage changed since
            // approval blue, with the "Note" icon, like the bar beside it.
            static constexpr double Open[3] = {1.0, 0.8, 0.0}, Resolved[3] = {0.6, 0.6, 0.6},
                                    Change[3] = {0.12, 0.44, 0.82};
            PdfArray colour;
            for (const double c : note.change ? Change : note.resolved ? Resolved : Open)
                colour.push_back(PdfVariant(c));
            a->GetObject()->GetDictionary().AddKey(PdfName("C"), colour);
            a->GetObject()->GetDictionary().AddKey(PdfName("Name"),
                                                   PdfName(note.change ? "Note" : "Comment"));
        }

        for (const AltText &alt : nav.altTexts) {
            if (alt.page < 0 || alt.page >= pages)
                continue;
            const QRectF &r = alt.rectTopDown;
            const PdfRect rect(r.left(), nav.pageHeight - r.bottom(), r.width(), r.height());
            PdfAnnotation *a =
                pageList.page(alt.page)->CreateAnnotation(ePdfAnnotation_Square, rect);
            a->SetContents(pdfText(alt.text));
            a->SetFlags(ePdfAnnotationFlags_Print | ePdfAnnotationFlags_ReadOnly);
            a->SetBorderStyle(0, 0, 0);
            // An empty appearance: the photo is seen as painted, never framed by a viewer.
            PdfXObject empty(PdfRect(0, 0, r.width(), r.height()), &doc);
            a->SetAppearanceStream(&empty);
        }

        completeAttachments(doc, nav.attachments, info.created);

        PdfInfo *pdfInfo = doc.GetInfo();
        pdfInfo->SetTitle(pdfText(info.title));
        pdfInfo->SetAuthor(pdfText(info.author));
        pdfInfo->SetSubject(pdfText(info.subject));
        pdfInfo->SetKeywords(pdfText(info.keywords));
        pdfInfo->SetCreator(pdfText(info.creator));
        pdfInfo->SetProducer(pdfText(info.producer));
        // The same instants as the XMP packet: PDF/A wants the two to agree.
        pdfInfo->GetObject()->GetDictionary().AddKey(PdfName("CreationDate"),
                                                     pdfDateString(info.created));
        pdfInfo->GetObject()->GetDictionary().AddKey(PdfName("ModDate"),
                                                     pdfDateString(info.created));

        // In the same pass: the file is parsed and written once.
        nameSubsetFonts(doc);

        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        doc.Write(&device);
        finished = QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PdfError &e) {
        return Tr::tr("Adding the bookmarks and links to the PDF failed: %1")
            .arg(QString::fromUtf8(PdfError::ErrorMessage(e.GetError())));
    }
    return {};
}

} // namespace csr::print
