#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace csr::ui {

class TemplateEdits;

// What names the template (its file name, name and description) and how each level of its
// chapter tree is numbered.
class TemplateSettingsPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Levels = 4; // deeper levels number as the guideline does (1）)

    explicit TemplateSettingsPane(TemplateEdits *edits, QWidget *parent = nullptr);

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *numberingBox(int level) const { return m_levels.at(level); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sync();
    void infoEdited();

    TemplateEdits *m_edits;
    QLineEdit *m_id, *m_name, *m_description;
    QFormLayout *m_form;
    QList<QComboBox *> m_levels;
    bool m_syncing = false;
};

} // namespace csr::ui
