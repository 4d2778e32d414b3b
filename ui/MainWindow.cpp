#include "MainWindow.h"

#include "ChapterArea.h"
#include "ChapterForm.h"
#include "ChartPreview.h"
#include "CjkFont.h"
#include "FigureExchange.h"
#include "ImportReviewPanel.h"
#include "NavigatorPanel.h"
#include "ProblemsPanel.h"
#include "RecentFilesMenu.h"
#include "ReportChecker.h"
#include "ReportDialogs.h"
#include "ReportSession.h"
#include "ReviewPanel.h"
#include "TemplateActions.h"
#include "Translations.h"
#include "UiLanguage.h"
#include "UserPrompts.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace csr::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new ReportController(this)),
      m_publisher(new ReportPublisher(m_controller, this)),
      m_checker(new ReportChecker(m_controller, this)),
      m_dialogs(new ReportDialogs(m_controller, this))
{
    useCjkFont();
    setObjectName(QStringLiteral("MainWindow"));
    m_controller->setDialogParent(this);
    ReportSession *session = m_controller->session();
    m_area = new ChapterArea(session, this);
    setCentralWidget(m_area);
    connect(m_area, &ChapterArea::editSignatoryRequested, m_dialogs, &ReportDialogs::editSignatory);
    connect(m_area, &ChapterArea::photoRefused, this, [this](const QString &message) {
        m_controller->prompts().showError(this, tr("Photo not added"), message);
    });
    m_figures = new FigureExchange(m_controller, this);

    createDocks();
    createActions();
    createMenus();

    connect(session, &ReportSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(session, &ReportSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(session, &ReportSession::metadataChanged, this, &MainWindow::updateTitle);
    connect(m_checker, &ReportChecker::findingsReset, this, [this] {
        m_problems->setScopes(m_checker->scopes(), m_controller->session()->document());
    });
    connect(m_checker, &ReportChecker::findingsUpdated, this,
            [this](const QList<IncrementalValidator::ScopeUpdate> &updates) {
                m_problems->updateScopes(updates, m_controller->session()->document());
            });
    connect(session, &ReportSession::documentReset, this, [this] {
        // Another document may reuse chapter ids: never keep a form of the previous one.
        m_area->clear();
        showChapter(m_navigator->firstChapter());
        updateEnabled();
    });
    const auto showStatus = [this](const QString &text, int ms) {
        statusBar()->showMessage(text, ms);
    };
    connect(m_controller, &ReportController::statusMessage, this, showStatus);
    connect(m_publisher, &ReportPublisher::statusMessage, this, showStatus);
    connect(m_figures, &FigureExchange::statusMessage, this, showStatus);
    connect(m_publisher, &ReportPublisher::exportFinished, this, &MainWindow::exportFinished);
    connect(m_publisher, &ReportPublisher::exportRunning, this, [this](bool running) {
        for (QAction *a : {m_exportPublic, m_exportInternal})
            a->setEnabled(!running && m_actions.reportOpen());
    });

    QSettings settings;
    resize(1360, 860);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    retranslate();
    updateEnabled();
}

MainWindow::~MainWindow()
{
    // ~QWidget destroys the children after this class is gone; an editor losing focus then
    // commits its data and the session would signal into a half-destroyed window.
    m_controller->session()->disconnect(this);
    m_problems->disconnect(this);
    m_review->disconnect(this);
    m_importReview->disconnect(this);
    m_navigator->disconnect(this);
    delete m_area;
}

void MainWindow::createDocks()
{
    m_navigator = new NavigatorPanel(m_controller->session(), this);
    connect(m_navigator, &NavigatorPanel::chapterPicked, this, &MainWindow::showChapter);
    connect(m_navigator, &NavigatorPanel::detailsRequested, m_dialogs,
            &ReportDialogs::editReportDetails);
    // Wide enough for whole chapter titles, up to two fifths of the window; never narrowed.
    connect(m_navigator, &NavigatorPanel::widthWanted, this, [this](int wanted) {
        if (const int w = std::min(wanted, width() * 2 / 5); w > m_navigatorDock->width())
            resizeDocks({m_navigatorDock}, {w}, Qt::Horizontal);
    });
    m_navigatorDock = new QDockWidget(this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_charts = new ChartPreview(m_controller->session(), this);
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidgetResizable(true);
    chartScroll->setWidget(m_charts);
    m_chartDock = new QDockWidget(this);
    m_chartDock->setObjectName(QStringLiteral("chartDock"));
    m_chartDock->setWidget(chartScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_chartDock);

    m_problems = new ProblemsPanel(this);
    connect(m_problems, &ProblemsPanel::findingActivated, this, &MainWindow::jumpTo);
    m_problemsDock = new QDockWidget(this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::RightDockWidgetArea, m_problemsDock);
    m_review = new ReviewPanel(m_controller->session(), this);
    connect(m_review, &ReviewPanel::placeActivated, this, &MainWindow::jumpTo);
    connect(m_review, &ReviewPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_reviewDock = new QDockWidget(this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_review);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    tabifyDockWidget(m_problemsDock, m_reviewDock);
    createImportReview();
    m_problemsDock->raise();
    resizeDocks({m_navigatorDock, m_chartDock}, {330, 440}, Qt::Horizontal);
    resizeDocks({m_chartDock, m_problemsDock}, {520, 280}, Qt::Vertical);
}

void MainWindow::createActions()
{
    using A = ActionTable;
    auto &t = m_actions;
    ReportController *c = m_controller;
    ReportPublisher *p = m_publisher;
    ReportDialogs *d = m_dialogs;
#define CSR_TEXT(text) QT_TRANSLATE_NOOP("csr::ui::MainWindow", text)
    m_new = t.add(this, CSR_TEXT("&New…"), nullptr, QKeySequence::New, A::Nothing,
                  [d] { d->newReport(); });
    m_newFromLastYear = t.add(
        this, CSR_TEXT("New from &Last Year's Report…"),
        CSR_TEXT("Start next year's report from a finished one: its chapters, prose and figures, "
                 "with its figures as last year's and its events and honours emptied."),
        {}, A::Nothing, [d] { d->newFromLastYear(); });
    m_importReport = t.add(
        this, CSR_TEXT("&Import Existing Report…"),
        CSR_TEXT("Start from last year's published report (PDF, Word or text): its chapters, "
                 "figures and dated events read into a new report, with a list of what to check."),
        {}, A::Nothing, [this] { importExistingReport(); });
    m_open = t.add(this, CSR_TEXT("&Open…"), nullptr, QKeySequence::Open, A::Nothing,
                   [d] { d->open(); });
    m_openTeam = t.add(this, CSR_TEXT("Open &Team Report…"),
                       CSR_TEXT("A report on the unit's PostgreSQL server, edited together"), {},
                       A::Nothing, [this] { openTeamDialog(); });
    m_save =
        t.add(this, CSR_TEXT("&Save"), nullptr, QKeySequence::Save, A::Report, [c] { c->save(); });
    m_saveAs = t.add(this, CSR_TEXT("Save &As…"), nullptr, QKeySequence::SaveAs, A::Report,
                     [c] { c->saveAsAsked(); });
    m_saveTemplate = t.add(this, CSR_TEXT("Save as &Template…"),
                           CSR_TEXT("This report's chapters, hints and tables as a template for "
                                    "new reports, without its figures"),
                           {}, A::Report, [d] { d->saveTemplate(); });
    m_requestFigures = t.add(this, CSR_TEXT("Re&quest Figures…"),
                             CSR_TEXT("A spreadsheet per person or chapter asking for this "
                                      "year's figures"),
                             {}, A::Report, [this] { m_figures->requestFigures(); });
    m_importFigures = t.add(this, CSR_TEXT("Import Fig&ures…"),
                            CSR_TEXT("This year's figures from filled-in spreadsheets, checked "
                                     "and previewed first"),
                            {}, A::Report, [this] { m_figures->importFigures(); });
    m_exportOpenData = t.add(this, CSR_TEXT("Export Open &Data…"),
                             CSR_TEXT("The public edition's figures as a CSV, JSON or Excel file "
                                      "for publishing as open data"),
                             {}, A::Report, [this] { m_figures->exportOpenData(); });
    m_templateActions = addTemplateActions(t, this, [c] { c->reloadTemplates(); });
    m_printPreview = t.add(this, CSR_TEXT("Print Pre&view…"), nullptr, {}, A::Report,
                           [p] { p->printPreview(Edition::Public); });
    m_print = t.add(this, CSR_TEXT("&Print…"), nullptr, QKeySequence::Print, A::Report,
                    [p] { p->printReport(Edition::Public); });
    m_exportPublic = t.add(this, CSR_TEXT("&Export PDF (public edition)…"),
                           CSR_TEXT("Confidential figures printed as **"), {}, A::Report,
                           [p] { p->exportAsked(Edition::Public); });
    m_exportInternal = t.add(this, CSR_TEXT("Export PDF (&internal edition)…"),
                             CSR_TEXT("All figures, every page marked as internal"), {}, A::Report,
                             [p] { p->exportAsked(Edition::Internal); });
    m_signExport = t.add(this, CSR_TEXT("Si&gn && Export PDF…"),
                         CSR_TEXT("The public edition, signed with the unit's certificate"), {},
                         A::Report, [p] { p->signAndExport(); });
    m_verifyPdf = t.add(this, CSR_TEXT("Veri&fy Signed PDF…"), nullptr, {}, A::Nothing,
                        [p] { p->verifySignedPdf(); });
    m_preferences = t.add(this, CSR_TEXT("&Preferences…"), nullptr, {}, A::Nothing,
                          [d] { d->editPreferences(); });
    m_quit = t.add(this, CSR_TEXT("&Quit"), nullptr, QKeySequence::Quit, A::Nothing,
                   [this] { close(); });
    m_quit->setMenuRole(QAction::QuitRole);
    m_details = t.add(this, CSR_TEXT("Report &details…"), nullptr, {}, A::Report,
                      [d] { d->editReportDetails(); });
    m_history = t.add(this, CSR_TEXT("Change &History…"),
                      CSR_TEXT("Who changed which figure from what to what, and when"), {},
                      A::Report, [d] { d->showHistory(); });
    m_signatory =
        t.add(this, CSR_TEXT("&Signatory…"), nullptr, {}, A::Report, [d] { d->editSignatory(); });
    m_about = t.add(this, CSR_TEXT("&About"), nullptr, {}, A::Nothing, [d] { d->showAbout(); });
#undef CSR_TEXT
    // Language names are written in their own language: not translated.
    auto *languages = new QActionGroup(this);
    m_chinese = new QAction(QStringLiteral("中文"), languages);
    m_english = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : {m_chinese, m_english})
        a->setCheckable(true);
    (preferredLanguage() == QLatin1String("zh_CN") ? m_chinese : m_english)->setChecked(true);
    connect(m_chinese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
}

void MainWindow::createMenus()
{
    menuBar()->clear();
    delete m_undo;
    delete m_redo;
    // Recreated on every language switch: QUndoStack bakes the prefix into the action.
    QUndoStack *undo = m_controller->session()->undoStack();
    m_undo = undo->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = undo->createRedoAction(this, tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_new, m_newFromLastYear, m_importReport, m_open, m_openTeam});
    auto *recent = new RecentFilesMenu(m_controller->recentFiles(), tr("Open &Recent"), file);
    connect(recent, &RecentFilesMenu::fileChosen, m_controller, &ReportController::openFile);
    file->addMenu(recent);
    file->addSeparator();
    file->addActions({m_save, m_saveAs, m_saveTemplate});
    file->addActions(m_templateActions);
    file->addSeparator();
    file->addActions({m_requestFigures, m_importFigures, m_exportOpenData});
    file->addSeparator();
    file->addActions(
        {m_printPreview, m_print, m_exportPublic, m_exportInternal, m_signExport, m_verifyPdf});
    file->addSeparator();
    file->addAction(m_preferences);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undo, m_redo});
    edit->addSeparator();
    edit->addActions({m_details, m_history, m_signatory});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock :
         {m_navigatorDock, m_chartDock, m_problemsDock, m_reviewDock, m_importDock})
        view->addAction(dock->toggleViewAction());

    menuBar()->addMenu(tr("&Language"))->addActions({m_chinese, m_english});
    menuBar()->addMenu(tr("&Help"))->addAction(m_about);
}

