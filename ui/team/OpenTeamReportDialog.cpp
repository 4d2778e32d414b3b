#include "OpenTeamReportDialog.h"

#include "TeamConnection.h"
#include "TeamPassword.h"
#include "TeamStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace csr::ui {

OpenTeamReportDialog::OpenTeamReportDialog(QWidget *parent)
    : QDialog(parent), m_server(new QLineEdit), m_report(new QComboBox), m_message(new QLabel)
{
    setWindowTitle(tr("Open Team Report"));
    m_server->setPlaceholderText(QStringLiteral("postgresql://anna@db.unit.local/csr"));
    m_server->setText(QSettings().value(QStringLiteral("team/server")).toString());
    m_report->setEditable(true);
    m_message->setWordWrap(true);
    auto *list = new QPushButton(tr("List Reports"));
    connect(list, &QPushButton::clicked, this, &OpenTeamReportDialog::listReports);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Server:"), m_server);
    form->addRow(QString(), list);
    form->addRow(tr("Report:"), m_report);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("team/server"), m_server->text().trimmed());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

QString OpenTeamReportDialog::address() const
{
    return m_server->text().trimmed() + QLatin1Char('#') + m_report->currentText().trimmed();
}

bool OpenTeamReportDialog::listReports()
{
    QString error;
    QSqlDatabase db = team::TeamConnection::open(team::TeamAddress::parse(m_server->text()), &error,
                                                 passwordPrompt(this));
    if (!db.isValid()) {
        m_message->setText(error);
        return false;
    }
    const auto reports = team::TeamStore::list(db, &error);
    team::TeamConnection::close(db);
    if (!error.isEmpty()) {
        m_message->setText(error);
        return false;
    }
    m_report->clear();
    for (const auto &r : reports)
        m_report->addItem(r.name);
    m_message->setText(tr("%n report(s) on this server.", nullptr, int(reports.size())));
    return true;
}

} // namespace csr::ui
