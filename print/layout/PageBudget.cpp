#include "PageBudget.h"

#include "LayoutEngine.h"
#include "ReportFont.h"
#include "ReportStyle.h"

#include <QCoreApplication>

namespace csr::print {

namespace {
struct Tr
{
    // The export's message since before this check moved here: its translation still applies.
    Q_DECLARE_TR_FUNCTIONS(csr::print::LayoutEngine)
};
} // namespace

std::optional<Finding> PageBudget::check(const Document &doc, int printedPages)
{
    const int budget = doc.metadata.pageBudget;
    if (budget <= 0 || budget == printedPages)
        return std::nullopt;
    return Finding{Finding::Severity::Warning,
                   QStringLiteral("page-budget-differs"),
                   Tr::tr("The report notes promise %1 pages; the printed report has %2.")
                       .arg(budget)
                       .arg(printedPages),
                   {.field = QStringLiteral("metadata.pageBudget")}};
}

std::optional<Finding> PageBudget::layOutAndCheck(const Document &doc)
{
    if (doc.metadata.pageBudget <= 0)
        return std::nullopt;
    const ReportStyle style = ReportStyle::prepare(doc);
    if (!style.ok())
        return std::nullopt;
    return check(doc, int(LayoutEngine::layout(doc, style.options(Edition::Public)).pages.size()));
}

} // namespace csr::print
