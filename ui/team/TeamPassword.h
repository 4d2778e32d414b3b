#pragma once

#include "TeamConnection.h"

class QWidget;

namespace csr::ui {

// Asks for a server password in a dialog when ~/.pgpass and PGPASSWORD gave none; the password
// is used for this connection only, never stored.
team::PasswordPrompt passwordPrompt(QWidget *parent);

} // namespace csr::ui
