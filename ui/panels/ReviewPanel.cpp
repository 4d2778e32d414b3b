#include "ReviewPanel.h"

#include "CommentAnchoring.h"
#include "ParagraphEditor.h"
#include "Plausibility.h"
#include "ReportSession.h"
#include "ReviewCommands.h"
#include "ReviewWorkflow.h"
#include "SignOffGate.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csr::ui {

namespace {

constexpr int ThreadIdRole = Qt::UserRole + 1;

QString stamp(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ReviewPanel::ReviewPanel(ReportSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_steps(new ReviewSteps(session, this)),
      m_summary(new QLabel(this)), m_chapterLabel(new QLabel(this)),
      m_submit(new QPushButton(this)), m_approve(new QPushButton(this)),
      m_return(new QPushButton(this)), m_comment(new QPushButton(this)),
      m_reply(new QPushButton(this)), m_resolve(new QPushButton(this)),
      m_reviewers(new QPushButton(this)), m_chapterFilter(new QComboBox(this)),
      m_personFilter(new QComboBox(this)), m_figures(new QComboBox(this)),
      m_explain(new QPushButton(this)), m_attach(new QPushButton(this)),
      m_showResolved(new QCheckBox(this)), m_threads(new QTreeWidget(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPanel"));
    // Dialogs ask unless a test answers instead (setTextPrompt / setFilePrompt).
    m_steps->setTextPrompt([this](const QString &title, const QString &label,
                                  const QString &initial) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, title, label, initial, &ok);
        return ok ? std::optional(text) : std::nullopt;
    });
    m_steps->setFilePrompt([this](const QString &label) {
        return QFileDialog::getOpenFileName(this, tr("Attach Evidence to \"%1\"").arg(label));
    });
    connect(m_steps, &ReviewSteps::said, this, &ReviewPanel::say);
    m_summary->setWordWrap(true);
    m_chapterLabel->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_chapterLabel);
    auto *steps = new QHBoxLayout;
    for (QPushButton *b : {m_submit, m_approve, m_return, m_reviewers})
        steps->addWidget(b);
    layout->addLayout(steps);
    layout->addWidget(m_message);
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_figures, 1);
    figures->addWidget(m_explain);
    figures->addWidget(m_attach);
    layout->addLayout(figures);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_chapterFilter, 2);
    filters->addWidget(m_personFilter, 1);
    filters->addWidget(m_showResolved);
    layout->addLayout(filters);
    m_threads->setColumnCount(3);
    m_threads->setRootIsDecorated(false);
    m_threads->setWordWrap(true);
    m_threads->header()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_threads, 1);
    auto *threadButtons = new QHBoxLayout;
    for (QPushButton *b : {m_comment, m_reply, m_resolve})
        threadButtons->addWidget(b);
    layout->addLayout(threadButtons);

    connect(m_submit, &QPushButton::clicked, this, &ReviewPanel::submitChapter);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPanel::approveChapter);
    connect(m_return, &QPushButton::clicked, this, &ReviewPanel::returnChapter);
    connect(m_comment, &QPushButton::clicked, this, &ReviewPanel::commentOnChapter);
    connect(m_reply, &QPushButton::clicked, this, &ReviewPanel::replyToSelected);
    connect(m_resolve, &QPushButton::clicked, this, &ReviewPanel::resolveSelected);
    connect(m_reviewers, &QPushButton::clicked, this, &ReviewPanel::editReviewers);
    connect(m_explain, &QPushButton::clicked, this, &ReviewPanel::explainFigure);
    connect(m_attach, &QPushButton::clicked, this, &ReviewPanel::attachEvidence);
    connect(m_chapterFilter, &QComboBox::activated, this, &ReviewPanel::refresh);
    connect(m_personFilter, &QComboBox::activated, this, &ReviewPanel::refresh);
    connect(m_showResolved, &QCheckBox::toggled, this, &ReviewPanel::refresh);
    connect(m_threads, &QTreeWidget::itemSelectionChanged, this,
            &ReviewPanel::refreshChapterActions);
    connect(m_threads, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const CommentThread *t =
            m_session->document().review.findThread(item->data(0, ThreadIdRole).toString());
        if (!t)
            return;
        Finding where;
        where.location.chapterId = t->anchor.chapterId;
        where.location.blockId = t->anchor.blockId;
        where.location.metricId = t->anchor.metricId;
        emit placeActivated(where);
    });
    connect(m_session, &ReportSession::changed, this, &ReviewPanel::refreshWhenSeen);
    // The moment an edit to an approved chapter's text or tables turns it into a draft the
    // panel says so, seen or not (its message also goes to the status bar); the rest of it,
    // and a figure edited in another chapter (the navigator marks it at once), may catch up
    // later.
    connect(m_session, &ReportSession::chapterChanged, this, [this](const QString &id) {
        if (const Chapter *c = m_session->document().findChapter(id))
            noticeWithdrawn(*c);
    });
    m_pause.setSingleShot(true);
    m_pause.setInterval(250);
    connect(&m_pause, &QTimer::timeout, this, [this] { catchUp(); });
    // The paragraph last typed in, for comments on selected words.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget())
            if (auto *p = qobject_cast<ParagraphEditor *>(w)) {
                m_lastParagraph = p;
                return;
            }
    });
    connect(m_session, &ReportSession::documentReset, this, [this] {
        m_chapterId.clear();
        m_lastWithdrawn.clear();
        m_message->setVisible(false);
        refreshFilters();
        refresh();
    });
    connect(m_session, &ReportSession::reviewChanged, this, &ReviewPanel::refresh);
    connect(m_session, &ReportSession::approvalsWithdrawn, this, [this](const QStringList &t) {
        say(tr("Saved. Approval withdrawn after the edit: %1 is a draft again and needs a new "
               "review.")
                .arg(t.join(QStringLiteral(", "))),
            false);
    });
    retranslate();
}

