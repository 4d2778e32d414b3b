#pragma once

#include "ValueCommand.h"

#include <QCoreApplication>

namespace csr::ui {

// The report details (unit, year, period, scope, standards, page budget), as one step.
class EditMetadataCommand : public ValueCommand<ReportMetadata, &ReportSession::applyMetadata>
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::EditMetadataCommand)
public:
    EditMetadataCommand(ReportSession *session, ReportMetadata before, ReportMetadata after)
        : ValueCommand(session, std::move(before), std::move(after), tr("Change report details"))
    {
    }
};

} // namespace csr::ui
