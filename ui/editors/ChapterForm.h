#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
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

signals:
    void editSignatoryRequested();

private:
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
};

} // namespace csr::ui
