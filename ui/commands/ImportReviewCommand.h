#pragma once

#include "ValueCommand.h"

#include <QCoreApplication>

namespace csr::ui {

// Accepting decisions of the report import (Import Review › Accept), as one step: the list of
// what is left to check is part of the report, saved with it.
class AcceptImportReviewCommand
    : public ValueCommand<QList<ImportReviewItem>, &ReportSession::applyImportReview>
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::AcceptImportReviewCommand)
public:
    AcceptImportReviewCommand(ReportSession *session, QList<ImportReviewItem> before,
                              QList<ImportReviewItem> after)
        : ValueCommand(session, std::move(before), std::move(after),
                       tr("Accept imported decisions"))
    {
    }
};

} // namespace csr::ui
