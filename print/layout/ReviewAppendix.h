#pragma once

#include "BlockLayouter.h"
#include "Document.h"

#include <QCoreApplication>
#include <QList>

namespace csr::print {

// The internal edition's appendix for reviewers and auditors: the sign-off record (each
// chapter's status, who approved it when, and every override of the sign-off gate) and the
// evidence index (each file backing a figure, with its SHA-256; the files themselves are
// embedded as PDF attachments). The public edition never gets either.
class ReviewAppendix
{
    Q_DECLARE_TR_FUNCTIONS(csr::print::ReviewAppendix)
public:
    static bool hasSignOffRecord(const Document &doc) { return doc.review.isInUse(); }
    static bool hasEvidenceIndex(const Document &doc) { return !doc.evidence.isEmpty(); }
    static QString signOffTitle();
    static QString evidenceTitle();
    // The body of each section, without its heading.
    static QList<FlowUnit> signOffRecord(const Document &doc, BlockLayouter &blocks);
    static QList<FlowUnit> evidenceIndex(const Document &doc, BlockLayouter &blocks);
    // "审阅状态：已批准 — 李审核，2024-03-01" for the review edition's chapter pages.
    static QString statusLine(const Document &doc, const Chapter &chapter);
};

} // namespace csr::print
