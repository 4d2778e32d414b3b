#include "ListEditor.h"

#include "ListModel.h"

#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace csr::ui {

ListEditor::ListEditor(ReportSession *session, const QString &blockId, QWidget *parent)
    : QWidget(parent), m_model(new ListModel(session, blockId, this)), m_view(new QListView(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_up(new QPushButton(this)),
      m_down(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // As tall as the content: the chapter form's closing stretch takes the spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
        if (m_model->addItem(row, tr("New item"))) {
            const QModelIndex i = m_model->index(row);
            m_view->setCurrentIndex(i);
            m_view->edit(i);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->removeItem(currentRow()); });
    auto move = [this](int delta) {
        const int row = currentRow();
        if (m_model->moveItem(row, delta))
            m_view->setCurrentIndex(m_model->index(row + delta));
    };
    connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [move] { move(+1); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListEditor::fitHeight);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListEditor::fitHeight);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ListEditor::fitHeight);
    retranslate();
    fitHeight();
}

void ListEditor::retranslate()
{
    m_add->setText(tr("Add item"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
}

int ListEditor::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void ListEditor::fitHeight()
{
    const int rowHeight = std::max(m_view->sizeHintForRow(0), fontMetrics().height() + 6);
    m_view->setFixedHeight(std::max(1, m_model->rowCount()) * rowHeight + 2 * m_view->frameWidth() +
                           4);
}

} // namespace csr::ui
