#include "ImportReview.h"

#include <QCoreApplication>

namespace csr {

QString importReviewKindTitle(ImportReviewItem::Kind kind)
{
    // The context is spelled out in each call: lupdate reads only literals.
    switch (kind) {
    case ImportReviewItem::Kind::ImportedChapter:
        return QCoreApplication::translate("csr::ImportReview", "Imported chapters");
    case ImportReviewItem::Kind::UnmatchedHeading:
        return QCoreApplication::translate("csr::ImportReview",
                                           "Headings without a template chapter");
    case ImportReviewItem::Kind::GuessedLabel:
        return QCoreApplication::translate("csr::ImportReview", "Figures with a guessed label");
    case ImportReviewItem::Kind::DateWithoutYear:
        return QCoreApplication::translate("csr::ImportReview", "Dates without a year");
    case ImportReviewItem::Kind::PossibleHeader:
        return QCoreApplication::translate("csr::ImportReview",
                                           "Possible headers left in the text");
    }
    return {};
}

} // namespace csr
