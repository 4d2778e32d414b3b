#pragma once

#include "ValueCommand.h"

#include <QCoreApplication>

namespace csr::ui {

// The signatory of the public statement (name, title, date, seal image), as one step.
class SignatoryCommand : public ValueCommand<Signatory, &ReportSession::applySignatory>
{
    Q_DECLARE_TR_FUNCTIONS(csr::ui::SignatoryCommand)
public:
    SignatoryCommand(ReportSession *session, Signatory before, Signatory after)
        : ValueCommand(session, std::move(before), std::move(after), tr("Change signatory"))
    {
    }
};

} // namespace csr::ui
