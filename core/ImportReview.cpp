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

namespace {
using Kind = ImportReviewItem::Kind;
const std::pair<Kind, const char *> KindNames[] = {
    {Kind::ImportedChapter, "importedChapter"}, {Kind::UnmatchedHeading, "unmatchedHeading"},
    {Kind::GuessedLabel, "guessedLabel"},       {Kind::DateWithoutYear, "dateWithoutYear"},
    {Kind::PossibleHeader, "possibleHeader"},
};
} // namespace

QString importReviewKindName(ImportReviewItem::Kind kind)
{
    for (const auto &[k, name] : KindNames)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<ImportReviewItem::Kind> importReviewKindFromName(const QString &name)
{
    for (const auto &[k, n] : KindNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

} // namespace csr
