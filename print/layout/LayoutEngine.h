#pragma once

#include "Document.h"
#include "Edition.h"
#include "PageLayout.h"
#include "PrintStyle.h"
#include "ReportWording.h"

#include <QCoreApplication>
#include <optional>

namespace csr::print {

struct LayoutOptions
{
    Edition edition = Edition::Public;
    QString fontFamily; // a family loaded with ReportFont::load(style.font); required
    // How the report looks: page, type scale, colours, spacing, tables, charts, header and
    // footer, cover (the default: the built-in "default" style).
    PrintStyle style;
    // Heading levels the table of contents lists (1–3); 0: the report's own
    // (ReportMetadata::tocDepth, default 2: chapters and their sections).
    int tocDepth = 0;
    // The review edition (with an internal edition): each chapter's review status on its first
    // page and the comment threads as notes beside their places (PageLayout::notes).
    bool review = false;
    // The printed report's fixed words, dates and number format; empty: the built-in table of
    // the report's language (metadata.language). Never the UI translator's.
    std::optional<ReportWording> wording;
};

// The whole report as pages: cover, table of contents, report notes, chapters, each page with
// its running header and "n / N" footer. Pure and reentrant (no painting, no global state), so
// it can run on a worker thread.
//
// Page order and numbering: page 1 is the cover, then the table of contents, then the report
// notes and the chapters, each top-level chapter on a new page. Printed page numbers are the
// physical ones, so the TOC, the footer and a PDF viewer agree.
class LayoutEngine
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::LayoutEngine)

public:
    static PageLayout layout(const Document &doc, const LayoutOptions &options);
};

} // namespace csr::print
