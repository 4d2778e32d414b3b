#include "TemplateEditor.h"

#include "ChapterPane.h"
#include "TemplateMetricModel.h"
#include "TemplateModel.h"
#include "TemplateSettingsPane.h"
#include "TemplateWriter.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csr::ui {

TemplateEditor::TemplateEditor(QWidget *parent)
    : QMainWindow(parent), m_model(new TemplateModel(this)), m_undo(new QUndoStack(this)),
      m_edits(m_model, m_undo)
{
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TemplateModel::TitleColumn, QHeaderView::Stretch);
    for (int column :
         {TemplateModel::CodeColumn, TemplateModel::KeyColumn, TemplateModel::RequiredColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_chapter = new ChapterPane(&m_edits, this);
    m_settings = new TemplateSettingsPane(&m_edits, this);
    m_problems = new QListWidget(this);
    m_problems->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_chapter, QString());
    m_tabs->addTab(m_settings, QString());
    m_tabs->addTab(createMetricsTab(), QString());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(split);
    vertical->addWidget(m_problems);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    setCentralWidget(vertical);
    createActions();
    retranslate();
    resize(1100, 720);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_chapter->setChapter(currentChapterId());
        updateEnabled();
    });
    connect(m_model, &TemplateModel::changed, this, [this] {
        showProblems();
        updateEnabled();
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, &TemplateEditor::updateTitle);
    // A problem leads to its chapter.
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const QString id = item->data(Qt::UserRole).toString(); !id.isEmpty()) {
            selectChapter(id);
            m_tabs->setCurrentWidget(m_chapter);
        }
    });
    setTemplate(blankTemplate(), {});
}

TemplateEditor::~TemplateEditor()
{
    // The tree, the model and the undo stack outlive this body and announce their ends
    // (selection cleared, stack emptied): nothing of the half-destroyed window may answer.
    m_tree->selectionModel()->disconnect(this);
    m_model->disconnect(this);
    m_undo->disconnect(this);
}

Template TemplateEditor::blankTemplate()
{
    Template t;
    t.id = QStringLiteral("my-template");
    t.name = tr("My template");
    Chapter c;
    c.id = QStringLiteral("c1");
    c.title = tr("New chapter");
    Block text;
    text.id = QStringLiteral("b1");
    text.content = Paragraph{};
    c.blocks << text;
    t.skeleton.chapters << c;
    t.skeleton.metadata.templateId = t.id;
    return t;
}

void TemplateEditor::setTemplate(const Template &t, const QString &path)
{
    m_undo->clear();
    m_model->reset(t);
    m_path = path;
    m_undo->setClean();
    m_tree->expandAll();
    selectChapter(t.skeleton.chapters.isEmpty() ? QString() : t.skeleton.chapters.first().id);
    updateTitle();
}

QString TemplateEditor::openFile(const QString &path)
{
    QString error;
    auto t = readTemplate(path, &error);
    if (!t)
        return error;
    // A built-in template is read from the program itself: its copy is saved elsewhere.
    setTemplate(*t, path.startsWith(QLatin1Char(':')) ? QString() : path);
    return {};
}