void ReviewPanel::retranslate()
{
    m_submit->setText(tr("Submit"));
    m_submit->setToolTip(tr("Hand the open chapter to the reviewers"));
    m_approve->setText(tr("Approve"));
    m_approve->setToolTip(tr("Approve the open chapter (reviewers only)"));
    m_return->setText(tr("Return…"));
    m_return->setToolTip(tr("Send the open chapter back for changes, with a reason (reviewers "
                            "only)"));
    m_reviewers->setText(tr("Reviewers…"));
    m_reviewers->setToolTip(tr("Who may approve chapters, and who owns the sign-off"));
    m_comment->setText(tr("Comment…"));
    m_comment->setToolTip(tr("Comment on the open chapter"));
    m_reply->setText(tr("Reply…"));
    m_resolve->setText(tr("Resolve"));
    m_showResolved->setText(tr("Resolved too"));
    m_explain->setText(tr("Explain…"));
    m_explain->setToolTip(tr("Why the figure moved this much from last year"));
    m_attach->setText(tr("Attach Evidence…"));
    m_attach->setToolTip(tr("Keep a file that backs the figure (at most %1) in the report")
                             .arg(formatByteSize(EvidenceLimits::MaxFileBytes)));
    m_threads->setHeaderLabels({tr("Place"), tr("Who"), tr("Comment")});
    refreshFilters();
    refresh();
}

void ReviewPanel::setCurrentChapter(const QString &chapterId)
{
    m_chapterId = chapterId;
    refreshChapterActions();
}

QString ReviewPanel::summaryText() const
{
    catchUp();
    return m_summary->text();
}

QString ReviewPanel::lastMessage() const
{
    catchUp();
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReviewPanel::refreshWhenSeen()
{
    m_stale = true;
    if (isVisible())
        m_pause.start();
}

void ReviewPanel::catchUp() const
{
    // Reading the panel is seeing it: what it shows must be current.
    if (m_stale)
        const_cast<ReviewPanel *>(this)->refresh();
}

void ReviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp();
}

void ReviewPanel::sayWithdrawn(const QString &title)
{
    say(tr("\"%1\" was approved; this change makes it a draft again, to be submitted and "
           "approved anew.")
            .arg(title),
        false);
}

void ReviewPanel::noticeWithdrawn(const Chapter &chapter)
{
    if (chapter.status != ChapterStatus::Approved || m_lastWithdrawn.contains(chapter.title) ||
        ReviewWorkflow::effectiveStatus(m_session->document(), chapter) == ChapterStatus::Approved)
        return;
    sayWithdrawn(chapter.title);
    m_lastWithdrawn << chapter.title;
}

void ReviewPanel::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b01c1c;") : QString());
    m_message->setVisible(!text.isEmpty());
    emit message(text);
}

