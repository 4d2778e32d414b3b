// The template editor's actions and toolbar, and its figures tab: TemplateEditor's parts that
// only wire widgets to TemplateEdits.
#include "ChapterPane.h"
#include "TemplateEditor.h"
#include "TemplateMetricModel.h"
#include "TemplateModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csr::ui {

void TemplateEditor::createActions()
{
    using A = ActionTable;
    auto &t = m_actions;
#define CSR_TEXT(text) QT_TRANSLATE_NOOP("csr::ui::TemplateEditor", text)
    m_addSibling =
        t.add(this, CSR_TEXT("Add &Chapter"),
              CSR_TEXT("A new chapter after the selected one, on its level"),
              QKeySequence(Qt::CTRL | Qt::Key_N), A::Nothing, [this] { addChapter(false); });
    m_addChild = t.add(this, CSR_TEXT("Add &Sub-chapter"),
                       CSR_TEXT("A new chapter inside the selected one, after its last"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), A::Nothing,
                       [this] { addChapter(true); });
    m_moveUp = t.add(this, CSR_TEXT("Move &Up"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_Up),
                     A::Nothing, [this] { m_edits.moveUp(currentChapterId()); });
    m_moveDown = t.add(this, CSR_TEXT("Move &Down"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_Down),
                       A::Nothing, [this] { m_edits.moveDown(currentChapterId()); });
    m_rename = t.add(this, CSR_TEXT("&Rename"), nullptr, QKeySequence(Qt::Key_F2), A::Nothing,
                     [this] { m_chapter->focusTitle(); });
    m_delete =
        t.add(this, CSR_TEXT("De&lete Chapter"),
              CSR_TEXT("The chapter and its sub-chapters (undo brings them back)"),
              QKeySequence(Qt::CTRL | Qt::Key_Delete), A::Nothing, [this] { removeChapter(); });
    m_undoAction = t.add(this, CSR_TEXT("&Undo"), nullptr, QKeySequence::Undo, A::Nothing,
                         [this] { m_undo->undo(); });
    m_redoAction = t.add(this, CSR_TEXT("&Redo"), nullptr, QKeySequence::Redo, A::Nothing,
                         [this] { m_undo->redo(); });
    // Ctrl+Y as well as the platform's redo key: what users of office programs press.
    m_redoAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo)
                               << QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_save = t.add(this, CSR_TEXT("&Save Template"), nullptr, QKeySequence::Save, A::Nothing,
                   [this] { save(); });
    m_saveAs = t.add(this, CSR_TEXT("Save Template &As…"), nullptr, QKeySequence::SaveAs,
                     A::Nothing, [this] { saveAs(); });
    m_close = t.add(this, CSR_TEXT("&Close"), nullptr, QKeySequence::Close, A::Nothing,
                    [this] { close(); });
#undef CSR_TEXT
    t.retranslate();
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    // The window's own shortcuts: a form field's Ctrl+Z would only undo its text.
    for (QAction *a : {m_undoAction, m_redoAction})
        a->setShortcutContext(Qt::WindowShortcut);

    QToolBar *bar = m_toolBar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("templateToolBar"));
    bar->addActions({m_save, m_undoAction, m_redoAction});
    bar->addSeparator();
    bar->addActions({m_addSibling, m_addChild, m_moveUp, m_moveDown, m_rename, m_delete});
    // Only the menu-less actions need the window: the toolbar's are reachable through it.
    addActions({m_saveAs, m_close});
}

QWidget *TemplateEditor::createMetricsTab()
{
    auto *tab = new QWidget(this);
    m_metrics = new TemplateMetricModel(&m_edits, this);
    m_metricsView = new QTableView(tab);
    m_metricsView->setModel(m_metrics);
    m_metricsView->verticalHeader()->hide();
    m_metricsView->horizontalHeader()->setSectionResizeMode(TemplateMetricModel::LabelColumn,
                                                            QHeaderView::Stretch);
    auto *add = m_addFigure = new QPushButton(tab);
    auto *remove = m_removeFigure = new QPushButton(tab);
    connect(add, &QPushButton::clicked, this, [this] {
        m_edits.addMetric();
        m_metricsView->setCurrentIndex(
            m_metrics->index(m_metrics->rowCount() - 1, TemplateMetricModel::LabelColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_edits.removeMetric(m_metrics->metricId(m_metricsView->currentIndex().row()));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *hint = m_figuresHint = new QLabel(tab);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(hint);
    layout->addWidget(m_metricsView, 1);
    layout->addLayout(buttons);
    return tab;
}

} // namespace csr::ui
