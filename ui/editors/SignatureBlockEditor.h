#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace csr::ui {

class ReportSession;

// Where the signatory's name, title, date and seal are printed: a summary and a button to
// the signatory form.
class SignatureBlockEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SignatureBlockEditor(ReportSession *session, QWidget *parent = nullptr);
    QString summary() const;
    void retranslate();

signals:
    void editSignatoryRequested();

private:
    void showSignatory(); // not update(): that would hide QWidget::update()

    QPointer<ReportSession> m_session;
    QLabel *m_summary;
    QLabel *m_seal;
    QPushButton *m_edit;
};

} // namespace csr::ui
