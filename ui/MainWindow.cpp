#include "MainWindow.h"

#include "ChangeHistoryDialog.h"
#include "ChapterFilterProxy.h"
#include "ChapterForm.h"
#include "ChapterTreeModel.h"
#include "ChartPreview.h"
#include "DocumentFile.h"
#include "EditMetadataCommand.h"
#include "NewReportDialog.h"
#include "PreferencesDialog.h"
#include "PrintPreview.h"
#include "ProblemsPanel.h"
#include "RecoveryManager.h"
#include "ReportDetailsDialog.h"
#include "ReportExporter.h"
#include "ReportPrinter.h"
#include "ReportSession.h"
#include "ReviewPanel.h"
#include "RollForward.h"
#include "SignExportDialog.h"
#include "SignatoryCommand.h"
#include "SignatoryDialog.h"
#include "Translations.h"
#include "UserPrompts.h"
#include "VerifyDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csr::ui {

namespace {
const QString RecentKey = QStringLiteral("recentFiles");
constexpr int MaxRecent = 8;

// Qt's fallback for Chinese depends on the locale (Noto CJK under zh_CN, which extracts
// badly in PDFs and looks different from print); use the font the report is printed in.
void useCjkFont()
{
    static const QString family = QStringLiteral("WenQuanYi Micro Hei");
    if (!QFontDatabase::families().contains(family))
        return;
    QFont font = QApplication::font();
    if (font.families().value(0) == family)
        return;
    font.setFamilies({family, font.family()});
    QApplication::setFont(font);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new ReportSession(this)),
      m_recovery(new RecoveryManager(m_session, this)), m_prompts(std::make_unique<UserPrompts>()),
      m_exporter(new ReportExporter(this)), m_templates(TemplateRegistry::loadDefault()),
      m_chapters(new ChapterTreeModel(m_session, this)), m_filter(new ChapterFilterProxy(this))
{
    useCjkFont();
    setObjectName(QStringLiteral("MainWindow"));
    m_filter->setSourceModel(m_chapters);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    setCentralWidget(m_scroll);

    createDocks();
    createActions();
    createMenus();

    connect(m_session, &ReportSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ReportSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ReportSession::metadataChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ReportSession::changed, this, &MainWindow::refreshProblems);
    connect(m_session, &ReportSession::chapterChanged, this, &MainWindow::refreshFilters);
    connect(m_session, &ReportSession::documentReset, this, [this] {
        // Another document may reuse chapter ids: never keep a form of the previous one.
        delete m_form;
        m_form = nullptr;
        refreshFilters();
        const QModelIndex first = m_filter->index(0, 0);
        showChapter(first.isValid() ? first.data(ChapterTreeModel::ChapterIdRole).toString()
                                    : QString());
    });

    QSettings settings;
    resize(1360, 860);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    retranslate();
    updateRecentMenu();
    updateTitle();
    // Once the window runs, unless opening a file (the command line's) made the offer first.
    QTimer::singleShot(0, this, [this] { offerStartupRecovery(); });
}

MainWindow::~MainWindow()
{
    // ~QWidget destroys the children after this class is gone; an editor losing focus then
    // commits its data and the session would signal into a half-destroyed window.
    m_session->disconnect(this);
    m_tree->selectionModel()->disconnect(this);
    m_problems->disconnect(this);
    m_review->disconnect(this);
    delete m_scroll;
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void MainWindow::createDocks()
{
    // Navigator: report details, filters, chapter tree.
    auto *nav = new QWidget(this);
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(4, 4, 4, 4);
    m_detailsButton = new QPushButton(nav);
    connect(m_detailsButton, &QPushButton::clicked, this, &MainWindow::editReportDetails);
    navLayout->addWidget(m_detailsButton);
    auto *filters = new QHBoxLayout;
    m_assigneeFilter = new QComboBox(nav);
    m_statusFilter = new QComboBox(nav);
    filters->addWidget(m_assigneeFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    navLayout->addLayout(filters);
    m_tree = new QTreeView(nav);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ChapterTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ChapterTreeModel::AssigneeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ChapterTreeModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    navLayout->addWidget(m_tree);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(ChapterTreeModel::ChapterIdRole).toString();
                if (!m_syncingTree && !id.isEmpty() && id != currentChapterId())
                    showChapter(id);
            });
    connect(m_filter, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_tree, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_assigneeFilter, &QComboBox::activated, this, [this] {
        m_filter->setAssignee(m_assigneeFilter->currentData().toString());
        m_tree->expandAll();
    });
    connect(m_statusFilter, &QComboBox::activated, this, [this] {
        const int s = m_statusFilter->currentData().toInt();
        m_filter->setStatus(s < 0 ? std::nullopt : std::optional(ChapterStatus(s)));
        m_tree->expandAll();
    });

    m_navigatorDock = new QDockWidget(this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(nav);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_charts = new ChartPreview(m_session, this);
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
    m_review = new ReviewPanel(m_session, this);
    connect(m_review, &ReviewPanel::placeActivated, this, &MainWindow::jumpTo);
    connect(m_review, &ReviewPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_reviewDock = new QDockWidget(this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_review);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    tabifyDockWidget(m_problemsDock, m_reviewDock);
    m_problemsDock->raise();
    resizeDocks({m_navigatorDock, m_chartDock}, {330, 440}, Qt::Horizontal);
    resizeDocks({m_chartDock, m_problemsDock}, {520, 280}, Qt::Vertical);
}

void MainWindow::createActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newDialog);
    m_newFromLastYear = new QAction(this);
    connect(m_newFromLastYear, &QAction::triggered, this, &MainWindow::newFromLastYearDialog);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDialog);
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_saveAs = new QAction(this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, [this] {
        const QString path = m_prompts->saveFileName(
            this, m_session->filePath().isEmpty() ? documentName() + QStringLiteral(".csreport")
                                                  : m_session->filePath());
        if (!path.isEmpty())
            saveAs(path);
    });
    m_printPreview = new QAction(this);
    connect(m_printPreview, &QAction::triggered, this, [this] { printPreview(Edition::Public); });
    m_print = new QAction(this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, [this] { printReport(Edition::Public); });
    auto exportTo = [this](Edition edition) {
        QString suggested = m_session->filePath().isEmpty()
                                ? documentName()
                                : QFileInfo(m_session->filePath()).absolutePath() +
                                      QLatin1Char('/') + documentName();
        suggested += edition == Edition::Internal ? tr("-internal") : QString();
        const QString path = m_prompts->exportFileName(this, suggested + QStringLiteral(".pdf"));
        if (!path.isEmpty())
            exportPdf(path, edition);
    };
    m_exportPublic = new QAction(this);
    connect(m_exportPublic, &QAction::triggered, this, [exportTo] { exportTo(Edition::Public); });
    m_exportInternal = new QAction(this);
    connect(m_exportInternal, &QAction::triggered, this,
            [exportTo] { exportTo(Edition::Internal); });
    connect(m_exporter, &ReportExporter::finished, this,
            [this](const QString &path, const print::ExportResult &result) {
                for (QAction *a : {m_exportPublic, m_exportInternal})
                    a->setEnabled(true);
                if (!result.ok()) {
                    m_prompts->showError(this, tr("Cannot export PDF"), result.error);
                } else {
                    statusBar()->showMessage(
                        tr("Exported %1 (%2 pages)").arg(path).arg(result.pageCount), 8000);
                }
                emit exportFinished(path, result.error);
            });
    m_signExport = new QAction(this);
    connect(m_signExport, &QAction::triggered, this, &MainWindow::signAndExport);
    m_verifyPdf = new QAction(this);
    connect(m_verifyPdf, &QAction::triggered, this, &MainWindow::verifySignedPdf);
    m_preferences = new QAction(this);
    connect(m_preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_recovery->reloadInterval();
    });
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_details = new QAction(this);
    connect(m_details, &QAction::triggered, this, &MainWindow::editReportDetails);
    m_history = new QAction(this);
    connect(m_history, &QAction::triggered, this, [this] {
        ChangeHistoryDialog dialog(m_session, this);
        dialog.exec();
    });
    m_signatory = new QAction(this);
    connect(m_signatory, &QAction::triggered, this, &MainWindow::editSignatory);
    auto *languages = new QActionGroup(this);
    m_chinese = new QAction(QStringLiteral("中文"), languages);
    m_english = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : {m_chinese, m_english})
        a->setCheckable(true);
    (preferredLanguage() == QLatin1String("zh_CN") ? m_chinese : m_english)->setChecked(true);
    connect(m_chinese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    m_about = new QAction(this);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About CSR Report Studio"),
                           tr("CSR Report Studio %1\nWrites the yearly social-responsibility "
                              "report of a Shanghai civilized unit.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    menuBar()->clear();
    delete m_undo;
    delete m_redo;
    // Recreated on every language switch: QUndoStack bakes the prefix into the action.
    m_undo = m_session->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_session->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_newFromLastYear);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_save);
    m_fileMenu->addAction(m_saveAs);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printPreview);
    m_fileMenu->addAction(m_print);
    m_fileMenu->addAction(m_exportPublic);
    m_fileMenu->addAction(m_exportInternal);
    m_fileMenu->addAction(m_signExport);
    m_fileMenu->addAction(m_verifyPdf);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_preferences);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_details);
    m_editMenu->addAction(m_history);
    m_editMenu->addAction(m_signatory);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_navigatorDock->toggleViewAction());
    m_viewMenu->addAction(m_chartDock->toggleViewAction());
    m_viewMenu->addAction(m_problemsDock->toggleViewAction());
    m_viewMenu->addAction(m_reviewDock->toggleViewAction());

    m_languageMenu = menuBar()->addMenu(tr("&Language"));
    m_languageMenu->addAction(m_chinese);
    m_languageMenu->addAction(m_english);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_about);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_new->setText(tr("&New…"));
    m_newFromLastYear->setText(tr("New from &Last Year's Report…"));
    m_newFromLastYear->setStatusTip(
        tr("Start next year's report from a finished one: its chapters, prose and figures, with "
           "its figures as last year's and its events and honours emptied."));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_preferences->setText(tr("&Preferences…"));
    m_printPreview->setText(tr("Print Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_signExport->setText(tr("Si&gn && Export PDF…"));
    m_verifyPdf->setText(tr("Veri&fy Signed PDF…"));
    m_exportPublic->setText(tr("&Export PDF (public edition)…"));
    m_exportPublic->setToolTip(tr("Confidential figures printed as **"));
    m_exportInternal->setText(tr("Export PDF (&internal edition)…"));
    m_exportInternal->setToolTip(tr("All figures, every page marked as internal"));
    m_signExport->setToolTip(tr("The public edition, signed with the unit's certificate"));
    m_quit->setText(tr("&Quit"));
    m_details->setText(tr("Report &details…"));
    m_history->setText(tr("Change &History…"));
    m_history->setStatusTip(tr("Who changed which figure from what to what, and when"));
    m_signatory->setText(tr("&Signatory…"));
    m_about->setText(tr("&About"));
    createMenus();
    m_navigatorDock->setWindowTitle(tr("Chapters"));
    m_chartDock->setWindowTitle(tr("Chart preview"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_reviewDock->setWindowTitle(tr("Review"));
    m_detailsButton->setText(tr("Report details…"));
    m_detailsButton->setToolTip(tr("Unit, year, period, scope, standards, page budget"));
    m_chapters->retranslate();
    m_charts->retranslate();
    m_problems->retranslate();
    m_review->retranslate();
    refreshFilters();
    refreshProblems();
    if (m_form)
        m_form->retranslate();
    else
        m_scroll->setWidget(emptyHint()); // the old hint goes with setWidget()
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
    installTranslations(language);
    // Qt posts LanguageChange to every window; deliver it now so the switch is immediate.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    (language == QLatin1String("zh_CN") ? m_chinese : m_english)->setChecked(true);
}

QString MainWindow::documentName() const
{
    if (!m_session->filePath().isEmpty())
        return QFileInfo(m_session->filePath()).completeBaseName();
    const ReportMetadata &m = m_session->document().metadata;
    if (!m.unitName.isEmpty())
        return m.unitName + (m.year > 0 ? QStringLiteral(" %1").arg(m.year) : QString());
    return tr("Untitled");
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — CSR Report Studio").arg(documentName()));
    setWindowModified(m_session->isModified());
}

const Template *MainWindow::documentTemplate() const
{
    return m_templates.find(m_session->document().metadata.templateId);
}

void MainWindow::refreshProblems()
{
    if (m_session->document().chapters.isEmpty() && m_session->filePath().isEmpty()) {
        m_problems->setFindings({});
        return;
    }
    m_problems->setFindings(validate(m_session->document(), documentTemplate()),
                            m_session->document());
}

void MainWindow::refreshFilters()
{
    // The proxy is what filters: the boxes are rebuilt to show its state, so a name nobody
    // carries any more (typed over a moment ago) stays listed while the tree is filtered by it.
    const QString person = m_filter->assignee();
    m_assigneeFilter->clear();
    m_assigneeFilter->addItem(tr("Everyone"), QString());
    m_assigneeFilter->addItem(tr("Unassigned"), ChapterFilterProxy::UnassignedKey);
    QStringList names = m_chapters->assignees();
    if (!person.isEmpty() && person != ChapterFilterProxy::UnassignedKey && !names.contains(person))
        names << person;
    for (const QString &name : names)
        m_assigneeFilter->addItem(name, name);
    m_assigneeFilter->setCurrentIndex(std::max(0, m_assigneeFilter->findData(person)));

    const int status = m_filter->status() ? int(*m_filter->status()) : -1;
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Any status"), -1);
    for (auto s : {ChapterStatus::Draft, ChapterStatus::Submitted, ChapterStatus::NeedsChanges,
                   ChapterStatus::Approved})
        m_statusFilter->addItem(ChapterTreeModel::statusText(s), int(s));
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(status)));
}

QString MainWindow::currentChapterId() const
{
    return m_form ? m_form->chapterId() : QString();
}

void MainWindow::showChapter(const QString &chapterId)
{
    if (m_form && m_form->chapterId() == chapterId && m_session->document().findChapter(chapterId))
        return;
    delete m_form;
    m_form = nullptr;
    if (m_session->document().findChapter(chapterId)) {
        m_form = new ChapterForm(m_session, chapterId);
        connect(m_form, &ChapterForm::editSignatoryRequested, this, &MainWindow::editSignatory);
        m_scroll->setWidget(m_form); // takes ownership
    } else {
        m_scroll->setWidget(emptyHint());
    }
    m_charts->setChapter(chapterId);
    m_review->setCurrentChapter(m_form ? chapterId : QString());
    // Re-pinning may drop the previous chapter from a filtered tree, which moves the tree's
    // current row; that move must not choose another chapter than this one.
    m_syncingTree = true;
    m_filter->setPinnedChapter(m_form ? chapterId : QString());
    const QModelIndex proxy = m_filter->mapFromSource(m_chapters->indexOf(chapterId));
    if (proxy.isValid() && m_tree->currentIndex() != proxy)
        m_tree->setCurrentIndex(proxy);
    m_syncingTree = false;
}

QWidget *MainWindow::emptyHint()
{
    auto *hint = new QLabel(tr("Open a report (File › Open) or start one from the guideline "
                               "template (File › New)."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    QFont font = hint->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    hint->setFont(font);
    return hint;
}

bool MainWindow::selectChapter(const QString &chapterId)
{
    if (!m_session->document().findChapter(chapterId))
        return false;
    // A chapter hidden by the filters is still reachable: clear the filters first.
    if (!m_filter->mapFromSource(m_chapters->indexOf(chapterId)).isValid()) {
        m_filter->setAssignee({});
        m_filter->setStatus(std::nullopt);
        m_assigneeFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        m_tree->expandAll();
    }
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
        editReportDetails();
        return;
    }
    if (at.field.startsWith(QLatin1String("signatory."))) {
        editSignatory();
        return;
    }
    if (!at.metricId.isEmpty()) {
        // A metric lives in the document; go to the first table that lists it.
        QString target;
        forEachChapter(m_session->document().chapters, [&](const ChapterVisit &v) {
            for (const Block &b : v.chapter.blocks)
                if (const auto *t = std::get_if<MetricTable>(&b.content))
                    if (target.isEmpty() && t->metricIds.contains(at.metricId))
                        target = v.chapter.id;
        });
        if (!target.isEmpty())
            selectChapter(target);
    }
}

bool MainWindow::maybeSave()
{
    if (!m_session->isModified())
        return true;
    switch (m_prompts->askSaveChanges(this, documentName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        return false;
    }
    return false;
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // At a fresh start, work lost in a crash is offered before this file takes the window;
    // the file's own copy is offered below, with the file.
    offerStartupRecovery(absolute);
    // Read first: a file that cannot be opened must not cost a question about the open one.
    auto read = DocumentFile::load(path);
    if (!read.ok()) {
        // The message already names the file ("Cannot open "x": …"); the heading stays generic.
        m_prompts->showError(this, tr("Cannot open report"), read.error.message);
        return false;
    }
    if (!maybeSave())
        return false;
    // The document being left was saved or discarded just now, so its copy is stale; removed
    // before looking for a copy of the file, which must be an earlier session's.
    m_recovery->discardOwn();
    Document doc = read.document;
    QString restoredFrom;
    if (auto copy = RecoveryManager::pendingFor(absolute)) {
        if (m_prompts->askRestore(this, QFileInfo(absolute).fileName(), copy->written) ==
            UserPrompts::RecoveryChoice::Restore) {
            auto recovered = DocumentFile::load(copy->recoveryFile);
            if (recovered.ok()) {
                doc = recovered.document;
                restoredFrom = copy->recoveryFile;
            } else {
                m_prompts->showError(
                    this, tr("Cannot restore"),
                    tr("The recovery copy cannot be read.\n\n%1").arg(recovered.error.message));
            }
        }
        if (restoredFrom.isEmpty())
            RecoveryManager::discardFile(copy->recoveryFile);
    }
    // Restored work is unsaved work: it stays marked modified until saved.
    m_session->reset(doc, absolute, !restoredFrom.isEmpty());
    if (!restoredFrom.isEmpty())
        m_recovery->adopt(restoredFrom);
    addRecentFile(absolute);
    statusBar()->showMessage(tr("Opened %1").arg(absolute), 5000);
    return true;
}

bool MainWindow::restoreRecovery(const QString &recoveryFile, const QString &originalPath)
{
    auto read = DocumentFile::load(recoveryFile);
    if (!read.ok()) {
        m_prompts->showError(this, tr("Cannot restore"),
                             tr("The recovery copy cannot be read.\n\n%1").arg(read.error.message));
        RecoveryManager::discardFile(recoveryFile);
        return false;
    }
    // Restored work is unsaved work: it stays marked modified until saved.
    m_session->reset(read.document, originalPath, true);
    m_recovery->adopt(recoveryFile);
    return true;
}

void MainWindow::offerStartupRecovery(const QString &openingPath)
{
    if (m_startupChecked)
        return;
    m_startupChecked = true;
    const QString openingCopy =
        openingPath.isEmpty()
            ? QString()
            : QFileInfo(RecoveryManager::recoveryPathFor(openingPath)).absoluteFilePath();
    for (const auto &copy : RecoveryManager::pending()) {
        if (copy.recoveryFile == openingCopy)
            continue;
        const QString name =
            copy.originalPath.isEmpty() ? tr("Untitled") : QFileInfo(copy.originalPath).fileName();
        if (m_prompts->askRestore(this, name, copy.written) !=
            UserPrompts::RecoveryChoice::Restore) {
            RecoveryManager::discardFile(copy.recoveryFile);
            continue;
        }
        // The window holds one report: the copy replaces the open one only once that one is
        // saved or given up; otherwise the copy waits for the next start.
        if (maybeSave())
            restoreRecovery(copy.recoveryFile, copy.originalPath);
        return;
    }
}

bool MainWindow::save()
{
    const auto saveUnderNewName = [this] {
        const QString path =
            m_prompts->saveFileName(this, documentName() + QStringLiteral(".csreport"));
        return !path.isEmpty() && saveAs(path);
    };
    if (m_session->filePath().isEmpty())
        return saveUnderNewName();
    // Chapters are filled by several people, often in one file on a shared folder: never
    // replace a colleague's saved work without asking.
    if (m_session->changedOnDisk()) {
        switch (m_prompts->askOverwriteChanged(this, documentName())) {
        case UserPrompts::ConflictChoice::SaveAs:
            return saveUnderNewName();
        case UserPrompts::ConflictChoice::Cancel:
            return false;
        case UserPrompts::ConflictChoice::Overwrite:
            break;
        }
    }
    return saveAs(m_session->filePath());
}

bool MainWindow::saveAs(const QString &path)
{
    const QString error = m_session->save(path);
    if (!error.isEmpty()) {
        m_prompts->showError(this, tr("Cannot save report"), error);
        return false;
    }
    m_recovery->discardOwn();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::newFromTemplate(const QString &templateId, const QString &unitName, int year)
{
    const Template *t = m_templates.find(templateId);
    if (!t) {
        m_prompts->showError(this, tr("New report"),
                             tr("The template \"%1\" is not available.").arg(templateId));
        return;
    }
    m_recovery->discardOwn(); // the report being left was saved or discarded just now
    // A new report has never been saved, so it counts as unsaved work from the start.
    m_session->reset(newDocument(*t, unitName, year), QString(), true);
}

void MainWindow::newDialog()
{
    if (!maybeSave())
        return;
    NewReportDialog dialog(m_templates, this);
    if (dialog.exec() == QDialog::Accepted)
        newFromTemplate(dialog.templateId(), dialog.unitName(), dialog.year());
}

bool MainWindow::newFromLastYear(const QString &lastYearPath)
{
    const auto read = DocumentFile::load(lastYearPath);
    if (!read.ok()) {
        m_prompts->showError(this, tr("Cannot open report"), read.error.message);
        return false;
    }
    if (!maybeSave())
        return false;
    m_recovery->discardOwn(); // the report being left was saved or discarded just now
    const int year = read.document.metadata.year + 1;
    // Never saved, so unsaved work from the start, like a report from a template.
    m_session->reset(rollForward(read.document, year), QString(), true);
    statusBar()->showMessage(
        tr("Started the %1 report from %2: last year's figures are the comparison column.")
            .arg(year)
            .arg(QFileInfo(lastYearPath).fileName()));
    return true;
}

QString MainWindow::currentFolder() const
{
    return m_session->filePath().isEmpty() ? QString()
                                           : QFileInfo(m_session->filePath()).absolutePath();
}

void MainWindow::newFromLastYearDialog()
{
    const QString path = m_prompts->openFileName(this, currentFolder());
    if (!path.isEmpty())
        newFromLastYear(path);
}

void MainWindow::openDialog()
{
    const QString path = m_prompts->openFileName(this, currentFolder());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::editReportDetails()
{
    ReportDetailsDialog dialog(m_session->document().metadata, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportMetadata after = dialog.metadata();
    if (after != m_session->document().metadata)
        m_session->undoStack()->push(
            new EditMetadataCommand(m_session, m_session->document().metadata, after));
}

void MainWindow::editSignatory()
{
    SignatoryDialog dialog(m_session->document().signatory, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Signatory after = dialog.signatory();
    if (after != m_session->document().signatory)
        m_session->undoStack()->push(
            new SignatoryCommand(m_session, m_session->document().signatory, after));
}

bool MainWindow::exportPdf(const QString &path, Edition edition)
{
    if (!m_exporter->start(m_session->document(), path, edition))
        return false;
    for (QAction *a : {m_exportPublic, m_exportInternal})
        a->setEnabled(!m_exporter->isRunning());
    return true;
}

void MainWindow::signAndExport()
{
    // Non-modal and owned by the window: signing runs in the background while editing goes on;
    // Sign takes the report as it is at that moment.
    auto *dialog = new SignExportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::verifySignedPdf()
{
    auto *dialog = new VerifyDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::printPreview(Edition edition)
{
    QPrintPreviewDialog dialog(this);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(documentName()));
    dialog.resize(size() * 0.9);
    print::PrintPreview::attach(dialog, m_session->document(), edition);
    dialog.exec();
}

void MainWindow::printReport(Edition edition)
{
    QPrinter printer(QPrinter::HighResolution);
    print::ReportPrinter::prepare(printer, m_session->document());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = print::ReportPrinter::print(m_session->document(), edition, printer);
    if (!error.isEmpty())
        m_prompts->showError(this, tr("Cannot print"), error);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(RecentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecent)
        files.removeLast();
    settings.setValue(RecentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value(RecentKey).toStringList();
    for (const QString &f : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] { openFile(f); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->discardOwn();
    saveSettings();
    event->accept();
}

} // namespace csr::ui
