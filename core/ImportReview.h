#pragma once

#include "Location.h"

#include <QList>
#include <QString>
#include <optional>

namespace csr {

// A decision the report import made with low confidence, for the review step: where it is in
// the imported report and what to check. Accepting one in the editor clears it.
struct ImportReviewItem
{
    enum class Kind {
        ImportedChapter,  // a chapter filled from the source: read it against the source
        UnmatchedHeading, // a heading no template chapter fits: kept as an extra chapter
        GuessedLabel,     // a figure in prose, labelled by the words before it
        DateWithoutYear,  // a dated event whose year is the report's
        PossibleHeader,   // a short line repeated in the text: a running header left behind?
    };
    Kind kind = Kind::ImportedChapter;
    QString message;
    Location location; // chapterId (and metricId / blockId) to jump to
    bool operator==(const ImportReviewItem &) const = default;
};

// "Imported chapters", "Unmatched headings", …: the review panel's groups.
QString importReviewKindTitle(ImportReviewItem::Kind kind);
// The file format's names: "importedChapter", "unmatchedHeading", "guessedLabel",
// "dateWithoutYear", "possibleHeader"; nothing for another name.
QString importReviewKindName(ImportReviewItem::Kind kind);
std::optional<ImportReviewItem::Kind> importReviewKindFromName(const QString &name);

} // namespace csr
