#pragma once

#include <QWidget>

class QListView;

namespace csr::ui {

class ListModel;
class ReportSession;
class RowButtons;

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

    ListModel *m_model;
    QListView *m_view;
    RowButtons *m_buttons;
};

} // namespace csr::ui
