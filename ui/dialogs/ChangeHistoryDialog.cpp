#include "ChangeHistoryDialog.h"

#include "ChangeLogModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace csr::ui {

ChangeHistoryDialog::ChangeHistoryDialog(ReportSession *session, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Change History"));
    auto *model = new ChangeLogModel(session, this);
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("changeHistory"));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(ChangeLogModel::Figure, QHeaderView::Stretch);
    view->resizeColumnsToContents();
    auto *note = new QLabel(tr("Figures changed at each save, newest first. Set your name in "
                               "File › Preferences."),
                            this);
    note->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(view);
    layout->addWidget(box);
    resize(860, 420);
}

} // namespace csr::ui
