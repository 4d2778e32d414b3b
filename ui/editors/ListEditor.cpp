#include "ListEditor.h"

#include "FitToRows.h"
#include "ListModel.h"
#include "RowButtons.h"

#include <QListView>
#include <QVBoxLayout>

namespace csr::ui {

ListEditor::ListEditor(ReportSession *session, const QString &blockId, QWidget *parent)
    : QWidget(parent), m_model(new ListModel(session, blockId, this)), m_view(new QListView(this)),
      m_buttons(new RowButtons(RowButtons::Order::Movable, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // As tall as the content: the chapter form's closing stretch takes the spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_view);
    layout->addWidget(m_buttons);

    connect(m_buttons, &RowButtons::addClicked, this, [this] {
        const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
        if (m_model->addItem(row, tr("New item"))) {
            const QModelIndex i = m_model->index(row);
            m_view->setCurrentIndex(i);
            m_view->edit(i);
        }
    });
    connect(m_buttons, &RowButtons::removeClicked, this,
            [this] { m_model->removeItem(currentRow()); });
    connect(m_buttons, &RowButtons::moveClicked, this, [this](int delta) {
        const int row = currentRow();
        if (m_model->moveItem(row, delta))
            m_view->setCurrentIndex(m_model->index(row + delta));
    });
    keepFittedToRows(m_view);
    retranslate();
}

void ListEditor::retranslate()
{
    m_buttons->retranslate(tr("Add item"), tr("Remove"));
}

int ListEditor::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

} // namespace csr::ui
