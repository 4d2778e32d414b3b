#include "ChapterForm.h"

#include "ChapterCommands.h"
#include "ChapterTreeModel.h"
#include "ListEditor.h"
#include "MetricTableEditor.h"
#include "ParagraphEditor.h"
#include "PhotoEditor.h"
#include "PhotoFiles.h"
#include "ReportSession.h"
#include "SignatureBlockEditor.h"
#include "TimelineEditor.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace csr::ui {

ChapterForm::ChapterForm(ReportSession *session, const QString &chapterId, QWidget *parent)
    : QWidget(parent), m_session(session), m_chapterId(chapterId), m_title(new QLabel(this)),
      m_assigneeLabel(new QLabel(this)), m_statusLabel(new QLabel(this)),
      m_assignee(new QLineEdit(this)), m_status(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto *header = new QHBoxLayout;
    header->addWidget(m_assigneeLabel);
    header->addWidget(m_assignee, 1);
    header->addSpacing(16);
    header->addWidget(m_statusLabel);
    header->addWidget(m_status);
    layout->addLayout(header);

    m_blocksLayout = new QVBoxLayout;
    m_blocksLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_blocksLayout);
    buildBlocks();
    m_addPhoto = new QPushButton(this);
    layout->addWidget(m_addPhoto, 0, Qt::AlignLeft);
    connect(m_addPhoto, &QPushButton::clicked, this, &ChapterForm::choosePhotos);
    setAcceptDrops(true);
    layout->addStretch();

    connect(m_assignee, &QLineEdit::textEdited, this, &ChapterForm::pushHeader);
    connect(m_status, &QComboBox::activated, this, &ChapterForm::pushHeader);
    connect(session, &ReportSession::reviewChanged, this, &ChapterForm::syncHeader);
    connect(session, &ReportSession::chapterChanged, this, [this](const QString &id) {
        if (id == m_chapterId)
            syncHeader();
    });
    connect(session, &ReportSession::chapterBlocksChanged, this, [this](const QString &id) {
        if (id == m_chapterId) {
            buildBlocks();
            retranslate();
        }
    });
    retranslate();
}

