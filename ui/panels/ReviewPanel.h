#pragma once

#include "ReviewSteps.h"
#include "Validator.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace csr::ui {

class ParagraphEditor;
class ReportSession;

// The Review dock: progress (n of m chapters approved, open comments, unexplained figures),
// the open chapter's review actions (submit, approve, return), and the comment threads,
// filtered by chapter and person; double-click goes to a thread's place. The steps themselves
// are ReviewSteps': this panel shows them, asks with dialogs and says what happened.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(ReportSession *session, QWidget *parent = nullptr);

    // Asks for a text: (title, label, initial) → the text, or empty when cancelled. Widget
    // tests answer here instead of a modal dialog; by default a dialog asks.
    using TextPrompt = ReviewSteps::TextPrompt;
    void setTextPrompt(TextPrompt prompt) { m_steps->setTextPrompt(std::move(prompt)); }
    // Asks for a file to attach as evidence; empty when cancelled.
    using FilePrompt = std::function<QString()>;
    void setFilePrompt(FilePrompt prompt)
    {
        m_steps->setFilePrompt([prompt = std::move(prompt)](const QString &) { return prompt(); });
    }
    ReviewSteps *steps() const { return m_steps; }

    void setCurrentChapter(const QString &chapterId);
    QString currentChapter() const { return m_chapterId; }

    bool submitChapter();
    bool approveChapter();
    bool returnChapter();
    // Comments on the words selected in the paragraph last edited in the open chapter, or on
    // the chapter when nothing is selected there.
    bool commentOnChapter();
    // The paragraph editor whose selection "Comment…" uses (the window tracks focus; tests
    // set it).
    void noteParagraph(ParagraphEditor *editor);
    bool replyToSelected();
    bool resolveSelected();
    bool editReviewers();
    // The figure chosen in the figure box (the open chapter's figures, those needing an
    // explanation first): write why it moved, or attach a file that backs it.
    bool explainFigure();
    bool attachEvidence();
    QComboBox *figureBox() const { return m_figures; }

    QTreeWidget *threadList() const
    {
        catchUp();
        return m_threads;
    }
    QComboBox *chapterFilter() const { return m_chapterFilter; }
    QComboBox *personFilter() const { return m_personFilter; }
    QString summaryText() const;
    QString lastMessage() const;
    void retranslate();

signals:
    void placeActivated(const csr::Finding &where); // MainWindow::jumpTo goes there
    void message(const QString &text);              // for the status bar

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    // After an edit: once edits pause when the panel is seen, else when it is shown or read.
    // Its summary walks every chapter and figure, which is not worth doing per keystroke.
    void refreshWhenSeen();
    void catchUp() const;
    void noticeWithdrawn(const Chapter &chapter);
    void sayWithdrawn(const QString &title);
    void refreshChapterActions();
    void refreshFilters();
    void refreshFigures();
    void say(const QString &text, bool problem);
    QString selectedThread() const;

    ReportSession *m_session;
    ReviewSteps *m_steps;
    QString m_chapterId;
    QLabel *m_summary;
    QLabel *m_chapterLabel;
    QPushButton *m_submit, *m_approve, *m_return, *m_comment, *m_reply, *m_resolve, *m_reviewers;
    QComboBox *m_chapterFilter, *m_personFilter, *m_figures;
    QPushButton *m_explain, *m_attach;
    QCheckBox *m_showResolved;
    QTreeWidget *m_threads;
    QLabel *m_message;
    QPointer<ParagraphEditor> m_lastParagraph;
    QStringList m_lastWithdrawn; // approved chapters already reported as edited
    bool m_stale = false;        // an edit came since the last refresh
    QTimer m_pause;              // the pause in editing after which a seen panel refreshes
    QList<QPair<QString, QString>> m_figureItems; // the figures list as filled: text, id
};

} // namespace csr::ui
