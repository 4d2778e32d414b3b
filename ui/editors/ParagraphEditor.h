#pragma once

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

protected:
    void resizeEvent(QResizeEvent *event) override;

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
};

} // namespace csr::ui
