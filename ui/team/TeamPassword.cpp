#include "TeamPassword.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QPointer>

namespace csr::ui {

team::PasswordPrompt passwordPrompt(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const QString &server) {
        return QInputDialog::getText(
            owner, QCoreApplication::translate("csr::ui::TeamPassword", "Password"),
            QCoreApplication::translate("csr::ui::TeamPassword", "Password for %1:").arg(server),
            QLineEdit::Password);
    };
}

} // namespace csr::ui
