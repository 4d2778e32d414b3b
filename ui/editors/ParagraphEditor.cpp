#include "ParagraphEditor.h"

#include "EditParagraphCommand.h"
#include "MeasuredLabel.h"
#include "References.h"
#include "ReportSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace csr::ui {

namespace {
const Paragraph *paragraphOf(const ReportSession *s, const QString &blockId)
{
    const Block *b = s ? s->findBlock(blockId) : nullptr;
    return b ? std::get_if<Paragraph>(&b->content) : nullptr;
}
} // namespace

ParagraphEditor::ParagraphEditor(ReportSession *session, const QString &blockId, QWidget *parent)
    : QWidget(parent), m_session(session), m_blockId(blockId), m_edit(new QPlainTextEdit(this)),
      m_insert(new QToolButton(this)), m_preview(new MeasuredLabel(this)),
      m_previewCaption(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // As tall as the content: the chapter form's closing stretch takes the spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_edit->setTabChangesFocus(true);
    m_edit->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_edit);

    auto *row = new QHBoxLayout;
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The instant popup's arrow is drawn over the text's end unless the button leaves it room.
    m_insert->setStyleSheet(QStringLiteral("QToolButton { padding-right: 16px; }"));
    auto *menu = new QMenu(m_insert);
    m_insert->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &ParagraphEditor::fillFigureMenu);
    row->addWidget(m_insert);
    row->addWidget(m_previewCaption, 1);
    // Holds the button at the left while the caption is hidden (empty text, nothing to show).
    row->addStretch();
    layout->addLayout(row);

    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); padding: 6px; border-radius: 3px; }"));
    layout->addWidget(m_preview);

    if (const Paragraph *p = paragraphOf(session, blockId))
        m_edit->setPlainText(p->text);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ParagraphEditor::pushEdit);
    m_edit->installEventFilter(this);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ParagraphEditor::fitHeight);
    connect(session, &ReportSession::blockChanged, this, [this](const QString &id) {
        if (id == m_blockId)
            syncFromDocument();
    });
    // A figure's value may change in any table; the preview quotes it. A chapter of fifty
    // paragraphs re-renders only those quoting the figure edited.
    connect(session, &ReportSession::metricEdited, this, [this](const QString &id) {
        if (const Paragraph *p = paragraphOf(m_session, m_blockId))
            for (const MetricReference &ref : findReferences(p->text))
                if (ref.metricId == id) {
                    updatePreview();
                    return;
                }
    });
    connect(session, &ReportSession::metricListReplaced, this, &ParagraphEditor::updatePreview);
    retranslate();
}

// The form scrolls as a whole: each paragraph is as tall as its text (at least three lines),
// so there is no scroll area inside a scroll area.
void ParagraphEditor::fitHeight()
{
    // QPlainTextDocumentLayout measures the document in lines, wrapped lines included.
    const int lines = std::max(3, int(m_edit->document()->size().height()) + 1);
    const int h = lines * m_edit->fontMetrics().lineSpacing() +
                  int(2 * m_edit->document()->documentMargin()) + 2 * m_edit->frameWidth() + 4;
    if (m_edit->height() != h)
        m_edit->setFixedHeight(h);
}

void ParagraphEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight(); // the wrap width changed
}

bool ParagraphEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        m_lastKeystroke.invalidate(); // leaving the paragraph ends the burst
    return QWidget::eventFilter(watched, event);
}

void ParagraphEditor::retranslate()
{
    m_insert->setText(tr("Insert figure"));
    m_insert->setToolTip(tr("Quote a metric's value; it follows every change of the figure"));
    m_previewCaption->setText(tr("As printed (public edition):"));
    if (const Block *b = m_session ? m_session->findBlock(m_blockId) : nullptr)
        m_edit->setPlaceholderText(b->hint.isEmpty() ? tr("Type the text here.") : b->hint);
    updatePreview();
}

void ParagraphEditor::pushEdit()
{
    if (m_syncing || !m_session)
        return;
    const Block *b = m_session->findBlock(m_blockId);
    const Paragraph *p = paragraphOf(m_session, m_blockId);
    if (!b || !p || p->text == m_edit->toPlainText())
        return;
    const Chapter *c = m_session->chapterOfBlock(m_blockId);
    if (!m_lastKeystroke.isValid() || m_lastKeystroke.elapsed() > m_typingPauseMs)
        ++m_burst;
    m_lastKeystroke.start();
    m_session->undoStack()->push(new EditParagraphCommand(m_session, *b, m_edit->toPlainText(),
                                                          c ? c->title : QString(), m_burst));
    updatePreview();
}

void ParagraphEditor::syncFromDocument()
{
    const Paragraph *p = paragraphOf(m_session, m_blockId);
    if (p && p->text != m_edit->toPlainText()) {
        // Undo/redo: keep the cursor near where it was instead of jumping to the start. What
        // is typed next is a burst of its own.
        m_lastKeystroke.invalidate();
        m_syncing = true;
        const int pos = m_edit->textCursor().position();
        const int scroll = m_edit->verticalScrollBar()->value();
        m_edit->setPlainText(p->text);
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(std::min(pos, int(p->text.size())));
        m_edit->setTextCursor(cursor);
        m_edit->verticalScrollBar()->setValue(scroll);
        m_syncing = false;
    }
    updatePreview();
}

QString ParagraphEditor::resolvedHtml() const
{
    const Paragraph *p = paragraphOf(m_session, m_blockId);
    if (!p)
        return {};
    const Document &doc = m_session->document();
    QString html;
    qsizetype pos = 0;
    for (const MetricReference &ref : findReferences(p->text)) {
        html += p->text.mid(pos, ref.start - pos).toHtmlEscaped();
        const QString marker = p->text.mid(ref.start, ref.length);
        if (const Metric *m = doc.findMetric(ref.metricId)) {
            const QString value = formatMetricValue(*m, Edition::Public);
            html += QStringLiteral("<b>%1</b>")
                        .arg(value.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("(no value)"))
                                             : value.toHtmlEscaped());
        } else {
            html += QStringLiteral("<span style=\"color:#c00000\" title=\"%2\">%1</span>")
                        .arg(marker.toHtmlEscaped(), tr("Unknown metric").toHtmlEscaped());
        }
        pos = ref.start + ref.length;
    }
    html += p->text.mid(pos).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

void ParagraphEditor::updatePreview()
{
    const QString html = resolvedHtml();
    if (html != m_preview->text()) // a new text lays the whole form out again
        m_preview->setText(html);
    m_preview->setVisible(!html.trimmed().isEmpty());
    m_previewCaption->setVisible(!html.trimmed().isEmpty());
}

void ParagraphEditor::insertReference(const QString &metricId)
{
    m_edit->insertPlainText(referenceMarker(metricId));
    m_edit->setFocus();
}

void ParagraphEditor::fillFigureMenu()
{
    QMenu *menu = m_insert->menu();
    menu->clear();
    if (!m_session)
        return;
    const auto &metrics = m_session->document().metrics;
    if (metrics.isEmpty()) {
        menu->addAction(tr("No metrics yet: add them in a metric table"))->setEnabled(false);
        return;
    }
    for (const Metric &m : metrics) {
        const QString value = formatMetricValue(m, Edition::Internal);
        QAction *a = menu->addAction(
            tr("%1 (%2 %3)").arg(m.label, value.isEmpty() ? tr("no value") : value, m.unit));
        a->setToolTip(referenceMarker(m.id));
        const QString id = m.id;
        connect(a, &QAction::triggered, this, [this, id] { insertReference(id); });
    }
}

} // namespace csr::ui
