#include "RequestFiguresDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace csr::ui {

RequestFiguresDialog::RequestFiguresDialog(const QString &folder, QWidget *parent)
    : QDialog(parent), m_grouping(new QComboBox(this)), m_folder(new QLineEdit(folder, this))
{
    setWindowTitle(tr("Request Figures"));
    m_grouping->addItem(tr("One workbook per person (chapter assignee)"));
    m_grouping->addItem(tr("One workbook per chapter"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this,
                                                                 tr("Folder for the "
                                                                    "workbooks"),
                                                                 m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *note = new QLabel(tr("Each workbook has a sheet per metric table: the colleague fills in "
                               "this year's figures and their sources, and sends it back for "
                               "File › Import Figures…. The workbooks are in the report's "
                               "language."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write Workbooks"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("Workbooks:"), m_grouping);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(buttons);
    resize(560, 200);
}

RequestGrouping RequestFiguresDialog::grouping() const
{
    return m_grouping->currentIndex() == 1 ? RequestGrouping::Chapter : RequestGrouping::Assignee;
}

QString RequestFiguresDialog::folder() const
{
    return m_folder->text().trimmed();
}

} // namespace csr::ui
