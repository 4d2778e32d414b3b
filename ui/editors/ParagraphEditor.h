#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace csr::ui {

class ReportSession;

// Prose with figure references: the text as typed ("{{staff.total}}"), an "Insert figure"
// menu of the document's metrics, and below it the text as the public edition prints it,
// unknown references in red.
class ParagraphEditor : public QWidget
{
    Q_OBJECT
public:
    ParagraphEditor(ReportSession *session, const QString &blockId, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_edit; }
    QString blockId() const { return m_blockId; }
    QString resolvedHtml() const;
    void insertReference(const QString &metricId);
    void retranslate();

    // Keystrokes closer together than this are one burst, undone as one step; a longer pause
    // or leaving the paragraph starts the next burst.
    static constexpr int DefaultTypingPauseMs = 1000;
    void setTypingPause(int ms) { m_typingPauseMs = ms; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitHeight();
    void pushEdit();
    void syncFromDocument();
    void updatePreview();
    void fillFigureMenu();

    QPointer<ReportSession> m_session;
    QString m_blockId;
    QPlainTextEdit *m_edit;
    QToolButton *m_insert;
    QLabel *m_preview;
    QLabel *m_previewCaption;
    bool m_syncing = false;
    int m_typingPauseMs = DefaultTypingPauseMs;
    int m_burst = 0;
    QElapsedTimer m_lastKeystroke; // invalid: the next edit starts a burst
};

} // namespace csr::ui