QString TemplateEditor::defaultPath() const
{
    const QString folder = TemplateRegistry::userFolder();
    const QString id = m_model->value().id;
    return folder.isEmpty() ? QString() : folder + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString TemplateEditor::saveTo(const QString &path)
{
    showProblems();
    // The user's template folder is not there until the first template goes into it.
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString error = saveTemplate(m_model->value(), path);
    if (!error.isEmpty())
        return error;
    m_path = path;
    m_undo->setClean();
    updateTitle();
    emit saved(path);
    return {};
}

bool TemplateEditor::save()
{
    if (m_path.isEmpty())
        return saveAs();
    const QString error = saveTo(m_path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Template not saved"), error);
    return error.isEmpty();
}

bool TemplateEditor::saveAs()
{
    const QString suggested = m_path.isEmpty() ? defaultPath() : m_path;
    if (!suggested.isEmpty()) // so the file dialog can open there
        QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Template"), suggested,
                                                      tr("Templates (*.json)"));
    if (path.isEmpty())
        return false;
    const QString error = saveTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Template not saved"), error);
    return error.isEmpty();
}

QString TemplateEditor::currentChapterId() const
{
    return m_model->chapterId(m_tree->currentIndex());
}

void TemplateEditor::selectChapter(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    m_tree->setCurrentIndex(index);
    m_chapter->setChapter(id);
    updateEnabled();
}

void TemplateEditor::addChapter(bool asChild)
{
    const QString current = currentChapterId();
    const QString id = asChild ? m_edits.addChild(current) : m_edits.addSibling(current);
    if (id.isEmpty())
        return;
    m_tree->expand(m_model->indexOf(m_model->parentOf(id)));
    selectChapter(id);
    m_tabs->setCurrentWidget(m_chapter);
    m_chapter->focusTitle();
}

void TemplateEditor::removeChapter()
{
    const QString id = currentChapterId();
    const QString parentId = m_model->parentOf(id);
    const int row = m_model->rowOf(id);
    m_edits.remove(id);
    // The next chapter takes the place, else the one before, else the parent.
    const auto &siblings = m_model->siblingCount(parentId);
    if (siblings > 0) {
        const QModelIndex parent = m_model->indexOf(parentId);
        selectChapter(m_model->chapterId(m_model->index(std::min(row, siblings - 1), 0, parent)));
    } else {
        selectChapter(parentId);
    }
}

void TemplateEditor::showProblems()
{
    m_problems->clear();
    const Template &t = m_model->value();
    for (const Finding &f : validateTemplate(t)) {
        auto *item = new QListWidgetItem(
            (f.severity == Finding::Severity::Error ? tr("Error: ") : tr("Warning: ")) +
                describeTemplateFinding(f, t),
            m_problems);
        item->setData(Qt::UserRole, f.location.chapterId);
        item->setForeground(f.severity == Finding::Severity::Error ? QColor(0xc0, 0, 0)
                                                                   : QColor(0x9a, 0x60, 0));
    }
    if (m_problems->count() == 0)
        new QListWidgetItem(tr("No problems: the template can be saved."), m_problems);
}

void TemplateEditor::updateTitle()
{
    const QString name =
        m_model->value().name.isEmpty() ? tr("Untitled template") : m_model->value().name;
    setWindowTitle(tr("%1[*] — Template Editor").arg(name));
    setWindowModified(!m_undo->isClean());
}

void TemplateEditor::updateEnabled()
{
    const QString id = currentChapterId();
    const bool has = !id.isEmpty();
    const int row = m_model->rowOf(id);
    m_addChild->setEnabled(has);
    m_rename->setEnabled(has);
    m_delete->setEnabled(has);
    m_moveUp->setEnabled(has && row > 0);
    m_moveDown->setEnabled(has && row + 1 < m_model->siblingCount(m_model->parentOf(id)));
    updateTitle();
}

void TemplateEditor::closeEvent(QCloseEvent *event)
{
    if (!m_undo->isClean()) {
        const auto answer = QMessageBox::question(
            this, tr("Template Editor"), tr("Save the changes to the template?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void TemplateEditor::retranslate()
{
    m_actions.retranslate();
    m_tabs->setTabText(0, tr("Chapter"));
    m_tabs->setTabText(1, tr("Template"));
    m_tabs->setTabText(2, tr("Figures"));
    m_toolBar->setWindowTitle(tr("Template"));
    m_addFigure->setText(tr("Add Figure"));
    m_removeFigure->setText(tr("Remove Figure"));
    m_figuresHint->setText(tr("The figures every report from this template defines, without "
                              "values: a new year's report fills them in."));
    m_model->retranslate();
    m_metrics->retranslate();
    showProblems();
    updateTitle();
}

void TemplateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace csr::ui
