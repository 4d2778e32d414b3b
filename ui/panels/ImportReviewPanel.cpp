#include "ImportReviewPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csr::ui {

namespace {

constexpr ImportReviewItem::Kind Kinds[] = {
    ImportReviewItem::Kind::UnmatchedHeading, ImportReviewItem::Kind::PossibleHeader,
    ImportReviewItem::Kind::DateWithoutYear, ImportReviewItem::Kind::GuessedLabel,
    ImportReviewItem::Kind::ImportedChapter};

// A row's item: its index in m_items (children) or -1 (a group).
constexpr int IndexRole = Qt::UserRole;

} // namespace

ImportReviewPanel::ImportReviewPanel(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_accept(new QPushButton(this))
{
    m_tree->setObjectName(QStringLiteral("importReviewTree"));
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_accept->setObjectName(QStringLiteral("acceptImportItem"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(0, IndexRole).toInt();
        if (i >= 0 && i < m_items.size()) {
            Finding place;
            place.code = QStringLiteral("import-review");
            place.message = m_items.at(i).message;
            place.location = m_items.at(i).location;
            emit placeActivated(place);
        }
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ImportReviewPanel::updateButtons);
    connect(m_accept, &QPushButton::clicked, this, &ImportReviewPanel::acceptSelected);
    retranslate();
}

void ImportReviewPanel::retranslate()
{
    m_accept->setText(tr("&Accept"));
    m_accept->setToolTip(tr("Checked: clear the selected decisions from the list."));
    rebuild();
}

void ImportReviewPanel::setItems(const QList<ImportReviewItem> &items)
{
    m_items = items;
    rebuild();
    emit itemsChanged();
}

bool ImportReviewPanel::isImported(const QString &chapterId) const
{
    return std::any_of(m_items.begin(), m_items.end(), [&](const ImportReviewItem &i) {
        return i.kind == ImportReviewItem::Kind::ImportedChapter &&
               i.location.chapterId == chapterId;
    });
}

void ImportReviewPanel::acceptSelected()
{
    QSet<int> accepted;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (const int i = item->data(0, IndexRole).toInt(); i >= 0) {
            accepted << i;
            continue;
        }
        for (int c = 0; c < item->childCount(); ++c) // a group: all of it
            accepted << item->child(c)->data(0, IndexRole).toInt();
    }
    if (accepted.isEmpty())
        return;
    QList<ImportReviewItem> kept;
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (!accepted.contains(int(i)))
            kept << m_items.at(i);
    emit acceptRequested(kept);
}

void ImportReviewPanel::rebuild()
{
    m_tree->clear();
    for (const ImportReviewItem::Kind kind : Kinds) {
        QList<QTreeWidgetItem *> children;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).kind != kind)
                continue;
            auto *child = new QTreeWidgetItem({m_items.at(i).message});
            child->setToolTip(0, m_items.at(i).message);
            child->setData(0, IndexRole, int(i));
            children << child;
        }
        if (children.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(
            {QStringLiteral("%1 (%2)").arg(importReviewKindTitle(kind)).arg(children.size())});
        group->setData(0, IndexRole, -1);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->addChildren(children);
        m_tree->addTopLevelItem(group);
        // The few that need a decision open; the long lists of chapters and labels stay shut.
        group->setExpanded(kind != ImportReviewItem::Kind::ImportedChapter &&
                           kind != ImportReviewItem::Kind::GuessedLabel);
    }
    if (m_items.isEmpty()) {
        auto *none = new QTreeWidgetItem({tr("Nothing left to review.")});
        none->setData(0, IndexRole, -2);
        m_tree->addTopLevelItem(none);
    }
    updateButtons();
}

void ImportReviewPanel::updateButtons()
{
    m_accept->setEnabled(!m_tree->selectedItems().isEmpty() && !m_items.isEmpty());
}

} // namespace csr::ui
