#include "ImportReview.h"

#include <QCoreApplication>

namespace csr {

QString importReviewKindTitle(ImportReviewItem::Kind kind)
{
    const char *const context = "csr::ImportReview";
    switch (kind) {
    case ImportReviewItem::Kind::ImportedChapter:
        return QCoreApplication::translate(context, "Imported chapters");
    case ImportReviewItem::Kind::UnmatchedHeading:
        return QCoreApplication::translate(context, "Headings without a template chapter");
    case ImportReviewItem::Kind::GuessedLabel:
        return QCoreApplication::translate(context, "Figures with a guessed label");
    case ImportReviewItem::Kind::DateWithoutYear:
        return QCoreApplication::translate(context, "Dates without a year");
    case ImportReviewItem::Kind::PossibleHeader:
        return QCoreApplication::translate(context, "Possible headers left in the text");
    }
    return {};
}

} // namespace csr
