#include "TemplateActions.h"

#include "TemplateEditor.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace csr::ui {

namespace {
TemplateEditor *show(TemplateEditor *editor, const std::function<void()> &saved)
{
    QObject::connect(editor, &TemplateEditor::saved, editor, saved);
    // A window of its own (the report stays usable beside it), gone when closed.
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
    return editor;
}
} // namespace

TemplateEditor *newTemplateEditor(QWidget *window, const std::function<void()> &saved)
{
    return show(new TemplateEditor(window), saved);
}

TemplateEditor *editTemplateAsked(QWidget *window, const std::function<void()> &saved)
{
    // The templates File › New offers (built-in ones too: they live inside the program, where
    // no file dialog reaches), then any other file.
    const TemplateRegistry registry = TemplateRegistry::loadDefault();
    QStringList choices;
    for (const Template &t : registry.templates())
        choices << t.name;
    const QString other = TemplateEditor::tr("Another file…");
    choices << other;
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(window, TemplateEditor::tr("Edit Template"),
                              TemplateEditor::tr("Template:"), choices, 0, false, &ok);
    if (!ok)
        return nullptr;
    QString path;
    const qsizetype index = choices.indexOf(choice);
    if (index >= 0 && index < registry.templates().size()) {
        path = registry.templates().at(index).path;
    } else {
        path = QFileDialog::getOpenFileName(window, TemplateEditor::tr("Edit Template"),
                                            TemplateRegistry::userFolder(),
                                            TemplateEditor::tr("Templates (*.json)"));
        if (path.isEmpty())
            return nullptr;
    }
    auto *editor = new TemplateEditor(window);
    if (const QString error = editor->openFile(path); !error.isEmpty()) {
        delete editor;
        QMessageBox::warning(window, TemplateEditor::tr("Edit Template"), error);
        return nullptr;
    }
    return show(editor, saved);
}

QList<QAction *> addTemplateActions(ActionTable &table, QWidget *window,
                                    std::function<void()> saved)
{
#define CSR_TEXT(text) QT_TRANSLATE_NOOP("csr::ui::MainWindow", text)
    QAction *add =
        table.add(window, CSR_TEXT("New Te&mplate…"),
                  CSR_TEXT("Build a chapter frame for new reports: chapters, "
                           "indicator codes, required parts, numbering, figures"),
                  {}, ActionTable::Nothing, [window, saved] { newTemplateEditor(window, saved); });
    QAction *edit = table.add(
        window, CSR_TEXT("&Edit Template…"), CSR_TEXT("Change a template's chapter frame"), {},
        ActionTable::Nothing, [window, saved] { editTemplateAsked(window, saved); });
#undef CSR_TEXT
    return {add, edit};
}

} // namespace csr::ui