void ReviewPanel::refreshFilters()
{
    const Document &doc = m_session->document();
    const QString chapter = m_chapterFilter->currentData().toString();
    const QString person = m_personFilter->currentData().toString();
    m_chapterFilter->clear();
    m_chapterFilter->addItem(tr("All chapters"), QString());
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        if (v.depth <= 1)
            m_chapterFilter->addItem(
                QString(2 * v.depth, QLatin1Char(' ')) + v.number + v.chapter.title, v.chapter.id);
    });
    m_chapterFilter->setCurrentIndex(std::max(0, m_chapterFilter->findData(chapter)));
    QStringList people;
    for (const CommentThread &t : doc.review.threads)
        for (const Comment &c : t.comments)
            if (!c.author.isEmpty() && !people.contains(c.author))
                people << c.author;
    m_personFilter->clear();
    m_personFilter->addItem(tr("Everyone"), QString());
    for (const QString &p : people)
        m_personFilter->addItem(p, p);
    m_personFilter->setCurrentIndex(std::max(0, m_personFilter->findData(person)));
}

void ReviewPanel::refresh()
{
    m_stale = false;
    m_pause.stop();
    const Document &doc = m_session->document();
    refreshFilters(); // chapters and people come and go with edits
    int chapters = 0, approved = 0;
    QStringList edited;
    forEachChapter(doc.chapters, [&](const ChapterVisit &v) {
        ++chapters;
        const ChapterStatus s = ReviewWorkflow::effectiveStatus(doc, v.chapter);
        approved += s == ChapterStatus::Approved;
        if (s != v.chapter.status)
            edited << v.chapter.title;
    });
    const auto open = std::count_if(doc.review.threads.begin(), doc.review.threads.end(),
                                    [](const CommentThread &t) { return !t.resolved; });
    int unexplained = 0;
    for (const ImplausibleFigure &f : implausibleFigures(doc))
        unexplained += !f.explained;
    QString summary = tr("%1 of %2 chapters approved · %3 open comment(s) · %4 unexplained "
                         "figure(s)")
                          .arg(approved)
                          .arg(chapters)
                          .arg(open)
                          .arg(unexplained);
    if (!SignOffGate::applies(doc))
        summary += QLatin1Char('\n') + tr("Not under review: name the reviewers to start.");
    else if (SignOffGate::blockers(doc).isEmpty())
        summary += QLatin1Char('\n') + tr("Ready for sign-off.");
    m_summary->setText(summary);
    // "Editing an approved chapter sets it back to draft and says so", the moment it happens.
    for (const QString &title : edited)
        if (!m_lastWithdrawn.contains(title))
            sayWithdrawn(title);
    m_lastWithdrawn = edited;

    const QString chapterFilter = m_chapterFilter->currentData().toString();
    QStringList inChapter;
    if (!chapterFilter.isEmpty())
        if (const Chapter *c = doc.findChapter(chapterFilter))
            forEachChapter({*c}, [&](const ChapterVisit &v) { inChapter << v.chapter.id; });
    const QString person = m_personFilter->currentData().toString();
    const QString selected = selectedThread();
    m_threads->clear();
    for (const CommentThread &t : doc.review.threads) {
        if (t.resolved && !m_showResolved->isChecked())
            continue;
        if (!chapterFilter.isEmpty() && !inChapter.contains(t.anchor.chapterId))
            continue;
        if (!person.isEmpty() && std::none_of(t.comments.begin(), t.comments.end(),
                                              [&](const Comment &c) { return c.author == person; }))
            continue;
        auto *item = new QTreeWidgetItem(m_threads);
        item->setData(0, ThreadIdRole, t.id);
        item->setText(0, CommentAnchoring::describe(doc, t.anchor));
        const Comment first = t.comments.value(0);
        item->setText(1, first.author);
        QString text = first.text;
        if (t.comments.size() > 1)
            text += tr(" (+%n reply(ies))", nullptr, int(t.comments.size() - 1));
        if (t.resolved)
            text = tr("[resolved] ") + text;
        item->setText(2, text);
        QStringList tip;
        for (const Comment &c : t.comments)
            tip << QStringLiteral("%1, %2: %3").arg(c.author, stamp(c.when), c.text);
        for (int col = 0; col < 3; ++col)
            item->setToolTip(col, tip.join(QLatin1Char('\n')));
        if (t.id == selected)
            item->setSelected(true);
    }
    refreshChapterActions();
}

