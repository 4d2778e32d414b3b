#include "TemplateActions.h"

#include "TemplateEditor.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace csr::ui {

namespace {
TemplateEditor *show(TemplateEditor *editor)
{
    // A window of its own (the report stays usable beside it), gone when closed.
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
    return editor;
}
} // namespace

TemplateEditor *newTemplateEditor(QWidget *window)
{
    return show(new TemplateEditor(window));
}

TemplateEditor *editTemplateAsked(QWidget *window)
{
    QString folder = TemplateRegistry::userFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStringLiteral(":/templates");
    const QString path =
        QFileDialog::getOpenFileName(window, TemplateEditor::tr("Edit Template"), folder,
                                     TemplateEditor::tr("Templates (*.json)"));
    if (path.isEmpty())
        return nullptr;
    auto *editor = new TemplateEditor(window);
    if (const QString error = editor->openFile(path); !error.isEmpty()) {
        delete editor;
        QMessageBox::warning(window, TemplateEditor::tr("Edit Template"), error);
        return nullptr;
    }
    return show(editor);
}

QList<QAction *> addTemplateActions(ActionTable &table, QWidget *window)
{
#define CSR_TEXT(text) QT_TRANSLATE_NOOP("csr::ui::MainWindow", text)
    QAction *add = table.add(window, CSR_TEXT("New Te&mplate…"),
                             CSR_TEXT("Build a chapter frame for new reports: chapters, "
                                      "indicator codes, required parts, numbering, figures"),
                             {}, ActionTable::Nothing, [window] { newTemplateEditor(window); });
    QAction *edit = table.add(window, CSR_TEXT("&Edit Template…"),
                              CSR_TEXT("Change a template's chapter frame"), {},
                              ActionTable::Nothing, [window] { editTemplateAsked(window); });
#undef CSR_TEXT
    return {add, edit};
}

} // namespace csr::ui
