#pragma once

#include <QPointer>
#include <QWidget>

class QTableView;

namespace csr::ui {

class ReportSession;
class RowButtons;
class TimelineModel;

// Dated events (leadership care, media reports): a table in date order with add/remove.
class TimelineEditor : public QWidget
{
    Q_OBJECT
public:
    TimelineEditor(ReportSession *session, const QString &blockId, QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void retranslate();

private:
    void addEvent();

    QPointer<ReportSession> m_session;
    QString m_blockId;
    TimelineModel *m_model;
    QTableView *m_view;
    RowButtons *m_buttons;
};

} // namespace csr::ui
