#pragma once

#include "ActionTable.h"
#include "TemplateEdits.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QToolBar;
class QTabWidget;
class QTableView;
class QTreeView;
class QUndoStack;

namespace csr::ui {

class ChapterPane;
class TemplateMetricModel;
class TemplateModel;
class TemplateSettingsPane;

// The template editor (File › New Template…, Edit Template…): the chapter tree with its
// actions on the left; the selected chapter, the template's name and numbering, and the figure
// definitions on the right; the template's problems below. Every edit is an undo step; saving
// checks the template first and writes nothing while it has errors.
class TemplateEditor : public QMainWindow
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget *parent = nullptr);
    ~TemplateEditor() override;

    // An empty frame: one chapter, no figures, the guideline's numbering.
    static Template blankTemplate();
    void setTemplate(const Template &t, const QString &path);
    // Reads a template file; "" or the reason it cannot be edited.
    QString openFile(const QString &path);

    // Checks, then writes atomically: "" or the first error with its place in words (also
    // listed under the tree). A failed save leaves the file on disk as it was.
    QString saveTo(const QString &path);
    bool save();   // to its file, or asks where (the user's template folder first)
    bool saveAs(); // asks where
    QString path() const { return m_path; }
    // Where a new template is saved by default: the user's folder, named by the id.
    QString defaultPath() const;

    TemplateEdits *edits() { return &m_edits; }
    TemplateModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    QTreeView *tree() const { return m_tree; }
    ChapterPane *chapterPane() const { return m_chapter; }
    TemplateSettingsPane *settingsPane() const { return m_settings; }
    QTableView *metricsView() const { return m_metricsView; }
    QListWidget *problemsList() const { return m_problems; }
    const ActionTable &actions() const { return m_actions; }
    QString currentChapterId() const;
    void selectChapter(const QString &id);

signals:
    void saved(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    QWidget *createMetricsTab();
    void addChapter(bool asChild);
    void removeChapter();
    void showProblems();
    void updateTitle();
    void updateEnabled();

    TemplateModel *m_model;
    QUndoStack *m_undo;
    TemplateEdits m_edits;
    QString m_path;
    ActionTable m_actions{"csr::ui::TemplateEditor"};
    QTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChapterPane *m_chapter = nullptr;
    TemplateSettingsPane *m_settings = nullptr;
    TemplateMetricModel *m_metrics = nullptr;
    QTableView *m_metricsView = nullptr;
    QListWidget *m_problems = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPushButton *m_addFigure = nullptr, *m_removeFigure = nullptr;
    QLabel *m_figuresHint = nullptr;
    QAction *m_addSibling = nullptr, *m_addChild = nullptr, *m_moveUp = nullptr,
            *m_moveDown = nullptr, *m_rename = nullptr, *m_delete = nullptr,
            *m_undoAction = nullptr, *m_redoAction = nullptr, *m_save = nullptr,
            *m_saveAs = nullptr, *m_close = nullptr;
};

} // namespace csr::ui
