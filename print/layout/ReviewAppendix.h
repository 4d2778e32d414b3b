#pragma once

#include "BlockLayouter.h"
#include "Document.h"

#include <QList>

namespace csr::print {

// The internal edition's appendix for reviewers and auditors: the sign-off record (each
// chapter's status, who approved it when, and every override of the sign-off gate) and the
// evidence index (each file backing a figure, with its SHA-256; the files themselves are
// embedded as PDF attachments). The public edition never gets either.
// Its words are the report's wording (review.*), the blocks' for the sections.
class ReviewAppendix
{
public:
    static bool hasSignOffRecord(const Document &doc) { return doc.review.isInUse(); }
    static bool hasEvidenceIndex(const Document &doc) { return !doc.evidence.isEmpty(); }
    // The body of each section, without its heading.
    static QList<FlowUnit> signOffRecord(const Document &doc, BlockLayouter &blocks);
    static QList<FlowUnit> evidenceIndex(const Document &doc, BlockLayouter &blocks);
    // "审阅状态：已审定 — 李审核，2024-03-01" for the review edition's chapter pages.
    static QString statusLine(const Document &doc, const Chapter &chapter,
                              const ReportWording &wording);
    // "已审定" / "approved": the status as the report's language says it (review.status.*).
    static QString statusText(ChapterStatus status, const ReportWording &wording);
};

} // namespace csr::print
