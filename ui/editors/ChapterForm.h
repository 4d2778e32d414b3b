#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QPushButton;
class QVBoxLayout;
class QLabel;
class QLineEdit;

namespace csr::ui {

class ReportSession;

// The form of one chapter: a header with the title, assignee and review status, then one
// editor per block (paragraph, metric table, timeline, list, signature) in document order.
class ChapterForm : public QWidget
{
    Q_OBJECT
public:
    ChapterForm(ReportSession *session, const QString &chapterId, QWidget *parent = nullptr);

    QString chapterId() const { return m_chapterId; }
    QLineEdit *assigneeEdit() const { return m_assignee; }
    QComboBox *statusCombo() const { return m_status; }
    void retranslate();

    // Adds the photo files offered by a drop (or a file dialog) at the chapter's end, one undo
    // step each; a file that cannot be used is announced by photoRefused and adds nothing.
    void addPhotos(const QStringList &paths);

signals:
    void editSignatoryRequested();
    void photoRefused(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildBlocks(); // one editor per block, in the blocks container (rebuilt on add/remove)
    void choosePhotos();
    void syncHeader();
    void pushHeader();
    QString commentMarker(const QString &blockId) const; // "" when none is open
    QString blockCaption(int blockIndex) const;

    QPointer<ReportSession> m_session;
    QString m_chapterId;
    QLabel *m_title;
    QLabel *m_assigneeLabel, *m_statusLabel;
    QLineEdit *m_assignee;
    QComboBox *m_status;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_hints;
    QWidget *m_blocks = nullptr;
    QVBoxLayout *m_blocksLayout; // holds m_blocks
    QPushButton *m_addPhoto;
};

} // namespace csr::ui
