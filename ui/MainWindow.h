#pragma once

#include "Edition.h"
#include "Template.h"
#include "Validator.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QMenu;
class QPushButton;
class QScrollArea;
class QTreeView;

namespace csr::ui {

class ChapterFilterProxy;
class ChapterForm;
class ChapterTreeModel;
class ChartPreview;
class ProblemsPanel;
class ReviewPanel;
class RecoveryManager;
class ReportSession;
class UserPrompts;

// The editor window: chapter navigator (left), the selected chapter's form (centre), chart
// previews and problems (right). All edits go through the session's undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a report; on failure shows why and keeps the current document. Offers to restore
    // a recovery copy of it left by a session that did not end normally.
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path);
    // Asks about unsaved changes; false when the user cancels.
    bool maybeSave();
    void newFromTemplate(const QString &templateId, const QString &unitName, int year);
    // Next year's report from last year's file (core's rollForward); false if it cannot be
    // read or the user keeps the open report.
    bool newFromLastYear(const QString &lastYearPath);
    void setLanguage(const QString &language);
    // Exports a snapshot of the report in the background; exportFinished() tells the outcome.
    bool exportPdf(const QString &path, Edition edition);
    void printPreview(Edition edition);
    void printReport(Edition edition);
    class ReportExporter *exporter() const { return m_exporter; }

    // For tests and scripted screenshots.
    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    ReportSession *session() const { return m_session; }
    RecoveryManager *recovery() const { return m_recovery; }
    ChapterTreeModel *chapterModel() const { return m_chapters; }
    ChapterFilterProxy *chapterFilter() const { return m_filter; }
    QTreeView *chapterView() const { return m_tree; }
    ChapterForm *currentForm() const { return m_form; }
    ChartPreview *chartPreview() const { return m_charts; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    ReviewPanel *reviewPanel() const { return m_review; }
    QComboBox *assigneeFilter() const { return m_assigneeFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    bool selectChapter(const QString &chapterId);
    QString currentChapterId() const;
    void editReportDetails();
    void editSignatory();
    void signAndExport();
    void verifySignedPdf();

signals:
    void exportFinished(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void refreshProblems();
    void refreshFilters();
    void showChapter(const QString &chapterId);
    QWidget *emptyHint();
    void jumpTo(const Finding &finding);
    // Once per run: offers the copies crashed sessions left, except the one of the file being
    // opened (openFile offers that one with the file).
    void offerStartupRecovery(const QString &openingPath = {});
    bool restoreRecovery(const QString &recoveryFile, const QString &originalPath);
    void openDialog();
    void newDialog();
    void newFromLastYearDialog();
    QString currentFolder() const; // the open report's folder, where file dialogs start
    void saveSettings();
    QString documentName() const;
    const Template *documentTemplate() const;

    ReportSession *m_session;
    RecoveryManager *m_recovery;
    std::unique_ptr<UserPrompts> m_prompts;
    class ReportExporter *m_exporter;
    TemplateRegistry m_templates;
    ChapterTreeModel *m_chapters;
    ChapterFilterProxy *m_filter;

    QTreeView *m_tree = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QComboBox *m_assigneeFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QScrollArea *m_scroll = nullptr;
    ChapterForm *m_form = nullptr;
    ChartPreview *m_charts = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_chartDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    ReviewPanel *m_review = nullptr;
    QDockWidget *m_reviewDock = nullptr;

    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_editMenu = nullptr,
          *m_viewMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_new = nullptr, *m_newFromLastYear = nullptr, *m_open = nullptr, *m_save = nullptr,
            *m_saveAs = nullptr, *m_preferences = nullptr, *m_quit = nullptr, *m_undo = nullptr,
            *m_redo = nullptr, *m_details = nullptr, *m_history = nullptr, *m_signatory = nullptr,
            *m_chinese = nullptr, *m_english = nullptr, *m_about = nullptr,
            *m_printPreview = nullptr, *m_print = nullptr, *m_exportPublic = nullptr,
            *m_exportInternal = nullptr, *m_signExport = nullptr, *m_verifyPdf = nullptr;
    bool m_startupChecked = false;
    bool m_syncingTree = false; // showChapter() is moving the tree's current row
};

} // namespace csr::ui