void ChapterForm::buildBlocks()
{
    // The old editors go later: one of them may be the sender (a photo's Remove button).
    if (m_blocks) {
        m_blocks->hide();
        m_blocks->setParent(nullptr); // out of the form at once: findChildren sees the new ones
        m_blocks->deleteLater();
    }
    m_blocks = new QWidget(this);
    m_blocksLayout->addWidget(m_blocks);
    auto *layout = new QVBoxLayout(m_blocks);
    layout->setContentsMargins(0, 0, 0, 0);
    m_captions.clear();
    m_hints.clear();
    ReportSession *session = m_session;
    const Chapter *c = session->document().findChapter(m_chapterId);
    if (!c)
        return;
    for (int i = 0; i < c->blocks.size(); ++i) {
        const Block &b = c->blocks.at(i);
        auto *caption = new QLabel(m_blocks);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        layout->addSpacing(8);
        layout->addWidget(caption);
        m_captions << caption;
        auto *hint = new QLabel(b.hint, m_blocks);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
        hint->setVisible(!b.hint.isEmpty() && b.kind() != BlockKind::Paragraph);
        layout->addWidget(hint);
        m_hints << hint;
        switch (b.kind()) {
        case BlockKind::Paragraph:
            layout->addWidget(new ParagraphEditor(session, b.id, m_blocks));
            break;
        case BlockKind::MetricTable:
            layout->addWidget(new MetricTableEditor(session, b.id, m_blocks));
            break;
        case BlockKind::Timeline:
            layout->addWidget(new TimelineEditor(session, b.id, m_blocks));
            break;
        case BlockKind::ItemList:
            layout->addWidget(new ListEditor(session, b.id, m_blocks));
            break;
        case BlockKind::SignatureBlock: {
            auto *sig = new SignatureBlockEditor(session, m_blocks);
            connect(sig, &SignatureBlockEditor::editSignatoryRequested, this,
                    &ChapterForm::editSignatoryRequested);
            layout->addWidget(sig);
            break;
        }
        case BlockKind::Photo: {
            auto *photo = new PhotoEditor(session, b.id, m_blocks);
            connect(photo, &PhotoEditor::photoRefused, this, &ChapterForm::photoRefused);
            layout->addWidget(photo);
            break;
        }
        }
    }
    if (c->blocks.isEmpty() && !c->children.isEmpty()) {
        auto *note = new QLabel(m_blocks);
        note->setObjectName(QStringLiteral("groupNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
        m_hints << note;
    }
}

void ChapterForm::addPhotos(const QStringList &paths)
{
    if (const QString error = PhotoFiles::add(m_session, m_chapterId, paths); !error.isEmpty())
        emit photoRefused(error);
}

void ChapterForm::choosePhotos()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Photos"), QString(), tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    if (!paths.isEmpty())
        addPhotos(paths);
}

void ChapterForm::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PhotoFiles::filesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ChapterForm::dropEvent(QDropEvent *event)
{
    const QStringList files = PhotoFiles::filesIn(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addPhotos(files);
}

QString ChapterForm::commentMarker(const QString &blockId) const
{
    int open = 0;
    for (const CommentThread &t : m_session->document().review.threads)
        if (!t.resolved && t.anchor.chapterId == m_chapterId &&
            (blockId.isEmpty() ? t.anchor.kind == AnchorKind::Chapter
                               : t.anchor.blockId == blockId))
            ++open;
    return open ? QStringLiteral("  ") + tr("● %n open comment(s)", nullptr, open) : QString();
}

QString ChapterForm::blockCaption(int blockIndex) const
{
    const Chapter *c = m_session->document().findChapter(m_chapterId);
    const Block &b = c->blocks.at(blockIndex);
    switch (b.kind()) {
    case BlockKind::Paragraph:
        return tr("Text");
    case BlockKind::MetricTable: {
        const QString title = std::get<MetricTable>(b.content).title;
        return title.isEmpty() ? tr("Figures") : tr("Figures: %1").arg(title);
    }
    case BlockKind::Timeline: {
        const QString title = std::get<Timeline>(b.content).title;
        return title.isEmpty() ? tr("Events") : tr("Events: %1").arg(title);
    }
    case BlockKind::ItemList: {
        const QString title = std::get<ItemList>(b.content).title;
        return title.isEmpty() ? tr("List") : tr("List: %1").arg(title);
    }
    case BlockKind::SignatureBlock:
        return tr("Signature");
    case BlockKind::Photo: {
        const QString caption = std::get<Photo>(b.content).caption;
        return caption.isEmpty() ? tr("Photo") : tr("Photo: %1").arg(caption);
    }
    }
    return {};
}

void ChapterForm::retranslate()
{
    m_assigneeLabel->setText(tr("Assigned to:"));
    m_assignee->setPlaceholderText(tr("who fills in this chapter"));
    m_statusLabel->setText(tr("Status:"));
    m_status->clear();
    for (auto s : {ChapterStatus::Draft, ChapterStatus::Submitted, ChapterStatus::NeedsChanges,
                   ChapterStatus::Approved})
        m_status->addItem(ChapterTreeModel::statusText(s), int(s));
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(blockCaption(i));
    if (auto *note = findChild<QLabel *>(QStringLiteral("groupNote")))
        note->setText(tr("This chapter groups its sub-chapters: pick one in the navigator."));
    for (auto *w : findChildren<ParagraphEditor *>())
        w->retranslate();
    for (auto *w : findChildren<MetricTableEditor *>())
        w->retranslate();
    for (auto *w : findChildren<TimelineEditor *>())
        w->retranslate();
    for (auto *w : findChildren<ListEditor *>())
        w->retranslate();
    for (auto *w : findChildren<SignatureBlockEditor *>())
        w->retranslate();
    for (auto *w : findChildren<PhotoEditor *>())
        w->retranslate();
    m_addPhoto->setText(tr("Add Photo…"));
    m_addPhoto->setToolTip(tr("Add a PNG or JPEG photo at the end of this chapter; you can also "
                              "drop image files on the chapter."));
    syncHeader();
}

void ChapterForm::syncHeader()
{
    const Chapter *c = m_session ? m_session->document().findChapter(m_chapterId) : nullptr;
    if (!c)
        return;
    m_title->setText(chapterNumberOf(m_session->document(), m_chapterId) + c->title +
                     commentMarker({}));
    // The margin marker: each block's caption says how many open comments it has.
    for (int i = 0; i < m_captions.size() && i < c->blocks.size(); ++i) {
        const QString marker = commentMarker(c->blocks.at(i).id);
        m_captions.at(i)->setText(blockCaption(i) + marker);
        m_captions.at(i)->setToolTip(marker.isEmpty() ? QString()
                                                      : tr("Open comments: see the Review panel"));
    }
    if (m_assignee->text() != c->assignee)
        m_assignee->setText(c->assignee);
    m_status->setCurrentIndex(m_status->findData(int(c->status)));
    // Under review the status moves only by recorded steps (Review panel): who approved what
    // must not be a field anyone can set (in a team report the server holds to that). Without
    // review it stays a plain note, as before.
    const bool underReview = m_session->document().review.isInUse() || m_session->reviewStepsOnly();
    m_status->setEnabled(!underReview);
    m_status->setToolTip(underReview ? tr("Submit, approve or return the chapter in the Review "
                                          "panel; each step records who took it.")
                                     : QString());
}

void ChapterForm::pushHeader()
{
    const Chapter *c = m_session ? m_session->document().findChapter(m_chapterId) : nullptr;
    if (!c)
        return;
    const auto status = ChapterStatus(m_status->currentData().toInt());
    const QString assignee = m_assignee->text();
    if (assignee == c->assignee && status == c->status)
        return;
    m_session->undoStack()->push(new EditChapterHeaderCommand(m_session, *c, assignee, status));
}

} // namespace csr::ui
