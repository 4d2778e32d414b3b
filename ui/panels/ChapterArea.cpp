#include "ChapterArea.h"

#include "ChapterForm.h"
#include "ReportSession.h"

#include <QCoreApplication>
#include <QLabel>

// Texts that moved here from the main window keep its translation context, so the shipped
// translations still apply.
namespace csr::ui {

ChapterArea::ChapterArea(ReportSession *session, QWidget *parent)
    : QScrollArea(parent), m_session(session)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

QString ChapterArea::chapterId() const
{
    return m_form ? m_form->chapterId() : QString();
}

bool ChapterArea::showChapter(const QString &chapterId)
{
    const bool known = m_session->document().findChapter(chapterId) != nullptr;
    if (m_form && m_form->chapterId() == chapterId && known)
        return true;
    clear();
    if (known) {
        m_form = new ChapterForm(m_session, chapterId);
        connect(m_form, &ChapterForm::editSignatoryRequested, this,
                &ChapterArea::editSignatoryRequested);
        connect(m_form, &ChapterForm::photoRefused, this, &ChapterArea::photoRefused);
        setWidget(m_form); // takes ownership
    } else {
        setWidget(emptyHint());
    }
    return m_form != nullptr;
}

void ChapterArea::clear()
{
    delete m_form;
    m_form = nullptr;
}

void ChapterArea::retranslate()
{
    if (m_form)
        m_form->retranslate();
    else
        setWidget(emptyHint()); // the old hint goes with setWidget()
}

QWidget *ChapterArea::emptyHint()
{
    auto *hint = new QLabel(QCoreApplication::translate(
        "csr::ui::MainWindow", "Open a report (File › Open) or start one from the guideline "
                               "template (File › New)."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    QFont font = hint->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    hint->setFont(font);
    return hint;
}

} // namespace csr::ui
