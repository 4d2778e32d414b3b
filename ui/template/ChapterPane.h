#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QPushButton;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace csr::ui {

class TemplateEdits;

// One chapter of the template being edited: its title, indicator code, key, the required and
// numbered flags, and the blocks a new report's chapter starts with (their kind, title and
// the hint shown while they are empty). Every change is an undoable edit.
class ChapterPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChapterPane(TemplateEdits *edits, QWidget *parent = nullptr);

    void setChapter(const QString &chapterId);
    QString chapterId() const { return m_chapterId; }

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *keyEdit() const { return m_key; }
    QCheckBox *requiredBox() const { return m_required; }
    QCheckBox *numberedBox() const { return m_numbered; }
    QTableWidget *blocksTable() const { return m_blocks; }
    QComboBox *blockKindBox() const { return m_kind; }
    void focusTitle(); // to type a new chapter's title or rename one
    void addBlock();
    void removeSelectedBlock();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sync();
    void syncBlocks();
    void blockEdited(int row, int column);

    TemplateEdits *m_edits;
    QString m_chapterId;
    bool m_syncing = false;
    QLabel *m_heading;
    QLineEdit *m_title, *m_code, *m_key;
    QCheckBox *m_required, *m_numbered;
    QTableWidget *m_blocks;
    QComboBox *m_kind;
    QPushButton *m_add, *m_remove;
    QLabel *m_blocksLabel;
    QFormLayout *m_form;
};

} // namespace csr::ui
