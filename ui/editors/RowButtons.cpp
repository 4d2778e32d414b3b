#include "RowButtons.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace csr::ui {

RowButtons::RowButtons(Order order, QWidget *parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_add);
    m_layout->addWidget(m_remove);
    connect(m_add, &QPushButton::clicked, this, &RowButtons::addClicked);
    connect(m_remove, &QPushButton::clicked, this, &RowButtons::removeClicked);
    if (order == Order::Movable) {
        m_up = new QPushButton(this);
        m_down = new QPushButton(this);
        m_layout->addWidget(m_up);
        m_layout->addWidget(m_down);
        connect(m_up, &QPushButton::clicked, this, [this] { emit moveClicked(-1); });
        connect(m_down, &QPushButton::clicked, this, [this] { emit moveClicked(+1); });
    }
    m_layout->addStretch();
}

void RowButtons::retranslate(const QString &addText, const QString &removeText)
{
    m_add->setText(addText);
    m_remove->setText(removeText);
    if (m_up) {
        m_up->setText(tr("Move up"));
        m_down->setText(tr("Move down"));
    }
}

} // namespace csr::ui
