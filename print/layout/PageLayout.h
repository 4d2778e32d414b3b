#pragma once

#include "Edition.h"
#include "FlowUnit.h"
#include "FontCoverage.h"
#include "Page.h"
#include "PageGeometry.h"
#include "PrintStyle.h"
#include "ReportWording.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

namespace csr::print {

// Where a chapter (or section) begins: the target of its TOC entry and bookmark.
struct ChapterStart
{
    QString chapterId;
    QString text; // number and title, as printed: "（一）保障员工权益"
    int depth = 0;
    int page = 0; // 0-based page index
    qreal y = 0;  // top of the heading, points from the page top
};

// One line of the table of contents; clicking rect jumps to the chapter.
struct TocEntry
{
    QString chapterId;
    int depth = 0;
    int shownPage = 0; // the page number printed (1-based, as the footer counts)
    int tocPage = 0;   // page index of the TOC page holding the entry
    QRectF rect;       // the entry's line, points from the page top
};

// Where the visible signature block (signatory, date, seal) is. The signing stage places the
// signature field's rectangle here.
struct SignatureAnchor
{
    int page = -1;      // 0-based page index
    QRectF rectPt;      // PDF user space: points, origin at the page's bottom-left corner, y up
    QRectF rectTopDown; // the same rectangle in points from the page's top-left corner, y down
};

// What a unit became on a page, for tests and tools that check pagination.
struct PlacedInfo
{
    UnitKind kind = UnitKind::Line;
    QString chapterId;
    int group = -1;
    bool repeated = false;
    bool keepWithNext = false;
    QRectF rect;
};

// A file embedded in the PDF: the report's open data set, and the internal edition's evidence
// files.
struct PdfAttachment
{
    QString fileName;
    QString mimeType;
    QByteArray data;
    // How the file relates to the document (the PDF's /AFRelationship): "Data" for the figures
    // the report prints, "Source" for the evidence they come from.
    QString relationship = QStringLiteral("Source");
    QString description = {}; // the PDF's /Desc, for readers listing the attachments
};

// A comment thread of the review edition, as a PDF text annotation ("sticky note").
struct PageNote
{
    int page = 0;
    QRectF rectTopDown; // the note's icon, points from the page top
    QString author;     // who opened the thread
    QString text;       // every comment of the thread, with author and date
    bool resolved = false;
    bool change = false; // marks a passage changed since its chapter was approved
};

// Where a block's printed lines landed (review edition), to put its comments beside them.
struct BlockLine
{
    QString blockId;
    int page = 0;
    QRectF rect;  // points from the page top
    QString text; // the line's printed text
};

// The layout of a whole report in one edition: what every page shows, and where things are.
struct PageLayout
{
    PageGeometry geometry; // the style's page
    QString fontFamily;
    PrintStyle style; // what the pages were laid out with; the painter draws with it too
    Edition edition = Edition::Public;
    QList<Page> pages;
    QList<ChapterStart> chapters; // every chapter in document order
    QList<TocEntry> toc;
    std::optional<SignatureAnchor> signature;
    QList<QList<PlacedInfo>> placed; // per page; empty lists for the cover and TOC pages
    int tocPageCount = 0;
    QStringList warnings; // e.g. the printed length differs from the promised one
    // Characters the report font lacks, per chapter heading and block (also in warnings).
    QList<MissingCharacters> missingCharacters;
    bool review = false;              // the review edition: internal + comments + status
    QList<PdfAttachment> attachments; // the data set; internal editions: the evidence files
    QList<PageNote> notes;            // review edition only: the comment threads
    QList<BlockLine> blockLines;      // review edition only
    ReportWording wording; // the words it was laid out with, for the painter and the metadata

    // From points-from-top (y down) to PDF user space (origin bottom-left, y up).
    QRectF toPdfRect(const QRectF &topDown) const
    {
        return QRectF(topDown.left(), geometry.size.height() - topDown.bottom(), topDown.width(),
                      topDown.height());
    }
};

} // namespace csr::print
