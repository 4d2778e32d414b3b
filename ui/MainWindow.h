#pragma once

#include "ActionTable.h"
#include "ChapterArea.h"
#include "Edition.h"
#include "NavigatorPanel.h"
#include "ReportController.h"
#include "ReportPublisher.h"
#include "UserPrompts.h"
#include "Validator.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QMenu;
class QTreeView;

namespace csr::ui {

class ChapterArea;
class ChapterFilterProxy;
class ChapterForm;
class ChapterTreeModel;
class ChartPreview;
class NavigatorPanel;
class ProblemsPanel;
class ReviewPanel;
class RecoveryManager;
class ReportExporter;
class ReportSession;

// The editor window: chapter navigator (left), the selected chapter's form (centre), chart
// previews and problems (right), and the menus. The report's life (open, save, recovery) is
// the controller's, taking it out (print, export, sign) the publisher's; all edits go through
// the session's undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportController *controller() const { return m_controller; }
    ReportPublisher *publisher() const { return m_publisher; }
    class ReportChecker *checker() const { return m_checker; }
    void setLanguage(const QString &language);

    // The controller's and publisher's, here for main(), tests and scripted screenshots.
    bool openFile(const QString &path) { return m_controller->openFile(path); }
    // Opens a team report ("SERVER#REPORT", see docs/team-mode.md): edits go to the server as
    // they are made; false (after saying why) when it cannot be opened. ui/team/MainWindowTeam.
    bool openTeamReport(const QString &address);
    class TeamLink *teamLink() const { return m_team; }
    bool save() { return m_controller->save(); }
    bool saveAs(const QString &path) { return m_controller->saveAs(path); }
    bool maybeSave() { return m_controller->maybeSave(); }
    void newFromTemplate(const QString &templateId, const QString &unitName, int year)
    {
        m_controller->newFromTemplate(templateId, unitName, year);
    }
    bool newFromLastYear(const QString &path) { return m_controller->newFromLastYear(path); }
    // File › Import Existing Report… without its dialogs (ui/MainWindowImport.cpp): `year` 0
    // is the report's own; the decisions to review fill the import review panel.
    bool importReport(const QString &path, const QString &templateId, int year);
    class ImportReviewPanel *importReviewPanel() const { return m_importReview; }
    QDockWidget *importReviewDock() const { return m_importDock; }
    void setPrompts(std::unique_ptr<UserPrompts> prompts)
    {
        m_controller->setPrompts(std::move(prompts));
    }
    ReportSession *session() const { return m_controller->session(); }
    RecoveryManager *recovery() const { return m_controller->recovery(); }
    bool exportPdf(const QString &path, Edition edition)
    {
        return m_publisher->exportPdf(path, edition);
    }
    ReportExporter *exporter() const { return m_publisher->exporter(); }
    void printPreview(Edition edition) { m_publisher->printPreview(edition); }
    void printReport(Edition edition) { m_publisher->printReport(edition); }
    void signAndExport() { m_publisher->signAndExport(); }
    void verifySignedPdf() { m_publisher->verifySignedPdf(); }

    NavigatorPanel *navigator() const { return m_navigator; }
    ChapterTreeModel *chapterModel() const { return m_navigator->model(); }
    ChapterFilterProxy *chapterFilter() const { return m_navigator->filter(); }
    QTreeView *chapterView() const { return m_navigator->view(); }
    QComboBox *assigneeFilter() const { return m_navigator->assigneeFilter(); }
    QComboBox *statusFilter() const { return m_navigator->statusFilter(); }
    ChapterForm *currentForm() const { return m_area->form(); }
    ChartPreview *chartPreview() const { return m_charts; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    ReviewPanel *reviewPanel() const { return m_review; }
    const ActionTable &actions() const { return m_actions; }
    class FigureExchange *figureExchange() const { return m_figures; } // ui/data
    bool selectChapter(const QString &chapterId);
    QString currentChapterId() const;
    class ReportDialogs *dialogs() const { return m_dialogs; }

signals:
    // The chapter the centre now shows ("" for none); team mode tells the others (presence).
    void chapterShown(const QString &chapterId);
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
    void updateEnabled();
    void showChapter(const QString &chapterId);
    void jumpTo(const Finding &finding);
    void openTeamDialog();     // ui/team/MainWindowTeam.cpp
    void createImportReview(); // ui/MainWindowImport.cpp
    void importExistingReport();

    ReportController *m_controller;
    class TeamLink *m_team = nullptr;
    class FigureExchange *m_figures = nullptr;
    QAction *m_requestFigures = nullptr, *m_importFigures = nullptr, *m_exportOpenData = nullptr;
    QAction *m_openTeam = nullptr;
    ReportPublisher *m_publisher;
    class ReportChecker *m_checker;
    class ReportDialogs *m_dialogs;
    ActionTable m_actions{"csr::ui::MainWindow"};

    NavigatorPanel *m_navigator = nullptr;
    ChapterArea *m_area = nullptr;
    ChartPreview *m_charts = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_chartDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    ReviewPanel *m_review = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    class ReportImporter *m_importer = nullptr;
    class ImportReviewPanel *m_importReview = nullptr;
    QDockWidget *m_importDock = nullptr;
    QAction *m_importReport = nullptr;

    QAction *m_new = nullptr, *m_newFromLastYear = nullptr, *m_open = nullptr, *m_save = nullptr,
            *m_saveAs = nullptr, *m_saveTemplate = nullptr, *m_preferences = nullptr,
            *m_quit = nullptr, *m_undo = nullptr, *m_redo = nullptr, *m_details = nullptr,
            *m_history = nullptr, *m_signatory = nullptr, *m_chinese = nullptr,
            *m_english = nullptr, *m_about = nullptr, *m_printPreview = nullptr, *m_print = nullptr,
            *m_exportPublic = nullptr, *m_exportInternal = nullptr, *m_signExport = nullptr,
            *m_verifyPdf = nullptr;
    QList<QAction *> m_templateActions; // New Template…, Edit Template… (ui/template)
};

} // namespace csr::ui
