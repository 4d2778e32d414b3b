#pragma once

#include <QByteArray>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace csr {
struct Photo;
}

namespace csr::ui {

class ReportSession;

// A photo block: a preview, the caption and alternative text, the printed width; replace the
// image or remove the photo. Every change is one undo step (typing in a field merges).
class PhotoEditor : public QWidget
{
    Q_OBJECT
public:
    PhotoEditor(ReportSession *session, const QString &blockId, QWidget *parent = nullptr);

    QLineEdit *captionEdit() const { return m_caption; }
    QLineEdit *altTextEdit() const { return m_alt; }
    QComboBox *widthCombo() const { return m_width; }
    QLabel *preview() const { return m_preview; }
    void retranslate();

signals:
    void photoRefused(const QString &message); // a replacement image that cannot be used

private:
    const Photo *photo() const;
    void syncFromDocument();
    void push(const Photo &after, const QString &text, const QString &mergeKey = {});
    void pushWidth();
    void replaceImage();
    void removePhoto();

    QPointer<ReportSession> m_session;
    QString m_blockId;
    QLabel *m_preview;
    QLabel *m_details;
    QLabel *m_captionLabel, *m_altLabel, *m_widthLabel;
    QLineEdit *m_caption;
    QLineEdit *m_alt;
    QComboBox *m_width;
    QDoubleSpinBox *m_mm;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QByteArray m_shownImage; // what the preview shows
};

} // namespace csr::ui