void MainWindow::retranslate()
{
    m_actions.retranslate();
    createMenus();
    m_navigatorDock->setWindowTitle(tr("Chapters"));
    m_chartDock->setWindowTitle(tr("Chart preview"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_reviewDock->setWindowTitle(tr("Review"));
    m_importDock->setWindowTitle(tr("Import Review"));
    m_importReview->retranslate();
    m_navigator->retranslate();
    m_charts->retranslate();
    m_problems->retranslate();
    m_review->retranslate();
    m_checker->recheck();
    m_area->retranslate();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
    useUiLanguage(language);
    // Qt posts LanguageChange to every window; deliver it now so the switch is immediate.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    (language == QLatin1String("zh_CN") ? m_chinese : m_english)->setChecked(true);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — CSR Report Studio").arg(m_controller->documentName()));
    setWindowModified(m_controller->session()->isModified());
}

void MainWindow::updateEnabled()
{
    m_actions.setReportOpen(m_controller->hasReport());
}

QString MainWindow::currentChapterId() const
{
    return m_area->chapterId();
}

void MainWindow::showChapter(const QString &chapterId)
{
    const bool shown = m_area->showChapter(chapterId);
    m_charts->setChapter(chapterId);
    m_review->setCurrentChapter(shown ? chapterId : QString());
    m_navigator->showCurrent(shown ? chapterId : QString());
    emit chapterShown(shown ? chapterId : QString());
}

bool MainWindow::selectChapter(const QString &chapterId)
{
    // A chapter hidden by the filters is still reachable: the navigator clears them first.
    if (!m_controller->session()->document().findChapter(chapterId) ||
        !m_navigator->reveal(chapterId))
        return false;
    showChapter(chapterId);
    return true;
}

void MainWindow::jumpTo(const Finding &finding)
{
    const Location &at = finding.location;
    if (!at.chapterId.isEmpty()) {
        selectChapter(at.chapterId);
        return;
    }
    if (at.field.startsWith(QLatin1String("metadata."))) {
        m_dialogs->editReportDetails();
        return;
    }
    if (at.field.startsWith(QLatin1String("signatory."))) {
        m_dialogs->editSignatory();
        return;
    }
    // A metric lives in the document; go to the first table that lists it.
    if (!at.metricId.isEmpty())
        selectChapter(chapterListingMetric(m_controller->session()->document(), at.metricId));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->close()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace csr::ui
