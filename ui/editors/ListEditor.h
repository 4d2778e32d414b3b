#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace csr::ui {

class ListModel;
class ReportSession;

// A plain list such as honours: edit in place, add, remove, reorder.
class ListEditor : public QWidget
{
    Q_OBJECT
public:
    ListEditor(ReportSession *session, const QString &blockId, QWidget *parent = nullptr);

    ListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void retranslate();

private:
    int currentRow() const;
    void fitHeight();

    ListModel *m_model;
    QListView *m_view;
    QPushButton *m_add, *m_remove, *m_up, *m_down;
};

} // namespace csr::ui
