#pragma once

#include "Document.h"
#include "ImportReview.h"
#include "ImportScore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace csr {

struct Template;

// Turns last year's published report, as plain text, back into a structured report: chapters
// placed in the template's frame, figures as metrics quoted by id, dated events as timeline
// entries, the notes and the signatory as metadata. Hostile input: bounded size, binary refused.
struct ImportResult
{
    std::optional<Document> document;
    QString error;                  // why nothing was imported; empty on success
    QString encoding;               // "UTF-8" or "GB18030": what the bytes were read as
    QStringList unmatched;          // headings kept as extra chapters (no template chapter fits)
    QList<ImportReviewItem> review; // the decisions to check, in the report's order (the
                                    // document carries them too: Document::importReview)
    bool ok() const { return document.has_value(); }
};

// A paragraph of the source with what its format says about it: a Word heading style's level
// (0 for Heading 1 / 标题 1, …), -1 for body text, where the numbering then tells headings.
// A table's row is one paragraph, its cells separated by tabs.
struct SourceParagraph
{
    QString text;
    int headingLevel = -1;
};

inline constexpr qsizetype MaxImportBytes = 8 * 1024 * 1024;

// UTF-8, or GBK/GB18030 when the bytes are not UTF-8; empty with `error` set when the bytes
// are binary, too large or no known encoding.
std::optional<QString> decodeReportText(const QByteArray &bytes, QString *encoding, QString *error);

// `year` 0: taken from the text (the notes' period or the title).
ImportResult importReportText(const QByteArray &bytes, const Template &tmpl, int year = 0);

// The same from paragraphs already whole (a Word document's): nothing rejoined.
ImportResult importReportParagraphs(const QList<SourceParagraph> &paragraphs, const Template &tmpl,
                                    int year = 0);

} // namespace csr
