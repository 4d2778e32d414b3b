#pragma once

#include "PageLayout.h"
#include "PdfAttachments.h"
#include "PdfMetadata.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace csr::print {

struct OutlineItem
{
    QString title;
    int depth = 0;
    int page = 0;   // 0-based
    qreal yTop = 0; // points from the page top
};

// A click area on one page that jumps to a place on another (a TOC line to its chapter).
struct PageLink
{
    int page = 0;
    QRectF rectTopDown;
    int targetPage = 0;
    qreal targetYTop = 0;
};

// A photo's alternative text over the photo. Qt 6.4 writes no structure tree, so the PDF `/Alt`
// of a tagged Figure is out of reach; tagging the photos alone would make readers that trust
// the tags skip all the untagged text. The text goes instead into the /Contents of an invisible
// annotation over the photo: PDF's "alternate description" of a non-text annotation, which
// viewers show on hover and assistive technology can read.
struct AltText
{
    int page = 0;
    QRectF rectTopDown;
    QString text;
};

// What Qt 6.4's PDF writer cannot write: the bookmark outline and internal GoTo links.
struct Navigation
{
    QList<OutlineItem> outline;
    QList<PageLink> links;
    QList<PageNote> notes; // the review edition's comments, as text annotations
    QList<AltText> altTexts;
    // Embedded files, as the PDF writer was given them, and what post-processing adds.
    QList<EmbeddedFileInfo> attachments;
    qreal pageHeight = 842;

    // One bookmark per chapter and section down to outlineDepth, one link per TOC line.
    static Navigation forLayout(const PageLayout &layout, int outlineDepth = 2);
};

// Post-processing with PoDoFo: adds the outline (opened with the document), the TOC's GoTo link
// annotations (print flag set, no border, as PDF/A wants), the review edition's comment notes
// the embedded files' descriptions (PdfAttachments.h) and the document information, and
// rewrites the file. Returns an empty string, or what went wrong.
QString finishPdf(const QByteArray &written, QByteArray &finished, const Navigation &navigation,
                  const PdfDocumentInfo &info);

} // namespace csr::print
