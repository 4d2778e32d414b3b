#pragma once

#include <QScrollArea>

namespace csr::ui {

class ChapterForm;
class ReportSession;

// The centre of the window: the form of the open chapter, or a hint how to start when there
// is none.
class ChapterArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit ChapterArea(ReportSession *session, QWidget *parent = nullptr);

    ChapterForm *form() const { return m_form; }
    QString chapterId() const;
    // Shows the chapter's form (kept when it already shows it); an unknown id shows the hint.
    // Returns whether a form is shown.
    bool showChapter(const QString &chapterId);
    // Drops the form: another document may reuse chapter ids, so a form never outlives its
    // document.
    void clear();
    void retranslate();

signals:
    void editSignatoryRequested();
    void photoRefused(const QString &message);

private:
    QWidget *emptyHint();

    ReportSession *m_session;
    ChapterForm *m_form = nullptr;
};

} // namespace csr::ui