void ReviewPanel::refreshChapterActions()
{
    const Document &doc = m_session->document();
    const Chapter *c = doc.findChapter(m_chapterId);
    for (QPushButton *b : {m_submit, m_approve, m_return, m_comment})
        b->setEnabled(c != nullptr);
    m_reply->setEnabled(!selectedThread().isEmpty());
    m_resolve->setEnabled(!selectedThread().isEmpty());
    if (!c) {
        m_chapterLabel->setText(tr("Open a chapter to submit, approve or return it."));
        refreshFigures();
        return;
    }
    const ChapterStatus s = ReviewWorkflow::effectiveStatus(doc, *c);
    QString line = tr("%1: %2").arg(c->title, ReviewWorkflow::statusText(s));
    if (s != c->status)
        line += tr(" (edited after approval)");
    else if (const ReviewStep *step = doc.review.lastStep(c->id))
        line += tr(" — %1, %2").arg(step->who, stamp(step->when)) +
                (step->reason.isEmpty() ? QString() : QStringLiteral(": ") + step->reason);
    m_chapterLabel->setText(line);
    refreshFigures();
    m_submit->setEnabled(s == ChapterStatus::Draft || s == ChapterStatus::NeedsChanges);
    m_approve->setEnabled(s == ChapterStatus::Submitted);
    m_return->setEnabled(s == ChapterStatus::Submitted || s == ChapterStatus::Approved);
}

void ReviewPanel::refreshFigures()
{
    const Document &doc = m_session->document();
    const Chapter *c = doc.findChapter(m_chapterId);
    QStringList ids = c ? metricsShownIn(*c) : QStringList();
    QList<std::optional<ImplausibleFigure>> checks;
    for (const QString &id : ids) {
        const Metric *m = doc.findMetric(id);
        checks << (m ? checkPlausibility(doc, *m) : std::nullopt);
    }
    // The ones that hold up approval first.
    QList<qsizetype> order;
    for (int pass = 0; pass < 2; ++pass)
        for (qsizetype i = 0; i < ids.size(); ++i)
            if ((checks.at(i) && !checks.at(i)->explained) == (pass == 0))
                order << i;
    QList<QPair<QString, QString>> items; // text, id
    for (qsizetype i : order) {
        const QString &id = ids.at(i);
        const Metric *m = doc.findMetric(id);
        if (!m)
            continue;
        QString text = m->label;
        if (const auto &f = checks.at(i))
            text += f->explained ? tr(" (%1, explained)").arg(formatChange(*f))
                                 : tr(" (%1, needs an explanation)").arg(formatChange(*f));
        const auto files = std::count_if(doc.evidence.begin(), doc.evidence.end(),
                                         [&](const Evidence &e) { return e.metricId == id; });
        if (files)
            text += tr(" · %n file(s)", nullptr, int(files));
        items << qMakePair(text, id);
    }
    // Refilled only when it says something new: a chapter's figures are often a thousand.
    if (items != m_figureItems) {
        m_figureItems = items;
        const QString current = m_figures->currentData().toString();
        m_figures->clear();
        for (const auto &[text, id] : std::as_const(items))
            m_figures->addItem(text, id);
        m_figures->setCurrentIndex(std::max(0, m_figures->findData(current)));
    }
    m_explain->setEnabled(m_figures->count() > 0);
    m_attach->setEnabled(m_figures->count() > 0);
}

bool ReviewPanel::explainFigure()
{
    return m_steps->explain(m_figures->currentData().toString());
}

bool ReviewPanel::attachEvidence()
{
    return m_steps->attachEvidence(m_figures->currentData().toString());
}

QString ReviewPanel::selectedThread() const
{
    const auto items = m_threads->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, ThreadIdRole).toString();
}

bool ReviewPanel::submitChapter()
{
    return m_steps->submit(m_chapterId);
}

bool ReviewPanel::approveChapter()
{
    return m_steps->approve(m_chapterId);
}

bool ReviewPanel::returnChapter()
{
    return m_steps->returnForChanges(m_chapterId);
}

void ReviewPanel::noteParagraph(ParagraphEditor *editor)
{
    m_lastParagraph = editor;
}

bool ReviewPanel::commentOnChapter()
{
    std::optional<ReviewSteps::Selection> selected;
    if (m_lastParagraph && m_lastParagraph->textEdit()->textCursor().hasSelection()) {
        const QTextCursor cursor = m_lastParagraph->textEdit()->textCursor();
        // QTextCursor separates lines with U+2029; the stored text has "\n".
        selected =
            ReviewSteps::Selection{m_lastParagraph->blockId(), cursor.selectionStart(),
                                   cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n')};
    }
    return m_steps->comment(m_chapterId, selected);
}

bool ReviewPanel::replyToSelected()
{
    return m_steps->reply(selectedThread());
}

bool ReviewPanel::resolveSelected()
{
    return m_steps->resolve(selectedThread());
}

bool ReviewPanel::editReviewers()
{
    return m_steps->editReviewers();
}

} // namespace csr::ui
