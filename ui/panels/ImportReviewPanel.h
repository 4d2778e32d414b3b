#pragma once

#include "ImportReview.h"
#include "Validator.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace csr::ui {

// The review step after File › Import Existing Report…: what the import decided with low
// confidence, grouped by kind (imported chapters, unmatched headings, guessed labels, dates
// without a year, possible headers); double-click (or Enter) goes to the place, Accept asks to
// clear the selected items (a group: all of it): the list is the report's (saved with it), so
// the window makes that an undoable step and shows the list it leaves. A chapter stays
// "imported" while its item is listed.
class ImportReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImportReviewPanel(QWidget *parent = nullptr);

    void setItems(const QList<ImportReviewItem> &items);
    const QList<ImportReviewItem> &items() const { return m_items; } // still to review
    // Whether the chapter still waits for its review (its "imported" item is listed).
    bool isImported(const QString &chapterId) const;
    QTreeWidget *tree() const { return m_tree; }
    void acceptSelected();
    void retranslate();

signals:
    void placeActivated(const csr::Finding &place);
    void acceptRequested(const QList<csr::ImportReviewItem> &left); // the list without them
    void itemsChanged();                                            // another list is shown

private:
    void rebuild();
    void updateButtons();

    QList<ImportReviewItem> m_items;
    QTreeWidget *m_tree;
    QPushButton *m_accept;
};

} // namespace csr::ui
