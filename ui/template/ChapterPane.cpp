#include "ChapterPane.h"

#include "TemplateEdits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csr::ui {

namespace {
enum BlockColumn { KindColumn, TitleColumn, HintColumn };

bool hasTitle(BlockKind kind)
{
    return kind == BlockKind::MetricTable || kind == BlockKind::Timeline ||
           kind == BlockKind::ItemList;
}

QString blockTitle(const Block &b)
{
    return std::visit(
        [](const auto &content) -> QString {
            if constexpr (requires { content.title; })
                return content.title;
            return {};
        },
        b.content);
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}
} // namespace

ChapterPane::ChapterPane(TemplateEdits *edits, QWidget *parent)
    : QWidget(parent), m_edits(edits), m_heading(new QLabel(this)), m_title(new QLineEdit(this)),
      m_code(new QLineEdit(this)), m_key(new QLineEdit(this)), m_required(new QCheckBox(this)),
      m_numbered(new QCheckBox(this)), m_blocks(new QTableWidget(0, 3, this)),
      m_kind(new QComboBox(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_blocksLabel(new QLabel(this)), m_form(new QFormLayout)
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_blocksLabel->setWordWrap(true);
    m_blocks->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_blocks->horizontalHeader()->setSectionResizeMode(HintColumn, QHeaderView::Stretch);
    m_blocks->verticalHeader()->hide();
    m_blocks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blocks->setSelectionMode(QAbstractItemView::SingleSelection);
    for (BlockKind kind : {BlockKind::Paragraph, BlockKind::MetricTable, BlockKind::Timeline,
                           BlockKind::ItemList, BlockKind::SignatureBlock, BlockKind::Photo})
        m_kind->addItem(QString(), int(kind));

    // Label widgets of their own: addRow with an empty text makes none to retranslate later.
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), m_code);
    m_form->addRow(new QLabel(this), m_key);
    m_form->addRow(QString(), m_required);
    m_form->addRow(QString(), m_numbered);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_kind);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_blocksLabel);
    layout->addWidget(m_blocks, 1);
    layout->addLayout(buttons);
    retranslate();

    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_edits->rename(m_chapterId, t); });
    connect(m_code, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_edits->setCode(m_chapterId, t); });
    connect(m_key, &QLineEdit::textEdited, this,
            [this](const QString &t) { m_edits->setKey(m_chapterId, t); });
    connect(m_required, &QCheckBox::clicked, this,
            [this](bool on) { m_edits->setRequired(m_chapterId, on); });
    connect(m_numbered, &QCheckBox::clicked, this,
            [this](bool on) { m_edits->setNumbered(m_chapterId, on); });
    connect(m_blocks, &QTableWidget::cellChanged, this, &ChapterPane::blockEdited);
    connect(m_add, &QPushButton::clicked, this, &ChapterPane::addBlock);
    connect(m_remove, &QPushButton::clicked, this, &ChapterPane::removeSelectedBlock);
    connect(m_edits->model(), &TemplateModel::changed, this, &ChapterPane::sync);
    sync();
}

void ChapterPane::retranslate()
{
    const auto label = [&](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_title, tr("Title:"));
    label(m_code, tr("Indicator code:"));
    label(m_key, tr("Key:"));
    m_code->setPlaceholderText(tr("e.g. I-1"));
    m_code->setToolTip(tr("The guideline's indicator code; printed as the number on a level "
                          "numbered by indicator codes"));
    m_key->setPlaceholderText(tr("e.g. school.management"));
    m_key->setToolTip(tr("The guideline's name for the chapter: the validator finds required "
                         "chapters by key, so a unit may retitle them"));
    m_required->setText(tr("Required: a report must have content here"));
    m_numbered->setText(tr("Numbered (off for the report notes)"));
    m_blocks->setHorizontalHeaderLabels({tr("Block"), tr("Title"), tr("Hint")});
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i,
                            TemplateEdits::blockKindText(BlockKind(m_kind->itemData(i).toInt())));
    m_add->setText(tr("Add Block"));
    m_remove->setText(tr("Remove Block"));
    m_blocksLabel->setText(tr("Blocks a new report starts with (hints show while a block is "
                              "empty and are never printed):"));
    sync(); // the heading and the blocks' kinds
}

void ChapterPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChapterPane::setChapter(const QString &chapterId)
{
    m_chapterId = chapterId;
    sync();
}

void ChapterPane::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

void ChapterPane::addBlock()
{
    m_edits->addBlock(m_chapterId, BlockKind(m_kind->currentData().toInt()));
}

void ChapterPane::removeSelectedBlock()
{
    m_edits->removeBlock(m_chapterId, m_blocks->currentRow());
}

void ChapterPane::sync()
{
    const TemplateModel *model = m_edits->model();
    const Chapter *c = model->chapter(m_chapterId);
    if (!c)
        m_chapterId.clear();
    setEnabled(c);
    m_syncing = true;
    m_heading->setText(c ? model->numberOf(c->id) + c->title : tr("No chapter selected"));
    setTextKeepingCursor(m_title, c ? c->title : QString());
    setTextKeepingCursor(m_code, c ? c->code : QString());
    setTextKeepingCursor(m_key, c ? c->key : QString());
    m_required->setChecked(c && c->required);
    m_numbered->setChecked(c && c->numbered);
    m_syncing = false;
    syncBlocks();
}

void ChapterPane::syncBlocks()
{
    const Chapter *c = m_edits->model()->chapter(m_chapterId);
    const QList<Block> blocks = c ? c->blocks : QList<Block>{};
    m_syncing = true;
    const int current = m_blocks->currentRow();
    m_blocks->setRowCount(int(blocks.size()));
    for (int row = 0; row < blocks.size(); ++row) {
        const Block &b = blocks.at(row);
        auto *kind = new QTableWidgetItem(TemplateEdits::blockKindText(b.kind()));
        kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
        m_blocks->setItem(row, KindColumn, kind);
        auto *title = new QTableWidgetItem(blockTitle(b));
        if (!hasTitle(b.kind()))
            title->setFlags(title->flags() & ~Qt::ItemIsEditable);
        m_blocks->setItem(row, TitleColumn, title);
        auto *hint = new QTableWidgetItem(b.hint);
        hint->setToolTip(b.hint);
        m_blocks->setItem(row, HintColumn, hint);
    }
    if (current >= 0 && current < blocks.size())
        m_blocks->selectRow(current);
    m_syncing = false;
}

void ChapterPane::blockEdited(int row, int column)
{
    if (m_syncing)
        return;
    const QString text = m_blocks->item(row, column)->text();
    if (column == TitleColumn)
        m_edits->setBlockTitle(m_chapterId, row, text);
    else if (column == HintColumn)
        m_edits->setBlockHint(m_chapterId, row, text);
}

} // namespace csr::ui
